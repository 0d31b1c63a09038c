using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Helpers shared by the rules: one sweep engine, pair references, reaches in working days.</summary>
internal static class RuleSupport
{
    /// <summary>A sweep with no separations: rules express separations as reaches computed in local calendars.</summary>
    internal static readonly OverlapSweep Sweep = new(new OverlapSweepOptions());

    internal static ImmutableArray<ConflictItemRef> Pair(CheckedItem first, CheckedItem second) => [first.Ref, second.Ref];

    internal static string Plural(int count, string noun) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", count, noun, count == 1 ? string.Empty : "s");

    /// <summary>Gets the instants from the start of the <paramref name="days"/>-th working day before the range's first local date
    /// to the end of the <paramref name="days"/>-th working day after its last local date, in <paramref name="calendar"/>.</summary>
    internal static InstantRange WorkingDayReach(InstantRange range, WorkingCalendar calendar, int days)
    {
        var dates = ConflictText.TouchedDates(range, calendar.Zone);
        return ConflictText.DaysToInstants(calendar.AddWorkingDays(dates.Start, -days), calendar.AddWorkingDays(dates.End, days), calendar.Zone);
    }

    /// <summary>Counts the working days strictly between the last local date of <paramref name="earlier"/> and the first of <paramref name="later"/>.</summary>
    internal static int WorkingDaysBetween(InstantRange earlier, InstantRange later, WorkingCalendar calendar)
    {
        var first = ConflictText.TouchedDates(earlier, calendar.Zone).End.PlusDays(1);
        var last = ConflictText.TouchedDates(later, calendar.Zone).Start.PlusDays(-1);
        return first <= last ? calendar.CountWorkingDays(new DateInterval(first, last)) : 0;
    }

    /// <summary>Counts the calendar days strictly between the last local date of <paramref name="earlier"/> and the first of <paramref name="later"/> in <paramref name="zone"/>.</summary>
    internal static int DaysBetween(InstantRange earlier, InstantRange later, DateTimeZone zone)
    {
        var first = ConflictText.TouchedDates(earlier, zone).End;
        var last = ConflictText.TouchedDates(later, zone).Start;
        return Math.Max(0, Period.DaysBetween(first, last) - 1);
    }

    internal static TimetableResource Country(CountryCode code) => TimetableResource.ForCountry(code);
}
