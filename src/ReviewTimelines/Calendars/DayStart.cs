using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>The start-of-day rule shared by every date-to-instant conversion of the core (design §3).</summary>
/// <remarks>
/// A local date starts at its first instant: local midnight when it exists; the earlier of two midnights when midnight is
/// ambiguous; and, when midnight is skipped, the instant of the transition that skipped it. That last case covers a date
/// the zone skips entirely (Pacific/Apia skipped 2011-12-30): its start is the first instant of the next existing local day,
/// so the skipped date lasts zero time.
/// </remarks>
internal static class DayStart
{
    /// <summary>Gets the first instant of <paramref name="date"/> in <paramref name="zone"/> (see the class remarks).</summary>
    internal static Instant Of(LocalDate date, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(date.AtMidnight());
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            _ => mapping.First().ToInstant(),
        };
    }

    /// <summary>Gets the first local date in <paramref name="zone"/> whose start of day is at or after <paramref name="instant"/>.</summary>
    /// <remarks>The date <paramref name="instant"/> falls on when it is exactly that date's start, otherwise the next date.</remarks>
    internal static LocalDate FirstDayStartingAtOrAfter(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        return Of(date, zone) == instant ? date : date.PlusDays(1);
    }
}
