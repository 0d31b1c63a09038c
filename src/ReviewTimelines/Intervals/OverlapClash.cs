using System.Globalization;

namespace ReviewTimelines.Intervals;

/// <summary>One clash found by the <see cref="OverlapSweep"/>: two items that hold the same resource and overlap or stand too close.</summary>
/// <typeparam name="TId">The caller's item id type.</typeparam>
/// <param name="Resource">The shared resource (a pair sharing several resources is reported once per resource).</param>
/// <param name="Kind">Overlap or separation shortfall.</param>
/// <param name="Interval">For <see cref="ClashKind.Overlap"/>, the intersection of the two ranges (zero-length at a marker's instant);
/// for <see cref="ClashKind.Separation"/>, the gap <c>[earlier.End, later.Start)</c> that is too short.</param>
/// <param name="FirstId">The id of the first item (the earlier one in the sweep order, see <see cref="OverlapSweep"/>).</param>
/// <param name="FirstIndex">The first item's position in the input list.</param>
/// <param name="FirstRange">The first item's range.</param>
/// <param name="SecondId">The id of the second item.</param>
/// <param name="SecondIndex">The second item's position in the input list (never equal to <paramref name="FirstIndex"/>).</param>
/// <param name="SecondRange">The second item's range.</param>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct OverlapClash<TId>(
    ResourceKey Resource,
    ClashKind Kind,
    InstantRange Interval,
    TId FirstId,
    int FirstIndex,
    InstantRange FirstRange,
    TId SecondId,
    int SecondIndex,
    InstantRange SecondRange)
    where TId : notnull
{
    /// <summary>Formats as <c>resource kind interval: first / second</c>, with ISO-8601 UTC ranges.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2}: {3} {4} / {5} {6}",
            Resource,
            Kind,
            Interval,
            FirstId,
            FirstRange,
            SecondId,
            SecondRange);
}
