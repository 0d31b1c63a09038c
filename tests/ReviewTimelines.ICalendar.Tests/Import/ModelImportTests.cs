using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.Calendars;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Tests.Feeds;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>Import into the model side: national holiday feeds as <see cref="IHolidaySource"/>, other secretariats' feeds as busy time per resource.</summary>
public class ModelImportTests
{
    /// <summary>Austria's 13 national public holidays (Feiertagsruhegesetz 1957, §7(2)); the feed also lists regional and non-holidays.</summary>
    private static readonly HashSet<string> AustrianPublicHolidays =
    [
        "Neujahr", "Hl. Drei Könige", "Ostermontag", "Staatsfeiertag", "Christi Himmelfahrt", "Pfingstmontag", "Fronleichnam",
        "Mariä Himmelfahrt", "Nationalfeiertag", "Allerheiligen", "Mariä Empfängnis", "Christtag", "Stefanitag",
    ];

    private static IcsHolidaySource Austria2025() =>
        IcsHolidaySource.Import("AUT holidays", Corpus("holidays-austria.ics"), new IcsImporter(Tzdb), Options("Europe/Vienna", "2024-12-31T23:00:00Z", "2025-12-31T23:00:00Z"), e => AustrianPublicHolidays.Contains(e.Summary));

    [Fact]
    public void IcsHolidaySource_AustrianFeed_FeedsWorkingCalendar()
    {
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var source = Austria2025();

        var calendar = new WorkingCalendarBuilder("AUT", Zone("Europe/Vienna")).AddHolidays(source, year).Build();

        (source.Covers == year).Should().BeTrue();
        source.Days.Should().HaveCount(13);
        calendar.NonWorkingDayOn(new LocalDate(2025, 4, 21))!.Name.Should().Be("Ostermontag");
        calendar.NonWorkingDayOn(new LocalDate(2025, 6, 19))!.Name.Should().Be("Fronleichnam", "Corpus Christi 2025 is 60 days after Easter (20 April)");
        calendar.IsWorkingDay(new LocalDate(2025, 4, 18)).Should().BeTrue("Good Friday is listed in the feed but is no national holiday");
        calendar.IsWorkingDay(new LocalDate(2025, 12, 24)).Should().BeTrue("Christmas Eve (Hl. Abend) is not selected");

        // 2025 has 261 weekdays; 11 of the 13 holidays fall on one (26 October is a Sunday, 1 November a Saturday).
        calendar.CountWorkingDays(year).Should().Be(250);
        calendar.AddWorkingDays(new LocalDate(2025, 4, 17), 2).Should().Be(new LocalDate(2025, 4, 22));
    }

    [Fact]
    public void IcsHolidaySource_AskedOutsideItsWindow_ThrowsNamingTheSource()
    {
        var act = () => new WorkingCalendarBuilder("AUT", Zone("Europe/Vienna")).AddHolidays(Austria2025(), new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 31)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*AUT holidays*2025-01-01/2025-12-31*2026-01-31*");
    }

    [Fact]
    public void IcsHolidaySource_TwoItemsOnOneDate_OneDayWithBothNames()
    {
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250501\r\nSUMMARY:Staatsfeiertag\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250501\r\nDTEND;VALUE=DATE:20250503\r\nSUMMARY:Closure\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20250505T080000Z\r\nDTEND:20250505T090000Z\r\nSUMMARY:Timed\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

        var source = IcsHolidaySource.Import("test", ics, new IcsImporter(Tzdb), Options("Europe/Vienna", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"), _ => true);

        source.Days.Select(d => (d.Date, d.Name)).Should().Equal((new LocalDate(2025, 5, 1), "Closure / Staatsfeiertag"), (new LocalDate(2025, 5, 2), "Closure"));
        source.Days.Should().OnlyContain(d => d.Kind == NonWorkingDayKind.PublicHoliday);
    }

    [Fact]
    public void ImportedBusyTime_OtherSecretariatsCountryFeed_BusyOfCountryIsUnionOfItsItems()
    {
        var timetable = SampleTimetable.Build();
        var feeds = new TimetableFeeds(timetable, new TimetableFeedOptions("other.example"));
        var ics = new IcsExporter(Tzdb).Export(feeds.Build(FeedScope.ForCountry(SampleTimetable.Aut)));
        var aut = TimetableResource.ForCountry(SampleTimetable.Aut);
        var vienna = timetable.ZoneOf(aut);

        var busy = ImportedBusyTime.Empty.Add(aut, new IcsImporter(Tzdb).Import(ics, Options("Europe/Vienna", "2020-01-01T00:00:00Z", "2022-01-01T00:00:00Z")), vienna);

        var deadline = timetable.ResolveDeadline(SampleTimetable.GrecoVisit)!;
        var expected = InstantRangeSet.FromRanges(
            timetable.GetStage(SampleTimetable.GrecoVisit).ToInstantRange(),
            timetable.GetStage(SampleTimetable.GrecoAdoption).ToInstantRange(),
            timetable.GetStage(SampleTimetable.WgbCall).ToInstantRange(),
            timetable.GetMeeting(SampleTimetable.GrecoPlenary).ToInstantRange(),
            timetable.GetMeeting(SampleTimetable.WgbPlenary).ToInstantRange(),
            InstantRange.FromInstants(deadline.DueDate.AtStartOfDayInZone(vienna).ToInstant(), deadline.Expiry));
        busy.BusyOf(aut).Should().Equal(expected);
        busy.Resources.Should().Equal(aut);
        busy.BusyOf(TimetableResource.ForCountry(SampleTimetable.Npl)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ImportedBusyTime_FreeBusyFeedForPerson_AddsAndUnions()
    {
        var person = TimetableResource.ForPerson(new PersonId("staff-1"));
        var zimbra = ImportIcs(Corpus("zimbra-freebusy-01.ics"), Options("Europe/Vienna", "1990-01-01T00:00:00Z", "2031-01-01T00:00:00Z"));
        var extra = ImportIcs(new IcsExporter(Tzdb).Export(new FeedDocument
        {
            Name = "x",
            Events = [new FeedEvent { Uid = "e", Summary = "Busy", Range = Range("2029-01-01T08:00:00Z", "2029-01-01T09:00:00Z") }],
        }), Options("Europe/Vienna", "1990-01-01T00:00:00Z", "2031-01-01T00:00:00Z"));

        var busy = ImportedBusyTime.Empty.Add(person, zimbra, Zone("Europe/Vienna")).Add(person, extra, Zone("Europe/Vienna"));

        zimbra.FreeBusy.Should().NotBeEmpty();
        busy.BusyOf(person).Should().Equal(zimbra.BusyRanges(Zone("Europe/Vienna")).Union(InstantRangeSet.FromRanges(Range("2029-01-01T08:00:00Z", "2029-01-01T09:00:00Z"))));
        busy.ToString().Should().StartWith("1 resources: person:staff-1");
    }
}
