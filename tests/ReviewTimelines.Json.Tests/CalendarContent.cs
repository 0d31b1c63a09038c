using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>
/// Describes every calendar of a timetable in full, independently of <see cref="WorkingCalendar.Equals(WorkingCalendar)"/>,
/// so round-trip tests can see a writer that drops any part of a calendar.
/// </summary>
internal static class CalendarContent
{
    internal static IReadOnlyList<string> Of(Timetable timetable) =>
    [
        .. timetable.Countries.Select(c => "country " + c.Code + ": " + Describe(c.Calendar)),
        .. timetable.Persons.Select(p => "person " + p.Id + ": " + (p.Calendar is { } cal ? Describe(cal) : "none")),
        .. timetable.Mechanisms.Select(m => "seat " + m.Id + ": " + (m.SeatCalendar is { } cal ? Describe(cal) : "none")),
    ];

    private static string Describe(WorkingCalendar c) => string.Join(
        " | ",
        c.Name,
        c.Zone.Id,
        c.Resolution.ToString(),
        string.Join(";", c.WeekendRules.Select(r => r.ToString())),
        string.Join(";", c.NonWorkingDays.Select(d => d.ToString())),
        string.Join(";", c.SoftPeriods.Select(p => p.ToString())),
        string.Join(";", c.WorkingHoursPatterns.Select(h => (h.EffectiveFrom is { } d ? LocalDatePattern.Iso.Format(d) : "-") + " " +
            string.Join(",", Enumerable.Range(1, 7).SelectMany(day => h.On((IsoDayOfWeek)day).Select(s => day.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@" + s))))),
        string.Join(";", c.WorkingHoursOverrides.Select(o => LocalDatePattern.Iso.Format(o.Key) + "=" + string.Join(",", o.Value))));
}
