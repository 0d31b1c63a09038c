using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Tests.Planning;

/// <summary>Calendars and reference data shared by the planning tests (real tzdb zones).</summary>
internal static class TestCalendars
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    internal static readonly ReferenceCatalog Catalog = ReferenceCatalog.Create(Tzdb);

    internal static WorkingCalendar SatSun(string name, string zone) => new WorkingCalendarBuilder(name, Tzdb[zone]).Build();

    internal static WorkingCalendar FriSat(string name, string zone) =>
        new WorkingCalendarBuilder(name, Tzdb[zone]).AddWeekendRule(WeekendRule.FridaySaturday).Build();

    internal static PlanningCalendars Austria() => new(SatSun("AUT", "Europe/Vienna"), SatSun("Vienna", "Europe/Vienna"));

    /// <summary>The exact-dated meetings of the reference catalog for <paramref name="mechanism"/> of <paramref name="kind"/>.</summary>
    internal static IEnumerable<ZonedDateRange> Plenaries(global::ReviewTimelines.Model.MechanismId mechanism, global::ReviewTimelines.Model.MeetingKind kind) =>
        Catalog[mechanism].Meetings.Where(m => m.Kind == kind && m.Dates is not null).Select(m => m.Dates!.Value);

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal static DateInterval Days(LocalDate first, LocalDate last) => new(first, last);
}
