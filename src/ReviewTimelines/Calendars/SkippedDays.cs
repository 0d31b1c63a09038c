using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace ReviewTimelines.Calendars;

/// <summary>The local dates a zone skips entirely (Pacific/Apia skipped 2011-12-30 when Samoa crossed the date line).</summary>
/// <remarks>
/// A date is skipped when a forward transition jumps over all of it: its start of day (<see cref="DayStart"/>) equals the
/// next date's, so it lasts zero time. Found once per zone object from its transitions up to the end of 2200, and
/// remembered for that object.
/// </remarks>
internal static class SkippedDays
{
    private static readonly ConditionalWeakTable<DateTimeZone, LocalDate[]> Cache = [];
    private static readonly Instant ScanEnd = Instant.FromUtc(2201, 1, 1, 0, 0);

    /// <summary>Gets the dates <paramref name="zone"/> skips, ascending.</summary>
    internal static LocalDate[] Of(DateTimeZone zone) => Cache.GetValue(zone, Scan);

    private static LocalDate[] Scan(DateTimeZone zone)
    {
        var skipped = new List<LocalDate>();
        ZoneInterval? previous = null;
        foreach (var interval in zone.GetZoneIntervals(Instant.MinValue, ScanEnd))
        {
            // Only a jump of at least a day can hold a whole local date.
            if (previous is not null && interval.HasStart && interval.WallOffset.Seconds - previous.WallOffset.Seconds >= NodaConstants.SecondsPerDay)
            {
                var gapStart = interval.Start.WithOffset(previous.WallOffset).LocalDateTime;
                var gapEnd = interval.Start.WithOffset(interval.WallOffset).LocalDateTime;
                var date = gapStart.TimeOfDay == LocalTime.Midnight ? gapStart.Date : gapStart.Date.PlusDays(1);
                while (date.PlusDays(1).AtMidnight() <= gapEnd)
                {
                    skipped.Add(date);
                    date = date.PlusDays(1);
                }
            }

            previous = interval;
        }

        return [.. skipped];
    }
}
