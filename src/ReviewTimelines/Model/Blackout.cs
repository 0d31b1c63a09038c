using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>Why a blackout blocks its resource.</summary>
public enum BlackoutKind
{
    /// <summary>A public holiday.</summary>
    PublicHoliday = 0,

    /// <summary>An office or seat closure (e.g. between Christmas and New Year).</summary>
    Closure = 1,

    /// <summary>An election period.</summary>
    ElectionPeriod = 2,

    /// <summary>A religious period such as Ramadan (its dates carry about ±1 day of uncertainty).</summary>
    ReligiousPeriod = 3,

    /// <summary>Any other reason.</summary>
    Other = 4,
}

/// <summary>How strictly a blackout blocks its resource.</summary>
public enum BlackoutSeverity
{
    /// <summary>Nothing may be scheduled (a hard conflict).</summary>
    Hard = 0,

    /// <summary>Scheduling is discouraged (a soft conflict: Ramadan, an election period).</summary>
    Soft = 1,
}

/// <summary>A period in which a country, a person or a mechanism's seat should not be scheduled.</summary>
/// <remarks>
/// <see cref="Dates"/> are local to their own zone (normally the scope's zone, BC-22); the blackout blocks
/// <see cref="ToInstantRange"/>, i.e. <see cref="ZonedDateRange.ToInstantRange"/>. Equality is structural; zones
/// compare by id.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Blackout
{
    /// <summary>Gets the blackout id.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) id.</exception>
    public required BlackoutId Id { get; init => field = ModelChecks.Id(value, nameof(Blackout), nameof(Id)); }

    /// <summary>Gets the blocked resource: a country, a person or a seat.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) key.</exception>
    public required TimetableResource Scope { get; init => field = ModelChecks.Id(value, nameof(Blackout), nameof(Scope)); }

    /// <summary>Gets the name, e.g. "Christmas closure".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Blackout), nameof(Name)); }

    /// <summary>Gets the blocked local dates (end inclusive) and their zone.</summary>
    /// <exception cref="ArgumentException">Set to the default (no dates or zone).</exception>
    public required ZonedDateRange Dates
    {
        get;
        init => field = value.Dates is not null && value.Zone is not null
            ? value
            : throw new ArgumentException("Blackout.Dates must not be default (it needs dates and a zone).", nameof(Dates));
    }

    /// <summary>Gets the reason.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public required BlackoutKind Kind { get; init => field = ModelChecks.Defined(value, nameof(Blackout), nameof(Kind)); }

    /// <summary>Gets the severity; hard by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public BlackoutSeverity Severity { get; init => field = ModelChecks.Defined(value, nameof(Blackout), nameof(Severity)); }

    /// <summary>Gets the source of the dates, or null.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Gets the instant this item last changed, or null when it is not recorded.</summary>
    /// <remarks>Exports use it as the iCalendar DTSTAMP and LAST-MODIFIED (RFC 5545 §3.8.7.2, §3.8.7.3), so that an
    /// unchanged timetable exports byte-identical feeds on any day; docs/icalendar.md gives the fallback when it is null.</remarks>
    public Instant? LastModified { get; init; }

    /// <summary>Gets the half-open instant range blocked: <see cref="ZonedDateRange.ToInstantRange"/> of <see cref="Dates"/>.</summary>
    /// <returns>The instant range.</returns>
    public InstantRange ToInstantRange() => Dates.ToInstantRange();

    /// <inheritdoc />
    public bool Equals(Blackout? other) =>
        other is not null
        && Id == other.Id
        && Scope == other.Scope
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && ModelChecks.SameDates(Dates, other.Dates)
        && Kind == other.Kind
        && Severity == other.Severity
        && Equals(Source, other.Source)
        && LastModified == other.LastModified;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Scope, Name, Dates.Dates, Kind, Severity);

    /// <summary>Formats as <c>AUT-xmas country:AUT 2025-12-24/2025-12-26 Europe/Vienna (Closure, Hard)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} ({3}, {4})", Id, Scope, Dates, Kind, Severity);
}
