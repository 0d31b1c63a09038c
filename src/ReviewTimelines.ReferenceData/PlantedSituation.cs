using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.ReferenceData;

/// <summary>The kind of a situation deliberately planted in the reference timetable's illustrative sample.</summary>
public enum PlantedSituationKind
{
    /// <summary>Two mechanisms' visits to the same country in overlapping dates.</summary>
    CountryVisitOverlap = 0,

    /// <summary>One person (a governmental expert) on two visits at overlapping times.</summary>
    PersonDoubleBooked = 1,

    /// <summary>A country visit during a plenary that the reviewing experts and the country's delegation must attend.</summary>
    VisitDuringPlenary = 2,

    /// <summary>A country visit inside a soft period of the country's calendar (Ramadan).</summary>
    VisitDuringSoftPeriod = 3,

    /// <summary>A deadline whose stated date is a weekend day of the responsible country.</summary>
    DeadlineOnNonWorkingDay = 4,

    /// <summary>Two mechanisms visit the same country a few weeks apart, without clashing: a joint visit could replace both.</summary>
    JointVisitOpportunity = 5,
}

/// <summary>A situation deliberately planted in the reference timetable: its kind, the shared resource, the items involved and a plain sentence.</summary>
/// <param name="Kind">The kind of situation.</param>
/// <param name="Resource">The shared resource (the country, the person).</param>
/// <param name="Items">The items involved, in the order the description names them.</param>
/// <param name="Description">A sentence a secretariat officer understands, with the dates.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlantedSituation(PlantedSituationKind Kind, TimetableResource Resource, ImmutableArray<TimetableItemRef> Items, string Description)
{
    /// <summary>Gets the description.</summary>
    public string Description { get; init; } = Description ?? throw new ArgumentNullException(nameof(Description));

    /// <inheritdoc />
    public bool Equals(PlantedSituation? other) =>
        other is not null
        && Kind == other.Kind
        && Resource == other.Resource
        && Items.SequenceEqual(other.Items)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Resource, Items.Length, Description);

    /// <summary>Formats as <c>CountryVisitOverlap country:AUT [stage:a, stage:b]: description</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} [{2}]: {3}", Kind, Resource, string.Join(", ", Items), Description);
}
