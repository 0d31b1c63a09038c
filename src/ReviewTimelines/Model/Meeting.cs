using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>How a meeting is held.</summary>
public enum MeetingFormat
{
    /// <summary>In person at the venue.</summary>
    InPerson = 0,

    /// <summary>Online only.</summary>
    Virtual = 1,

    /// <summary>In person at the venue with online participation.</summary>
    Hybrid = 2,

    /// <summary>The source does not state the format; treated like <see cref="InPerson"/> where it matters (the meeting holds its seat).</summary>
    NotStated = 3,
}

/// <summary>A meeting: a plenary, an IRG session, a COSP, a working meeting, or another meeting such as UNGASS.</summary>
/// <remarks>
/// <para>
/// Construct with an object initializer; <see cref="Id"/>, <see cref="Kind"/>, <see cref="Name"/>,
/// <see cref="Timing"/>, <see cref="VenueName"/> and <see cref="VenueZone"/> are required. An all-day meeting's dates
/// are local to the venue zone. Meetings are pinned by default (<see cref="IsPinned"/> is true unless set).
/// </para>
/// <para>
/// Attendance: <see cref="Delegations"/> lists country delegations, or <see cref="AllMemberStates"/> says every member
/// State of <see cref="Mechanism"/> attends (see <see cref="Timetable.ResourcesOf(MeetingId)"/> for how that expands);
/// <see cref="Attendees"/> lists named persons. Lists are kept in ordinal order; equality is structural.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Meeting
{
    /// <summary>Gets the meeting id.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required MeetingId Id { get; init => field = ModelChecks.Id(value, nameof(Meeting), nameof(Id)); }

    /// <summary>Gets the kind of meeting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public required MeetingKind Kind { get; init => field = ModelChecks.Defined(value, nameof(Meeting), nameof(Kind)); }

    /// <summary>Gets the mechanism holding the meeting, or null (e.g. the UN General Assembly special session).</summary>
    public MechanismId? Mechanism
    {
        get;
        init => field = value is { } id ? ModelChecks.Id(id, nameof(Meeting), nameof(Mechanism)) : null;
    }

    /// <summary>Gets the name, e.g. "GRECO 87th plenary".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Meeting), nameof(Name)); }

    /// <summary>Gets when the meeting takes place: all-day dates in the venue zone, or a timed instant range.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required ItemTiming Timing { get; init => field = ModelChecks.NotNull(value, nameof(Meeting), nameof(Timing)); }

    /// <summary>Gets the venue name, e.g. "Agora building, Strasbourg".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string VenueName { get; init => field = ModelChecks.Text(value, nameof(Meeting), nameof(VenueName)); }

    /// <summary>Gets the venue's zone.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required DateTimeZone VenueZone { get; init => field = ModelChecks.NotNull(value, nameof(Meeting), nameof(VenueZone)); }

    /// <summary>Gets the mechanism whose seat hosts the meeting (it then holds that seat), or null for a meeting elsewhere.</summary>
    public MechanismId? Seat
    {
        get;
        init => field = value is { } id ? ModelChecks.Id(id, nameof(Meeting), nameof(Seat)) : null;
    }

    /// <summary>Gets the format; in person by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public MeetingFormat Format { get; init => field = ModelChecks.Defined(value, nameof(Meeting), nameof(Format)); }

    /// <summary>Gets the attending country delegations, in ordinal order.</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) code.</exception>
    public ImmutableArray<CountryCode> Delegations { get; init => field = ModelChecks.SortedIds(value, nameof(Meeting), nameof(Delegations)); } = [];

    /// <summary>Gets a value indicating whether every member State of <see cref="Mechanism"/> sends a delegation.</summary>
    public bool AllMemberStates { get; init; }

    /// <summary>Gets the named attending persons, in ordinal order.</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) id.</exception>
    public ImmutableArray<PersonId> Attendees { get; init => field = ModelChecks.SortedIds(value, nameof(Meeting), nameof(Attendees)); } = [];

    /// <summary>Gets the role of every attendee not named in <see cref="ParticipantRoles"/>, or null (the default) for <see cref="ParticipationRole.Attends"/> (<see cref="ParticipationRoles.ForMeeting"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ParticipationRole? ParticipantRole
    {
        get;
        init => field = value is { } role ? ModelChecks.Defined(role, nameof(Meeting), nameof(ParticipantRole)) : null;
    }

    /// <summary>Gets per-attendee role overrides, in ordinal person order; each must name an attendee (checked by <see cref="TimetableBuilder.Validate"/>).</summary>
    /// <exception cref="ArgumentException">Set to a list containing a default (invalid) person id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a list containing an undefined role.</exception>
    public ImmutableArray<Participation> ParticipantRoles { get; init => field = ParticipationRoles.Sorted(value, nameof(Meeting), nameof(ParticipantRoles)); } = [];

    /// <summary>Gets every attendee with their effective role (<see cref="RoleOf"/>), in ordinal person order.</summary>
    public ImmutableArray<Participation> Participations =>
        ParticipationRoles.Effective(Attendees, ParticipantRoles, ParticipantRole, ParticipationRoles.ForMeeting(Kind));

    /// <summary>Gets a value indicating whether the meeting is pinned; true by default (published meeting dates do not move).</summary>
    public bool IsPinned { get; init; } = true;

    /// <summary>Gets the source of the meeting date, or null.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Gets the revision number, 0 for the first version; it becomes the iCalendar SEQUENCE (RFC 5545 §3.8.7.4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int Revision
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Revision), value, "Meeting.Revision must not be negative.");
    }

    /// <summary>Gets the instant this item last changed, or null when it is not recorded.</summary>
    /// <remarks>Exports use it as the iCalendar DTSTAMP and LAST-MODIFIED (RFC 5545 §3.8.7.2, §3.8.7.3), so that an
    /// unchanged timetable exports byte-identical feeds on any day; docs/icalendar.md gives the fallback when it is null.</remarks>
    public Instant? LastModified { get; init; }

    /// <summary>Gets the effective role of <paramref name="person"/>: their override in <see cref="ParticipantRoles"/>, else <see cref="ParticipantRole"/>, else <see cref="ParticipationRole.Attends"/>.</summary>
    /// <param name="person">The person (normally one of <see cref="Attendees"/>; the answer does not check that).</param>
    /// <returns>The role.</returns>
    public ParticipationRole RoleOf(PersonId person) =>
        ParticipationRoles.Resolve(ParticipantRoles, ParticipantRole, ParticipationRoles.ForMeeting(Kind), person);

    /// <summary>Gets the half-open instant range the meeting occupies (<see cref="ItemTiming.ToInstantRange"/> of <see cref="Timing"/>).</summary>
    /// <returns>The instant range.</returns>
    public InstantRange ToInstantRange() => Timing.ToInstantRange();

    /// <inheritdoc />
    public bool Equals(Meeting? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && Mechanism == other.Mechanism
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Timing.Equals(other.Timing)
        && string.Equals(VenueName, other.VenueName, StringComparison.Ordinal)
        && ModelChecks.SameZone(VenueZone, other.VenueZone)
        && Seat == other.Seat
        && Format == other.Format
        && ModelChecks.SameItems(Delegations, other.Delegations)
        && AllMemberStates == other.AllMemberStates
        && ModelChecks.SameItems(Attendees, other.Attendees)
        && ParticipantRole == other.ParticipantRole
        && ModelChecks.SameItems(ParticipantRoles, other.ParticipantRoles)
        && IsPinned == other.IsPinned
        && Equals(Source, other.Source)
        && Revision == other.Revision
        && LastModified == other.LastModified;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Mechanism, Name, Timing, VenueName, ModelChecks.ItemsHash(Delegations), Revision);

    /// <summary>Formats as <c>GRECO-87 (Plenary) 2021-03-22/2021-03-25 Europe/Paris</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1}) {2}", Id, Kind, Timing);
}
