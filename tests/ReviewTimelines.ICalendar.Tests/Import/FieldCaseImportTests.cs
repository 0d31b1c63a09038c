using ReviewTimelines.ICalendar.Import;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>Field cases of /work/shared/cases/FIELD-CASES.md on the import side, with the expected values stated there.</summary>
public class FieldCaseImportTests
{
    private static string Wrap(string body) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body.Replace("\n", "\r\n", StringComparison.Ordinal) + "END:VCALENDAR\r\n";

    [Fact]
    public void BC02_AustrianNationalDay_Blocks25HoursInVienna()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc02\nDTSTAMP:20250101T000000Z\nDTSTART;VALUE=DATE:20251026\nSUMMARY:Nationalfeiertag\nEND:VEVENT\n");

        var result = ImportIcs(text, Options("Europe/Vienna"));

        var busy = result.BusyRanges(Zone("Europe/Vienna")).Should().ContainSingle().Subject;
        busy.Should().Be(Range("2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z"));
        busy.Duration.Should().Be(NodaTime.Duration.FromHours(25));
        result.Holidays().Should().Equal(new ImportedHoliday(Date("2025-10-26"), "Nationalfeiertag", "bc02"));
    }

    [Fact]
    public void BC04_WeeklySundayInSydney_KeepsLocalTimeAcrossDstStart()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc04-a\nDTSTAMP:20160101T000000Z\nDTSTART;TZID=Australia/Sydney:20160918T160000\nRRULE:FREQ=WEEKLY;COUNT=4\nEND:VEVENT\n");

        var starts = ImportIcs(text, Options("Australia/Sydney")).Events.Select(e => e.Range!.Value.Start);

        starts.Should().Equal(At("2016-09-18T06:00:00Z"), At("2016-09-25T06:00:00Z"), At("2016-10-02T05:00:00Z"), At("2016-10-09T05:00:00Z"));
    }

    [Fact]
    public void BC04_DailyInBerlinGap_PushedOnceThenBackTo0230()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc04-b\nDTSTAMP:20240101T000000Z\nDTSTART;TZID=Europe/Berlin:20240329T023000\nDTEND;TZID=Europe/Berlin:20240329T030000\nRRULE:FREQ=DAILY;COUNT=4\nEND:VEVENT\n");

        var starts = ImportIcs(text, Options("Europe/Berlin")).Events.Select(e => e.Range!.Value.Start);

        starts.Should().Equal(At("2024-03-29T01:30:00Z"), At("2024-03-30T01:30:00Z"), At("2024-03-31T01:30:00Z"), At("2024-04-01T00:30:00Z"));
    }

    private const string Bc09 = """
        BEGIN:VTIMEZONE
        TZID:W. Europe Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VTIMEZONE
        TZID:Customized Time Zone
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:bc09-a@example.test
        DTSTAMP:20180926T060000Z
        DTSTART;TZID=W. Europe Standard Time:20180925T140000
        DTEND;TZID=W. Europe Standard Time:20180925T150000
        SUMMARY:Expert panel
        END:VEVENT
        BEGIN:VEVENT
        UID:bc09-b@example.test
        DTSTAMP:20240101T000000Z
        DTSTART;TZID=Customized Time Zone:20240426T140000
        DTEND;TZID=Customized Time Zone:20240426T150000
        END:VEVENT

        """;

    [Fact]
    public void BC09_WindowsAndCustomizedTzids_ResolvedThroughVTimeZone()
    {
        var events = ImportIcs(Wrap(Bc09), Options("Europe/Vienna")).Events;

        events.Single(e => e.Uid == "bc09-a@example.test").Range.Should().Be(Range("2018-09-25T12:00:00Z", "2018-09-25T13:00:00Z"));
        events.Single(e => e.Uid == "bc09-b@example.test").Range.Should().Be(Range("2024-04-26T18:00:00Z", "2024-04-26T19:00:00Z"));
    }

    [Fact]
    public void BC09_UnresolvableTzid_ErrorNamesTzidAndUid()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc09-c@example.test\nDTSTAMP:20240101T000000Z\nDTSTART;TZID=Mars/Olympus:20240426T140000\nEND:VEVENT\n");

        var act = () => ImportIcs(text, Options("Europe/Vienna"));

        act.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<IcsProblem>(p => p.Uid == "bc09-c@example.test" && p.Property == "DTSTART" && p.Message.Contains("'Mars/Olympus'", StringComparison.Ordinal));
    }

    [Fact]
    public void BC12_MarkerWithoutEnd_IsZeroLengthAndOverlapsPerRfc4791()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc12-a\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\nEND:VEVENT\n");

        var marker = ImportIcs(text, Options("UTC")).Events.Should().ContainSingle().Subject.Range!.Value;

        marker.Should().Be(Range("2025-06-02T10:00:00Z", "2025-06-02T10:00:00Z"));
        marker.Overlaps(Range("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z")).Should().BeFalse("V1");
        marker.Overlaps(Range("2025-06-02T10:00:00Z", "2025-06-02T11:00:00Z")).Should().BeTrue("V2");
        marker.Overlaps(Range("2025-06-02T09:30:00Z", "2025-06-02T10:30:00Z")).Should().BeTrue("V3");
    }

    [Fact]
    public void BC12_DtEndBeforeStartAndNegativeDuration_AllReportedWithUids()
    {
        var text = Wrap(
            "BEGIN:VEVENT\nUID:bc12-b@example.test\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\nDTEND:20250602T090000Z\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:bc12-c@example.test\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\nDURATION:-PT1H\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:bc12-d@example.test\nDTSTAMP:20250101T000000Z\nSUMMARY:no start\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:bc12-ok@example.test\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\nDURATION:PT1H\nEND:VEVENT\n");

        var strict = () => ImportIcs(text, Options("UTC"));
        var lenient = ImportIcs(text, Options("UTC") with { Lenient = true });

        var expected = new[] { ("bc12-b@example.test", "DTEND"), ("bc12-c@example.test", "DURATION"), ("bc12-d@example.test", "DTSTART") };
        strict.Should().Throw<IcsImportException>().Which.Problems.Select(p => (p.Uid!, p.Property)).Should().BeEquivalentTo(expected);
        lenient.Problems.Select(p => (p.Uid!, p.Property)).Should().BeEquivalentTo(expected);
        lenient.Events.Should().ContainSingle().Which.Uid.Should().Be("bc12-ok@example.test");
    }

    [Fact]
    public void BC13_AllDayClosure_BlocksViennaDaysOnly()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc13-b\nDTSTAMP:20250101T000000Z\nDTSTART;VALUE=DATE:20251224\nDTEND;VALUE=DATE:20251227\nSUMMARY:Office closure\nEND:VEVENT\n");

        var result = ImportIcs(text, Options("Europe/Vienna"));

        var closure = result.Events.Should().ContainSingle().Subject;
        (closure.Dates == new NodaTime.DateInterval(Date("2025-12-24"), Date("2025-12-26"))).Should().BeTrue("DTEND 2025-12-27 is exclusive");
        var busy = result.BusyRanges(Zone("Europe/Vienna"));
        busy.Should().Equal(Range("2025-12-23T23:00:00Z", "2025-12-26T23:00:00Z"));
        busy.Overlaps(Range("2025-12-27T08:00:00Z", "2025-12-27T09:00:00Z")).Should().BeFalse("a review on the 27th 09:00 Vienna does not clash");
        result.Holidays().Select(h => h.Date).Should().Equal(Date("2025-12-24"), Date("2025-12-25"), Date("2025-12-26"));
        // The same blocked instants seen by an expert in New York: Dec 23 18:00 to Dec 26 18:00 local.
        busy[0].Start.InZone(Zone("America/New_York")).LocalDateTime.Should().Be(new NodaTime.LocalDateTime(2025, 12, 23, 18, 0));
    }

    [Fact]
    public void BC15_TzidExdates_RemoveAmsterdamInstances()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc15-a\nDTSTAMP:20220101T000000Z\nDTSTART;TZID=Europe/Amsterdam:20221118T111500\nDTEND;TZID=Europe/Amsterdam:20221118T114500\n"
            + "RRULE:FREQ=WEEKLY;UNTIL=20230101T225959Z;BYDAY=MO,TU,WE,TH,FR\nEXDATE;TZID=Europe/Amsterdam:20221228T111500,20221230T111500\nEND:VEVENT\n");

        var lastWeek = ImportIcs(text, Options("Europe/Amsterdam")).Events
            .Select(e => e.Range!.Value.Start).Where(s => s >= At("2022-12-26T00:00:00Z"));

        lastWeek.Should().Equal(At("2022-12-26T10:15:00Z"), At("2022-12-27T10:15:00Z"), At("2022-12-29T10:15:00Z"));
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    public void BC15_FloatingExdateOnAllDaySeries_RemovesSecondOfMarchForEveryViewer(string viewer)
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc15-b\nDTSTAMP:20230101T000000Z\nDTSTART;VALUE=DATE:20230301\nDTEND;VALUE=DATE:20230302\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE:20230302T000000\nEND:VEVENT\n");

        var dates = ImportIcs(text, Options(viewer)).Events.Select(e => e.Dates!.Start);

        dates.Should().Equal(Date("2023-03-01"), Date("2023-03-03"));
    }

    [Fact]
    public void BC15_DateOnlyExdateOnTimedSeries_MatchesLocalDate()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc15-c\nDTSTAMP:20250101T000000Z\nDTSTART;TZID=Europe/Vienna:20250602T090000\nDURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=5\nEXDATE;VALUE=DATE:20250604\nEND:VEVENT\n");

        var starts = ImportIcs(text, Options("Europe/Vienna")).Events.Select(e => e.Range!.Value.Start);

        starts.Should().Equal(At("2025-06-02T07:00:00Z"), At("2025-06-03T07:00:00Z"), At("2025-06-05T07:00:00Z"), At("2025-06-06T07:00:00Z"));
    }

    [Fact]
    public void BC19_ImportedText_UnescapesCommaSemicolonBackslashAndCapitalN()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:bc19\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\nSUMMARY:Review\\; Vienna\\, Graz \\\\ Linz\\NPart 2: \"final\"\nCATEGORIES:review,visit\\, site\nEND:VEVENT\n");

        var e = ImportIcs(text, Options("UTC")).Events.Single();

        e.Summary.Should().Be("Review; Vienna, Graz \\ Linz\nPart 2: \"final\"");
        e.Categories.Should().Equal("review", "visit, site");
    }

    [Fact]
    public void Import_FloatingTimeWithoutDeclaredZone_IsAnErrorNotUtc()
    {
        var text = Wrap("BEGIN:VEVENT\nUID:float\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000\nEND:VEVENT\n");

        var act = () => ImportIcs(text, Options("Europe/Vienna"));
        var declared = ImportIcs(text, Options("Europe/Vienna") with { FloatingTimeZone = Zone("Asia/Kathmandu") });

        act.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle(p => p.Uid == "float" && p.Property == "DTSTART");
        declared.Events.Single().Range!.Value.Start.Should().Be(At("2025-06-02T04:15:00Z"), "10:00 at +05:45");
    }
}
