using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>Finds free slots of a fixed duration that every required resource can attend, on a local-time grid, with buffers.</summary>
/// <remarks>
/// <para>
/// <b>Valid start.</b> A start <c>t</c> is valid in a search window <c>W</c> (half-open) for resources <c>R</c> iff
/// (1) the slot <c>[t, t + Duration)</c> lies inside <c>W</c>; (2) <c>t</c> is on the <see cref="Grid"/>; and (3) for
/// every resource, the footprint <c>[t - Before, t + Duration + After)</c> lies inside its
/// <see cref="SlotResource.Availability"/> and does not overlap its <see cref="SlotResource.Blocked"/> time (busy items
/// with their buffers, BC-23). Buffers are working time: a before-buffer may not start before the working hours
/// begin, and buffers never overlap other items or their buffers. Only the slot itself must lie inside the window.
/// With no resources, every aligned start whose slot fits the window is valid.
/// </para>
/// <para>
/// <b>Cost.</b> One linear merge per resource over the part of its sets near the window, then one grid step per
/// reported start: O(Σ (a + b) + s) time zone look-ups, for a and b the resource's ranges near the window and s the
/// starts examined. Results never depend on the machine's zone, culture or clock.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; every method may be called concurrently.</threadsafety>
public sealed class SlotFinder
{
    /// <summary>Initializes a new instance of the <see cref="SlotFinder"/> class, validating and copying <paramref name="options"/>.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its grid is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive, or a buffer is negative.</exception>
    public SlotFinder(SlotFinderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Duration <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException("options.Duration", options.Duration, "The slot duration must be positive.");
        }

        if (options.Before < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException("options.Before", options.Before, "The before-buffer must not be negative.");
        }

        if (options.After < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException("options.After", options.After, "The after-buffer must not be negative.");
        }

        Grid = options.Grid ?? throw new ArgumentNullException(nameof(options), "The grid must be set.");
        Duration = options.Duration;
        Before = options.Before;
        After = options.After;
    }

    /// <summary>Gets the exact slot length.</summary>
    public Duration Duration { get; }

    /// <summary>Gets the new item's before-buffer.</summary>
    public Duration Before { get; }

    /// <summary>Gets the new item's after-buffer.</summary>
    public Duration After { get; }

    /// <summary>Gets the grid of allowed starts.</summary>
    public SlotGrid Grid { get; }

    /// <summary>Finds the earliest valid slot in <paramref name="window"/>.</summary>
    /// <param name="window">The half-open search window; the slot must lie inside it.</param>
    /// <param name="resources">The required resources (distinct keys); may be empty.</param>
    /// <returns>One slot (no valid start is earlier), or the problems when none fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource is null, or two resources have the same key.</exception>
    public SlotSearchResult FindFirst(InstantRange window, IReadOnlyList<SlotResource> resources)
    {
        var common = CommonFree(window, resources);
        foreach (var start in ValidStarts(common, window))
        {
            return new SlotSearchResult([InstantRange.StartingAt(start, Duration)], []);
        }

        return Diagnose(window, resources);
    }

    /// <summary>Finds every valid slot in <paramref name="window"/>, in start order (slots may overlap each other).</summary>
    /// <param name="window">The half-open search window.</param>
    /// <param name="resources">The required resources (distinct keys); may be empty.</param>
    /// <returns>All valid slots by ascending start, or the problems when none fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource is null, or two resources have the same key.</exception>
    public SlotSearchResult FindAll(InstantRange window, IReadOnlyList<SlotResource> resources)
    {
        var common = CommonFree(window, resources);
        var slots = ValidStarts(common, window).Select(s => InstantRange.StartingAt(s, Duration)).ToArray();
        return slots.Length > 0 ? new SlotSearchResult(slots, []) : Diagnose(window, resources);
    }

    /// <summary>Finds the <paramref name="count"/> valid slots whose starts lie closest to <paramref name="preferredStart"/>.</summary>
    /// <param name="window">The half-open search window.</param>
    /// <param name="resources">The required resources (distinct keys); may be empty.</param>
    /// <param name="count">How many slots at most; positive.</param>
    /// <param name="preferredStart">The start the caller would like best.</param>
    /// <returns>
    /// Up to <paramref name="count"/> slots, best first: by ascending <c>|start - preferredStart|</c>, ties to the earlier
    /// start; or the problems when none fits.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource is null, or two resources have the same key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public SlotSearchResult FindBest(InstantRange window, IReadOnlyList<SlotResource> resources, int count, Instant preferredStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var common = CommonFree(window, resources);
        var starts = ValidStarts(common, window).ToList();
        if (starts.Count == 0)
        {
            return Diagnose(window, resources);
        }

        // Starts are ascending: walk outwards from the preferred start.
        var right = starts.BinarySearch(preferredStart);
        if (right < 0)
        {
            right = ~right;
        }

        var left = right - 1;
        var best = new List<InstantRange>(Math.Min(count, starts.Count));
        while (best.Count < count && (left >= 0 || right < starts.Count))
        {
            bool takeLeft = right >= starts.Count || (left >= 0 && preferredStart - starts[left] <= starts[right] - preferredStart);
            best.Add(InstantRange.StartingAt(takeLeft ? starts[left--] : starts[right++], Duration));
        }

        return new SlotSearchResult(best, []);
    }

    /// <summary>Checks one requested slot (a direct booking) against the same rule the search uses, reporting every violated constraint.</summary>
    /// <param name="window">The half-open window the slot must lie in.</param>
    /// <param name="resources">The required resources (distinct keys); may be empty.</param>
    /// <param name="start">The requested start.</param>
    /// <returns>The check: accepted, or rejected with its problems (e.g. BC-23 (c): inside another item's buffer).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource is null, or two resources have the same key.</exception>
    public SlotCheckResult Check(InstantRange window, IReadOnlyList<SlotResource> resources, Instant start)
    {
        ValidateResources(resources);
        var slot = InstantRange.StartingAt(start, Duration);
        var footprint = slot.Widen(Before, After);
        var problems = new List<SlotProblem>();
        if (!window.Contains(slot))
        {
            problems.Add(new SlotProblem(SlotProblemKind.OutsideWindow, null, null, Text("The slot {0} does not lie inside the window {1}.", slot, window)));
        }

        if (!Grid.Contains(start))
        {
            problems.Add(new SlotProblem(SlotProblemKind.NoAlignedStart, null, null, Text("The start {0} is not on the grid ({1}).", start, Grid)));
        }

        var footprintSet = InstantRangeSet.FromRanges(footprint);
        foreach (var r in resources)
        {
            var missing = footprintSet.Except(r.Availability);
            if (!missing.IsEmpty)
            {
                problems.Add(new SlotProblem(SlotProblemKind.NoAvailabilityInWindow, r.Key, missing[0], Text("{0} is not available during {1}.", r.Key, missing[0])));
            }

            var busy = r.Busy.ClipTo(footprint);
            if (!busy.IsEmpty)
            {
                problems.Add(new SlotProblem(SlotProblemKind.OverlapsBusy, r.Key, busy[0], Text("{0} is busy during {1}.", r.Key, busy[0])));
            }
            else
            {
                var buffer = r.Blocked.ClipTo(footprint);
                if (!buffer.IsEmpty)
                {
                    problems.Add(new SlotProblem(SlotProblemKind.InsideBuffer, r.Key, buffer[0], Text("{0} has a buffer around an existing item during {1}.", r.Key, buffer[0])));
                }
            }
        }

        return new SlotCheckResult(slot, problems);
    }

    private static void ValidateResources(IReadOnlyList<SlotResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var seen = new HashSet<ResourceKey>();
        for (var i = 0; i < resources.Count; i++)
        {
            var r = resources[i] ?? throw new ArgumentException(Text("The resource at position {0} is null.", i, null), nameof(resources));
            if (!seen.Add(r.Key))
            {
                throw new ArgumentException(Text("The resource {0} is listed twice (position {1}).", r.Key, i), nameof(resources));
            }
        }
    }

    private static string Text(string format, object? arg0, object? arg1) => string.Format(CultureInfo.InvariantCulture, format, arg0, arg1);

    private static string Iso(Duration duration) => Period.FromNanoseconds(duration.ToInt64Nanoseconds()).Normalize().ToString();

    /// <summary>The region a footprint of a slot inside the window can touch.</summary>
    private InstantRange Region(InstantRange window) => window.Widen(Before, After);

    private static InstantRangeSet FreeOf(SlotResource resource, InstantRange region) =>
        resource.Availability.ClipTo(region).Except(resource.Blocked.ClipTo(region));

    private InstantRangeSet CommonFree(InstantRange window, IReadOnlyList<SlotResource> resources)
    {
        ValidateResources(resources);
        var region = Region(window);
        var common = InstantRangeSet.FromRanges(region);
        foreach (var r in resources)
        {
            common = common.Intersect(FreeOf(r, region));
            if (common.IsEmpty)
            {
                break;
            }
        }

        return common;
    }

    /// <summary>Valid starts whose footprint lies in one range of <paramref name="free"/>, ascending.</summary>
    private IEnumerable<Instant> ValidStarts(InstantRangeSet free, InstantRange window)
    {
        if (window.Duration < Duration)
        {
            yield break;
        }

        var latestInWindow = window.End - Duration;
        for (var i = 0; i < free.Count; i++)
        {
            var range = free[i];
            var lo = range.Start + Before;
            if (lo < window.Start)
            {
                lo = window.Start;
            }

            var hi = range.End - Duration - After;
            if (hi > latestInWindow)
            {
                hi = latestInWindow;
            }

            var t = lo <= hi ? Grid.NextAtOrAfter(lo) : null;
            while (t is Instant start && start <= hi)
            {
                yield return start;
                t = Grid.NextAtOrAfter(start + Duration.Epsilon);
            }
        }
    }

    private SlotSearchResult Diagnose(InstantRange window, IReadOnlyList<SlotResource> resources)
    {
        var problems = new List<SlotProblem>();
        var what = Text("No {0} slot fits in {1}", Iso(Duration), window);
        if (window.Duration < Duration)
        {
            problems.Add(new SlotProblem(SlotProblemKind.WindowShorterThanDuration, null, null, what + ": the window is shorter than the slot."));
            return new SlotSearchResult([], problems);
        }

        var region = Region(window);
        if (!ValidStarts(InstantRangeSet.FromRanges(region), window).Any())
        {
            problems.Add(new SlotProblem(SlotProblemKind.NoAlignedStart, null, null, Text("{0}: no start on the grid ({1}) leaves room for the slot.", what, Grid)));
            return new SlotSearchResult([], problems);
        }

        foreach (var r in resources)
        {
            if (!ValidStarts(r.Availability.ClipTo(region), window).Any())
            {
                problems.Add(new SlotProblem(SlotProblemKind.NoAvailabilityInWindow, r.Key, null, Text("{0}: {1} is never available long enough at an aligned start.", what, r.Key)));
            }
            else if (!ValidStarts(FreeOf(r, region), window).Any())
            {
                problems.Add(new SlotProblem(SlotProblemKind.BusyOverAllCandidateStarts, r.Key, null, Text("{0}: {1} is busy (with buffers) at every aligned start it is available.", what, r.Key)));
            }
        }

        if (problems.Count == 0)
        {
            problems.Add(new SlotProblem(SlotProblemKind.NoCommonFreeTime, null, null, what + ": each resource has free time, but never all at once."));
        }

        return new SlotSearchResult([], problems);
    }
}
