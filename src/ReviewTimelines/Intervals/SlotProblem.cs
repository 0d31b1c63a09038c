namespace ReviewTimelines.Intervals;

/// <summary>Which constraint stopped a slot.</summary>
public enum SlotProblemKind
{
    /// <summary>The search window is shorter than the slot's duration.</summary>
    WindowShorterThanDuration = 0,

    /// <summary>No grid point lies in the window early enough for the slot to fit (or the requested start is not on the grid).</summary>
    NoAlignedStart = 1,

    /// <summary>The resource's availability inside the window never holds the slot with its buffers at an aligned start (or the requested footprint leaves availability).</summary>
    NoAvailabilityInWindow = 2,

    /// <summary>The resource is available, but its busy time and buffers cover every aligned candidate start (or overlap the requested footprint).</summary>
    BusyOverAllCandidateStarts = 3,

    /// <summary>The requested footprint overlaps only a buffer of an existing item, not the item itself (BC-23 (c)).</summary>
    InsideBuffer = 4,

    /// <summary>Each resource alone has free aligned starts, but never at the same time.</summary>
    NoCommonFreeTime = 5,

    /// <summary>The requested slot does not lie inside the search window.</summary>
    OutsideWindow = 6,

    /// <summary>The requested footprint overlaps an existing item of the resource.</summary>
    OverlapsBusy = 7,
}

/// <summary>Why no slot was found, or why a requested slot is rejected: the constraint, the resource (if one is to blame) and a plain sentence.</summary>
/// <param name="Kind">The constraint.</param>
/// <param name="Resource">The resource to blame, or <see langword="null"/> when the problem is not one resource's (window, grid, common time).</param>
/// <param name="Conflict">For a requested slot, the part of the footprint that is blocked, busy or unavailable; otherwise <see langword="null"/>.</param>
/// <param name="Message">A sentence for a secretariat officer, invariant culture, ISO-8601 UTC instants.</param>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public sealed record SlotProblem(SlotProblemKind Kind, ResourceKey? Resource, InstantRange? Conflict, string Message);
