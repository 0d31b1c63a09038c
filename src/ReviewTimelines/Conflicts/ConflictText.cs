using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Conflicts;

/// <summary>Formats dates, ranges and lengths for conflict sentences: invariant culture, local to a zone.</summary>
internal static class ConflictText
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    internal static string Day(LocalDate date) => Date.Format(date);

    internal static string DayWithName(LocalDate date) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}", date.DayOfWeek, Date.Format(date));

    /// <summary>Formats a range local to <paramref name="zone"/>: <c>2021-03-08 to 2021-03-12</c> for whole local days,
    /// <c>2021-03-08</c> for one day, <c>2021-03-08 09:00 to 11:00</c> or <c>2021-03-08 22:00 to 2021-03-09 01:00</c> for timed ranges,
    /// <c>2021-03-08 09:00</c> for a zero-length one.</summary>
    internal static string Range(InstantRange range, DateTimeZone zone)
    {
        var start = range.Start.InZone(zone);
        if (range.IsEmpty)
        {
            return Date.Format(start.Date) + " " + Time.Format(start.TimeOfDay);
        }

        if (WholeDays(range, zone) is { } days)
        {
            return days.Start == days.End ? Date.Format(days.Start) : Date.Format(days.Start) + " to " + Date.Format(days.End);
        }

        var end = range.End.InZone(zone);
        return start.Date == end.Date
            ? Date.Format(start.Date) + " " + Time.Format(start.TimeOfDay) + " to " + Time.Format(end.TimeOfDay)
            : Date.Format(start.Date) + " " + Time.Format(start.TimeOfDay) + " to " + Date.Format(end.Date) + " " + Time.Format(end.TimeOfDay);
    }

    /// <summary>Formats the length of a range: <c>3 days</c> when it covers whole local days of <paramref name="zone"/>, else <c>2 h 30 min</c>.</summary>
    internal static string Length(InstantRange range, DateTimeZone zone)
    {
        if (!range.IsEmpty && WholeDays(range, zone) is { } days)
        {
            var count = Period.DaysBetween(days.Start, days.End) + 1;
            return count == 1 ? "1 day" : count.ToString(CultureInfo.InvariantCulture) + " days";
        }

        var minutes = (long)Math.Ceiling(range.Duration.TotalMinutes);
        if (minutes == 0)
        {
            return range.IsEmpty ? "an instant" : "less than a minute";
        }

        long hours = minutes / 60, rest = minutes % 60;
        return hours == 0
            ? rest.ToString(CultureInfo.InvariantCulture) + " min"
            : rest == 0
                ? hours.ToString(CultureInfo.InvariantCulture) + " h"
                : string.Format(CultureInfo.InvariantCulture, "{0} h {1} min", hours, rest);
    }

    /// <summary>Gets the local dates a range touches in <paramref name="zone"/>, end inclusive (a range ending at local midnight does not touch the next day; a zero-length range touches its start date).</summary>
    internal static DateInterval TouchedDates(InstantRange range, DateTimeZone zone)
    {
        var first = range.Start.InZone(zone).Date;
        var last = range.IsEmpty ? first : (range.End - Duration.Epsilon).InZone(zone).Date;
        return new DateInterval(first, last);
    }

    /// <summary>Gets the half-open instants of whole local dates (design §3 conversion).</summary>
    internal static InstantRange DaysToInstants(LocalDate first, LocalDate last, DateTimeZone zone) =>
        ZonedDateRange.FromDates(first, last, zone).ToInstantRange();

    private static DateInterval? WholeDays(InstantRange range, DateTimeZone zone)
    {
        var dates = TouchedDates(range, zone);
        return range == DaysToInstants(dates.Start, dates.End, zone) ? dates : null;
    }
}
