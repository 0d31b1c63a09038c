using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>The role a person plays in the review work.</summary>
public enum PersonRole
{
    /// <summary>A governmental expert of a reviewing State.</summary>
    GovernmentalExpert = 0,

    /// <summary>The focal point (contact person) of the State under review.</summary>
    FocalPoint = 1,

    /// <summary>A member of a mechanism's secretariat.</summary>
    SecretariatStaff = 2,

    /// <summary>A lead examiner or rapporteur (WGB lead examiners, GRECO rapporteurs).</summary>
    LeadExaminer = 3,

    /// <summary>Any other participant (an interpreter, an observer).</summary>
    Other = 4,
}

/// <summary>A person who takes part in reviews: a governmental expert, a focal point, a secretariat staff member, ...</summary>
/// <remarks>
/// <para>
/// <see cref="HomeZone"/> is where the person works. Their working calendar (<see cref="Timetable.CalendarOf"/>) is
/// <see cref="Calendar"/> when given, otherwise their <see cref="Country"/>'s, otherwise their <see cref="Seat"/>'s
/// (secretariat staff); the conflict detector checks the visits and sessions they attend against its public holidays
/// and closures.
/// <see cref="Unavailability"/> lists periods the person cannot attend, each all-day in a zone or a timed range, in
/// the order given. Equality is structural; zones compare by id, calendars by content.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Person
{
    /// <summary>Gets the person id.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required PersonId Id { get; init => field = ModelChecks.Id(value, nameof(Person), nameof(Id)); }

    /// <summary>Gets the display name.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Person), nameof(Name)); }

    /// <summary>Gets the role.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public required PersonRole Role { get; init => field = ModelChecks.Defined(value, nameof(Person), nameof(Role)); }

    /// <summary>Gets the zone the person works in.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required DateTimeZone HomeZone { get; init => field = ModelChecks.NotNull(value, nameof(Person), nameof(HomeZone)); }

    /// <summary>Gets the person's own working calendar, or null to use their country's.</summary>
    public WorkingCalendar? Calendar { get; init; }

    /// <summary>Gets the country the person belongs to (the State they represent or come from), or null (e.g. secretariat staff).</summary>
    public CountryCode? Country
    {
        get;
        init => field = value is { } code ? ModelChecks.Id(code, nameof(Person), nameof(Country)) : null;
    }

    /// <summary>Gets the mechanism whose seat the person works at (secretariat staff), or null; its seat calendar is the person's calendar when they have neither their own nor a country.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public MechanismId? Seat
    {
        get;
        init => field = value is { } id ? ModelChecks.Id(id, nameof(Person), nameof(Seat)) : null;
    }

    /// <summary>Gets the periods the person is unavailable, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list containing null.</exception>
    public ImmutableArray<ItemTiming> Unavailability { get; init => field = ModelChecks.Items(value, nameof(Person), nameof(Unavailability)); } = [];

    /// <summary>Gets the instants the person is unavailable: the union of <see cref="Unavailability"/> as half-open instant ranges.</summary>
    /// <returns>The normalized set (empty when none).</returns>
    public InstantRangeSet UnavailableInstants() => InstantRangeSet.FromRanges(Unavailability.Select(u => u.ToInstantRange()));

    /// <inheritdoc />
    public bool Equals(Person? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Role == other.Role
        && ModelChecks.SameZone(HomeZone, other.HomeZone)
        && ModelChecks.SameCalendar(Calendar, other.Calendar)
        && Country == other.Country
        && Seat == other.Seat
        && ModelChecks.SameItems(Unavailability, other.Unavailability);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Role, HomeZone.Id, Country, ModelChecks.ItemsHash(Unavailability));

    /// <summary>Formats as <c>expert-1 Jane Doe (GovernmentalExpert, Europe/Vienna)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}, {3})", Id, Name, Role, HomeZone.Id);
}
