using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>One stage of a country review: a checklist, a desk review, a country visit, an adoption, a deadline, ...</summary>
/// <remarks>
/// <para>
/// Construct with an object initializer; <see cref="Id"/>, <see cref="Kind"/>, <see cref="Name"/> and
/// <see cref="Timing"/> are required. Every init accessor checks its own value and throws at once (null, default
/// ids, undefined enum values, a negative revision); relations to the rest of the timetable (known participants,
/// predecessors, the review's cycle dates) are checked by <see cref="TimetableBuilder.Validate"/>, which collects
/// every problem. <c>with</c> expressions go through the same checks.
/// </para>
/// <para>
/// <see cref="Participants"/> and <see cref="Predecessors"/> are kept in ordinal id order (duplicates are kept, and
/// reported by the validator). Equality is structural over every property; time zones compare by id.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Stage
{
    /// <summary>Gets the stage id, unique in the whole timetable.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required StageId Id { get; init => field = ModelChecks.Id(value, nameof(Stage), nameof(Id)); }

    /// <summary>Gets the kind of stage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public required StageKind Kind { get; init => field = ModelChecks.Defined(value, nameof(Stage), nameof(Kind)); }

    /// <summary>Gets the display name, e.g. "On-site visit".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Stage), nameof(Name)); }

    /// <summary>Gets when the stage takes place: all-day dates in a zone, or a timed instant range.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required ItemTiming Timing { get; init => field = ModelChecks.NotNull(value, nameof(Stage), nameof(Timing)); }

    /// <summary>Gets the deadline the stage must meet, or null when it has none.</summary>
    public StageDeadline? Deadline { get; init; }

    /// <summary>Gets a value indicating whether the stage is pinned (fixed, e.g. an adoption at a dated plenary); false (the default) means movable.</summary>
    public bool IsPinned { get; init; }

    /// <summary>Gets the people taking part, in ordinal id order; what each one's part occupies is their role (<see cref="RoleOf"/>).</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<PersonId> Participants { get; init => field = ModelChecks.SortedIds(value, nameof(Stage), nameof(Participants)); } = [];

    /// <summary>Gets the role of every participant not named in <see cref="ParticipantRoles"/>, or null (the default) for the default of <see cref="Kind"/> (<see cref="ParticipationRoles.ForStage"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ParticipationRole? ParticipantRole
    {
        get;
        init => field = value is { } role ? ModelChecks.Defined(role, nameof(Stage), nameof(ParticipantRole)) : null;
    }

    /// <summary>Gets per-person role overrides, in ordinal person order; each must name a participant (checked by <see cref="TimetableBuilder.Validate"/>).</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) person id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a list containing an undefined role.</exception>
    public ImmutableArray<Participation> ParticipantRoles { get; init => field = ParticipationRoles.Sorted(value, nameof(Stage), nameof(ParticipantRoles)); } = [];

    /// <summary>Gets every participant with their effective role (<see cref="RoleOf"/>), in ordinal person order.</summary>
    public ImmutableArray<Participation> Participations =>
        ParticipationRoles.Effective(Participants, ParticipantRoles, ParticipantRole, ParticipationRoles.ForStage(Kind));

    /// <summary>Gets where the stage takes place, or null for a stage with no place (paperwork such as a checklist or a draft).</summary>
    public StageLocation? Location { get; init; }

    /// <summary>Gets the stages that must end before this one starts, in ordinal id order (used by the sequence check).</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<StageId> Predecessors { get; init => field = ModelChecks.SortedIds(value, nameof(Stage), nameof(Predecessors)); } = [];

    /// <summary>Gets the rule or published source the stage comes from (e.g. the mechanism's model schedule), or null when none is recorded.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Gets the revision number, 0 for the first version; it becomes the iCalendar SEQUENCE (RFC 5545 §3.8.7.4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int Revision
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Revision), value, "Stage.Revision must not be negative.");
    }

    /// <summary>Gets the instant this item last changed, or null when it is not recorded.</summary>
    /// <remarks>Exports use it as the iCalendar DTSTAMP and LAST-MODIFIED (RFC 5545 §3.8.7.2, §3.8.7.3), so that an
    /// unchanged timetable exports byte-identical feeds on any day; docs/icalendar.md gives the fallback when it is null.</remarks>
    public Instant? LastModified { get; init; }

    /// <summary>Gets the effective role of <paramref name="person"/>: their override in <see cref="ParticipantRoles"/>, else <see cref="ParticipantRole"/>, else the default of <see cref="Kind"/>.</summary>
    /// <param name="person">The person (normally one of <see cref="Participants"/>; the answer does not check that).</param>
    /// <returns>The role.</returns>
    public ParticipationRole RoleOf(PersonId person) =>
        ParticipationRoles.Resolve(ParticipantRoles, ParticipantRole, ParticipationRoles.ForStage(Kind), person);

    /// <summary>Gets the half-open instant range the stage occupies (<see cref="ItemTiming.ToInstantRange"/> of <see cref="Timing"/>).</summary>
    /// <returns>The instant range.</returns>
    public InstantRange ToInstantRange() => Timing.ToInstantRange();

    /// <summary>Returns a copy moved to <paramref name="timing"/>, with <see cref="Revision"/> increased by one.</summary>
    /// <param name="timing">The new timing.</param>
    /// <returns>The moved stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timing"/> is null.</exception>
    /// <exception cref="OverflowException"><see cref="Revision"/> is <see cref="int.MaxValue"/>.</exception>
    public Stage MovedTo(ItemTiming timing) => this with { Timing = timing, Revision = checked(Revision + 1) };

    /// <inheritdoc />
    public bool Equals(Stage? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Timing.Equals(other.Timing)
        && Equals(Deadline, other.Deadline)
        && IsPinned == other.IsPinned
        && ModelChecks.SameItems(Participants, other.Participants)
        && ParticipantRole == other.ParticipantRole
        && ModelChecks.SameItems(ParticipantRoles, other.ParticipantRoles)
        && Location == other.Location
        && ModelChecks.SameItems(Predecessors, other.Predecessors)
        && Equals(Source, other.Source)
        && Revision == other.Revision
        && LastModified == other.LastModified;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, Timing, Deadline, IsPinned, HashCode.Combine(ModelChecks.ItemsHash(Participants), ParticipantRole, ModelChecks.ItemsHash(ParticipantRoles)), Revision);

    /// <summary>Formats as <c>stage-id (CountryVisit) 2021-03-22/2021-03-26 Europe/Vienna</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}) {2}", Id, Kind, Timing);
}
