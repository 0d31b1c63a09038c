using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>A stage or meeting as the conflict detector sees it: the item, its instant range and the resources it holds.</summary>
/// <param name="Item">The stage or meeting.</param>
/// <param name="Timing">The item's timing as modelled (all-day or timed).</param>
/// <param name="Range">The half-open instant range, <see cref="ItemTiming.ToInstantRange"/> of <paramref name="Timing"/>.</param>
/// <param name="Resources">The resources held, in <see cref="TimetableResource"/> order, each once (see <see cref="Timetable.ResourcesOf(StageId)"/>).</param>
/// <param name="IsPinned">Whether the item is pinned (may not be moved by a resolver).</param>
/// <remarks>Equality is structural (resources compared element by element).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ScheduledItem(TimetableItemRef Item, ItemTiming Timing, InstantRange Range, ImmutableArray<TimetableResource> Resources, bool IsPinned)
{
    /// <summary>Gets the item's timing.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ItemTiming Timing { get; init => field = value ?? throw new ArgumentNullException(nameof(Timing)); } = Timing ?? throw new ArgumentNullException(nameof(Timing));

    /// <summary>Gets the resources held (a default array becomes empty).</summary>
    public ImmutableArray<TimetableResource> Resources { get; init => field = value.IsDefault ? [] : value; } = Resources.IsDefault ? [] : Resources;

    /// <inheritdoc />
    public bool Equals(ScheduledItem? other) =>
        other is not null
        && Item == other.Item
        && Equals(Timing, other.Timing)
        && Range == other.Range
        && ModelChecks.SameItems(Resources, other.Resources)
        && IsPinned == other.IsPinned;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Item, Range, ModelChecks.ItemsHash(Resources), IsPinned);

    /// <summary>Formats as <c>stage:AUT-visit 2021-03-21T23:00:00Z/2021-03-25T23:00:00Z country:AUT person:x</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", Item, Range, string.Join(" ", Resources));
}
