using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>The reference catalog and calendars shared by the reference-data tests (real tzdb zones).</summary>
internal static class TestCatalog
{
    internal static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    internal static readonly ReferenceCatalog Catalog = ReferenceCatalog.Create(Tzdb);

    internal static WorkingCalendar SatSun(string name, string zone) => new WorkingCalendarBuilder(name, Tzdb[zone]).Build();
}
