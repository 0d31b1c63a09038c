using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Calendars;

/// <summary>An inclusive range of local dates (all-day stages, visit windows, blackouts) in a named time zone.</summary>
/// <remarks>
/// <para>
/// <see cref="Dates"/> is a NodaTime <see cref="DateInterval"/>, whose end date is inclusive. This is the one
/// documented place where a date range becomes an instant range: <see cref="ToInstantRange"/> gives the half-open
/// <c>[Start.AtStartOfDayInZone(Zone), (End + 1 day).AtStartOfDayInZone(Zone))</c> (ReviewTimelines design §3).
/// The instant length therefore follows the zone: the fall-back day in Europe/Vienna lasts 25 h, a day whose
/// midnight is skipped (America/Santiago, 2025-09-07) starts at 01:00 and lasts 23 h, and a date the zone skips entirely
/// (Pacific/Apia, 2011-12-30) starts at the first instant of the next existing day and lasts zero time.
/// </para>
/// <para><c>default(ZonedDateRange)</c> is not valid (its zone is null); use the constructor.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly struct ZonedDateRange : IEquatable<ZonedDateRange>
{
    /// <summary>Initializes a new instance of the <see cref="ZonedDateRange"/> struct.</summary>
    /// <param name="dates">The local dates, end inclusive.</param>
    /// <param name="zone">The zone the dates are local to (the owner's zone: the country, seat or person).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or <paramref name="zone"/> is null.</exception>
    public ZonedDateRange(DateInterval dates, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(zone);
        Dates = dates;
        Zone = zone;
    }

    /// <summary>Gets the local dates (end inclusive).</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the zone the dates are local to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the first local date.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>Gets the last local date (inclusive).</summary>
    public LocalDate End => Dates.End;

    /// <summary>Creates the range of local dates from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date, inclusive.</param>
    /// <param name="zone">The zone the dates are local to.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or the dates use different calendar systems.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static ZonedDateRange FromDates(LocalDate first, LocalDate last, DateTimeZone zone) => new(new DateInterval(first, last), zone);

    /// <summary>Creates the one-day range of <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="zone">The zone the date is local to.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static ZonedDateRange ForDay(LocalDate date, DateTimeZone zone) => FromDates(date, date, zone);

    /// <summary>Converts to the half-open instant range from the start of the first day to the start of the day after the last, in <see cref="Zone"/>.</summary>
    /// <remarks>
    /// Each day starts at its first instant: local midnight, the earlier midnight when it is ambiguous, or, when midnight is
    /// skipped, the instant of the transition that skipped it (as NodaTime <c>AtStartOfDayInZone</c> does). A date the zone skips
    /// entirely (Pacific/Apia skipped 2011-12-30) therefore starts, and ends, at the first instant of the next existing day: it
    /// lasts zero time, so a range of only skipped dates becomes a zero-length instant range at the transition, and
    /// 2011-12-29..2011-12-31 in Apia lasts 48 hours. No date in range throws <c>SkippedTimeException</c>.
    /// </remarks>
    /// <returns>The instant range; its length is the exact elapsed time (23, 24 or 25 hours a day around DST changes).</returns>
    /// <exception cref="InvalidOperationException">This is <see langword="default"/>, or <see cref="End"/> is the last date NodaTime supports.</exception>
    public InstantRange ToInstantRange()
    {
        if (Dates is null)
        {
            throw new InvalidOperationException("A default ZonedDateRange has no dates or zone.");
        }

        if (Dates.End == LocalDate.MaxIsoValue)
        {
            throw new InvalidOperationException("The range ends on the last supported date; the following midnight does not exist.");
        }

        return InstantRange.FromInstants(DayStart.Of(Dates.Start, Zone), DayStart.Of(Dates.End.PlusDays(1), Zone));
    }

    /// <inheritdoc />
    public bool Equals(ZonedDateRange other) =>
        Equals(Dates, other.Dates) && (ReferenceEquals(Zone, other.Zone) || (Zone is not null && Zone.Equals(other.Zone)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ZonedDateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dates, Zone?.Id);

    /// <summary>Formats as <c>2025-12-24/2025-12-26 Europe/Vienna</c> (ISO-8601 dates, end inclusive).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        Dates is null
            ? "(default)"
            : LocalDatePattern.Iso.Format(Dates.Start) + "/" + LocalDatePattern.Iso.Format(Dates.End) + " " + Zone.Id;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when dates and zone are equal.</returns>
    public static bool operator ==(ZonedDateRange left, ZonedDateRange right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when dates or zone differ.</returns>
    public static bool operator !=(ZonedDateRange left, ZonedDateRange right) => !left.Equals(right);
}
