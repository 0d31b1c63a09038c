using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>A peer-review mechanism (UNCAC IRM, GRECO, OECD WGB, OAS MESICIC, ...) with its seat.</summary>
/// <remarks>
/// <para>
/// Construct with an object initializer; <see cref="Id"/>, <see cref="Name"/>, <see cref="ShortName"/>,
/// <see cref="SeatName"/> and <see cref="SeatZone"/> are required. Stage rule sets are not part of the model: the
/// planner keeps them in <c>ReviewTimelines.Planning</c> / <c>ReviewTimelines.ReferenceData</c>, keyed by
/// <see cref="MechanismId"/>.
/// </para>
/// <para>
/// Id lists are kept in ordinal order. Equality is structural; zones compare by id and calendars by their content
/// (name, zone, weekend rules, non-working days).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Mechanism
{
    /// <summary>Gets the mechanism id, e.g. <c>GRECO</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required MechanismId Id { get; init => field = ModelChecks.Id(value, nameof(Mechanism), nameof(Id)); }

    /// <summary>Gets the full name, e.g. "Group of States against Corruption".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Mechanism), nameof(Name)); }

    /// <summary>Gets the short name, e.g. "GRECO".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string ShortName { get; init => field = ModelChecks.Text(value, nameof(Mechanism), nameof(ShortName)); }

    /// <summary>Gets the seat name, e.g. "Strasbourg".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string SeatName { get; init => field = ModelChecks.Text(value, nameof(Mechanism), nameof(SeatName)); }

    /// <summary>Gets the seat's time zone, e.g. Europe/Paris for Strasbourg; plenary dates at the seat are local to it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required DateTimeZone SeatZone { get; init => field = ModelChecks.NotNull(value, nameof(Mechanism), nameof(SeatZone)); }

    /// <summary>Gets the seat's working calendar (closure days of the secretariat), or null when none is known.</summary>
    /// <remarks>It resolves deadlines whose responsible party is the seat; without it only non-rolling seat deadlines resolve (in <see cref="SeatZone"/>).</remarks>
    public WorkingCalendar? SeatCalendar { get; init; }

    /// <summary>Gets the secretariat team members, in ordinal id order (empty when not given).</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<PersonId> SecretariatTeam { get; init => field = ModelChecks.SortedIds(value, nameof(Mechanism), nameof(SecretariatTeam)); } = [];

    /// <summary>Gets the member States, in ordinal order; empty when the membership is not modelled.</summary>
    /// <remarks>A meeting of all member States holds these countries; when empty, it holds every country of the timetable.</remarks>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) code.</exception>
    public ImmutableArray<CountryCode> MemberStates { get; init => field = ModelChecks.SortedIds(value, nameof(Mechanism), nameof(MemberStates)); } = [];

    /// <summary>Gets the mechanism's word for its visits: "country visit" (the default, UNCAC) or "on-site visit" (GRECO, OECD WGB, OAS MESICIC).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public VisitTerm VisitTerm { get; init => field = ModelChecks.Defined(value, nameof(Mechanism), nameof(VisitTerm)); }

    /// <summary>Gets a free-text description of the plenary pattern, e.g. "four plenaries a year in Strasbourg", or null.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space (use null for none).</exception>
    public string? PlenaryPattern { get; init => field = ModelChecks.OptionalText(value, nameof(Mechanism), nameof(PlenaryPattern)); }

    /// <inheritdoc />
    public bool Equals(Mechanism? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ShortName, other.ShortName, StringComparison.Ordinal)
        && string.Equals(SeatName, other.SeatName, StringComparison.Ordinal)
        && ModelChecks.SameZone(SeatZone, other.SeatZone)
        && ModelChecks.SameCalendar(SeatCalendar, other.SeatCalendar)
        && ModelChecks.SameItems(SecretariatTeam, other.SecretariatTeam)
        && ModelChecks.SameItems(MemberStates, other.MemberStates)
        && VisitTerm == other.VisitTerm
        && string.Equals(PlenaryPattern, other.PlenaryPattern, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ShortName, SeatName, SeatZone.Id, ModelChecks.ItemsHash(SecretariatTeam));

    /// <summary>Formats as <c>GRECO (Strasbourg, Europe/Paris)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2})", Id, SeatName, SeatZone.Id);
}
