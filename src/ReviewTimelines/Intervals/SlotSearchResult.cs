namespace ReviewTimelines.Intervals;

/// <summary>The outcome of a slot search: the slots found, or why none fits.</summary>
/// <remarks>Exactly one of <see cref="Slots"/> and <see cref="Problems"/> is non-empty.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SlotSearchResult
{
    internal SlotSearchResult(IReadOnlyList<InstantRange> slots, IReadOnlyList<SlotProblem> problems)
    {
        Slots = slots;
        Problems = problems;
    }

    /// <summary>Gets the slots <c>[start, start + duration)</c> (without buffers), in the order the search method documents.</summary>
    public IReadOnlyList<InstantRange> Slots { get; }

    /// <summary>Gets why nothing fits: one problem per blamed resource, or one general problem; empty when slots were found.</summary>
    public IReadOnlyList<SlotProblem> Problems { get; }

    /// <summary>Gets a value indicating whether at least one slot was found.</summary>
    public bool Found => Slots.Count > 0;
}

/// <summary>The outcome of checking one requested slot (a direct booking).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SlotCheckResult
{
    internal SlotCheckResult(InstantRange slot, IReadOnlyList<SlotProblem> problems)
    {
        Slot = slot;
        Problems = problems;
    }

    /// <summary>Gets the requested slot <c>[start, start + duration)</c>.</summary>
    public InstantRange Slot { get; }

    /// <summary>Gets every violated constraint, in a fixed order: window, grid, then per resource (in the order given) availability, busy, buffer.</summary>
    public IReadOnlyList<SlotProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the slot can be booked.</summary>
    public bool IsAccepted => Problems.Count == 0;
}
