using System.Text;
using ReviewTimelines.ICalendar.Import;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>Issue 12 items 1–8 and issue 22 items 1 and 3: one named test per fault, with its RFC section or public report.</summary>
public class ImportFaultTests
{
    private static string Calendar(string body) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + body + "END:VCALENDAR\r\n";

    private static string Event(string uid, string lines) =>
        "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20250101T000000Z\r\n" + lines + "END:VEVENT\r\n";

    private static IcsImportResult Import(string body, string zone = "Europe/Vienna", bool lenient = false) =>
        ImportIcs(Calendar(body), Options(zone) with { Lenient = lenient });

    private static IReadOnlyList<IcsProblem> Errors(string body, string zone = "Europe/Vienna")
    {
        var act = () => Import(body, zone);
        return act.Should().Throw<IcsImportException>().Which.Problems;
    }

    private static string[] Starts(IcsImportResult result) =>
        [.. result.Events.Select(e => e.Range!.Value.Start.ToString())];

    // 1. RDATE in every form (RFC 5545 §3.8.5.2)
    [Fact]
    public void Rdate_CalDavClientSixRruleAndFourRdates_ImportsTen()
    {
        var body = Event("caldav", "DTSTART;TZID=Europe/Vienna:20250106T100000\r\nDTEND;TZID=Europe/Vienna:20250106T110000\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\n"
            + "RDATE;TZID=Europe/Vienna:20250301T100000,20250302T100000\r\nRDATE:20250303T090000Z\r\nRDATE;VALUE=DATE:20250304\r\n");

        var result = Import(body);

        result.Events.Should().HaveCount(10);
        Starts(result).Skip(6).Should().Equal("2025-03-01T09:00:00Z", "2025-03-02T09:00:00Z", "2025-03-03T09:00:00Z", "2025-03-04T09:00:00Z");
        result.Events.Should().OnlyContain(e => e.Range!.Value.Duration == NodaTime.Duration.FromHours(1));
    }

    [Fact]
    public void Rdate_FloatingValues_AreReadInTheFloatingZone()
    {
        var body = Event("floating", "DTSTART:20250106T100000\r\nRDATE:20250110T100000,20250111T120000\r\n");

        var result = ImportIcs(Calendar(body), Options("UTC") with { FloatingTimeZone = Zone("Asia/Tokyo") });

        Starts(result).Should().Equal("2025-01-06T01:00:00Z", "2025-01-10T01:00:00Z", "2025-01-11T03:00:00Z");
    }

    [Fact]
    public void Rdate_DateListOnAllDaySeries_AddsEachDay()
    {
        var body = Event("days", "DTSTART;VALUE=DATE:20250106\r\nRDATE;VALUE=DATE:20250110,20250120\r\n");

        Import(body).Events.Select(e => e.Dates!.Start.ToString()).Should().Equal("Monday, 06 January 2025", "Friday, 10 January 2025", "Monday, 20 January 2025");
    }

    // 2. RECURRENCE-ID;RANGE=THISANDFUTURE (RFC 5545 §3.8.4.4; ical-org/ical.net #455, kewisch/ical.js #41)
    [Fact]
    public void ThisAndFuture_OverrideShiftsThisAndEveryLaterInstance()
    {
        var body = Event("weekly", "DTSTART;TZID=Europe/Vienna:20250106T100000\r\nDTEND;TZID=Europe/Vienna:20250106T110000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n")
            + Event("weekly", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Vienna:20250120T100000\r\nDTSTART;TZID=Europe/Vienna:20250120T140000\r\nDTEND;TZID=Europe/Vienna:20250120T163000\r\nSUMMARY:Moved\r\n");

        var result = Import(body);

        Starts(result).Should().Equal("2025-01-06T09:00:00Z", "2025-01-13T09:00:00Z", "2025-01-20T13:00:00Z", "2025-01-27T13:00:00Z");
        result.Events.Skip(2).Should().OnlyContain(e => e.Summary == "Moved" && e.Range!.Value.Duration == NodaTime.Duration.FromMinutes(150));
        result.Events.Take(2).Should().OnlyContain(e => e.Summary == string.Empty && e.Range!.Value.Duration == NodaTime.Duration.FromHours(1));
    }

    // 3. Unfold on octets, then decode (RFC 5545 §3.1 "split ... at any octet"; icalendar/icalendar #238)
    [Fact]
    public void Fold_SplittingAUtf8Sequence_DecodesTheCharacter()
    {
        var before = Encoding.UTF8.GetBytes(Calendar(Event("fold", "DTSTART:20250106T100000Z\r\nSUMMARY:Zürich\r\n")));
        var index = Array.IndexOf(before, (byte)0xC3);
        byte[] folded = [.. before[..(index + 1)], (byte)'\r', (byte)'\n', (byte)' ', .. before[(index + 1)..]];

        var result = new IcsImporter(Tzdb).Import(new MemoryStream(folded), Options("UTC"));

        result.Events.Single().Summary.Should().Be("Zürich");
    }

    // 4. Encodings: not UTF-8 is an error naming the first bad line; UTF-16/32 with a BOM are decoded
    [Fact]
    public void Encoding_Latin1File_IsAnErrorNamingTheFirstBadLine()
    {
        var latin1 = Encoding.Latin1.GetBytes(Calendar(Event("latin", "DTSTART:20250106T100000Z\r\nSUMMARY:Bogotá\r\n")));

        var act = () => new IcsImporter(Tzdb).Import(new MemoryStream(latin1), Options("UTC"));

        var problem = act.Should().Throw<IcsImportException>().Which.Problems.Single();
        problem.Line.Should().Be(8);
        problem.Message.Should().StartWith("Line 8 is not UTF-8: the byte 0xE1");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-32")]
    public void Encoding_Utf16Or32WithByteOrderMark_IsDecoded(string name)
    {
        var encoding = name == "utf-16" ? (Encoding)new UnicodeEncoding(false, true) : new UTF32Encoding(false, true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Calendar(Event("wide", "DTSTART:20250106T100000Z\r\nSUMMARY:Bogotá\r\n")))];

        new IcsImporter(Tzdb).Import(new MemoryStream(bytes), Options("UTC")).Events.Single().Summary.Should().Be("Bogotá");
    }

    // 5. Two overrides of one instance (robur-coop/icalendar PR #13; peterbraden/ical.js PR #440)
    [Fact]
    public void DuplicateOverrides_HigherSequenceWinsThenLaterDtstamp_WithAWarning()
    {
        var master = Event("dup", "DTSTART:20250106T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n");
        var low = "BEGIN:VEVENT\r\nUID:dup\r\nDTSTAMP:20250301T000000Z\r\nSEQUENCE:1\r\nRECURRENCE-ID:20250107T100000Z\r\nDTSTART:20250107T110000Z\r\nSUMMARY:low\r\nEND:VEVENT\r\n";
        var high = "BEGIN:VEVENT\r\nUID:dup\r\nDTSTAMP:20250201T000000Z\r\nSEQUENCE:2\r\nRECURRENCE-ID:20250107T100000Z\r\nDTSTART:20250107T120000Z\r\nSUMMARY:high\r\nEND:VEVENT\r\n";
        var later = "BEGIN:VEVENT\r\nUID:dup\r\nDTSTAMP:20250401T000000Z\r\nSEQUENCE:2\r\nRECURRENCE-ID:20250107T100000Z\r\nDTSTART:20250107T130000Z\r\nSUMMARY:later\r\nEND:VEVENT\r\n";

        var result = Import(master + low + high + later);

        result.Events.Select(e => e.Summary).Should().Equal(string.Empty, "later", string.Empty);
        result.Problems.Where(p => p.Property == "RECURRENCE-ID").Should().HaveCount(2).And.OnlyContain(p => p.Severity == IcsProblemSeverity.Warning && p.Uid == "dup");
    }

    // 6. Caps count the import window (apple/ccs-calendarserver #254; nextcloud/server PR #47924)
    [Fact]
    public void InstanceCap_DailySeriesSince1960_ImportsTheWindowYear()
    {
        var body = Event("old", "DTSTART;TZID=Europe/Vienna:19600101T090000\r\nDTEND;TZID=Europe/Vienna:19600101T100000\r\nRRULE:FREQ=DAILY\r\n");
        var options = Options("Europe/Vienna", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z") with { Limits = new IcsImportLimits { MaxOccurrencesPerSeries = 400 } };

        var result = ImportIcs(Calendar(body), options);

        result.Events.Should().HaveCount(365);
        result.Events[0].Range!.Value.Start.ToString().Should().Be("2025-01-01T08:00:00Z");
        result.Events[^1].Range!.Value.Start.ToString().Should().Be("2025-12-31T08:00:00Z");
    }

    // 7. UNTIL is an instant (RFC 5545 §3.3.10); two instances never share an instant
    [Fact]
    public void Until_InstanceSkippedPastUntilByTheSpringGap_IsNotImported()
    {
        // 02:30 does not exist on 2025-03-09 in New York: it becomes 03:30 EDT = 07:30Z, after UNTIL 07:00Z.
        var body = Event("gap", "DTSTART;TZID=America/New_York:20250309T003000\r\nRRULE:FREQ=HOURLY;UNTIL=20250309T070000Z\r\n");

        Starts(Import(body, "America/New_York")).Should().Equal("2025-03-09T05:30:00Z", "2025-03-09T06:30:00Z");
    }

    [Fact]
    public void Gap_TwoLocalTimesOnOneInstant_GiveOneInstance()
    {
        var body = Event("gap2", "DTSTART;TZID=America/New_York:20250309T003000\r\nRRULE:FREQ=HOURLY;COUNT=5\r\n");

        Starts(Import(body, "America/New_York")).Should().Equal("2025-03-09T05:30:00Z", "2025-03-09T06:30:00Z", "2025-03-09T07:30:00Z", "2025-03-09T08:30:00Z");
    }

    [Fact]
    public void Until_AtTheRepeatedHour_KeepsTheInstanceAtUntil()
    {
        // UNTIL 06:30Z is 01:30 EST, the second 01:30 of 2025-11-02: the 01:30 instance (05:30Z, EDT) is before it and kept.
        var body = Event("fallback", "DTSTART;TZID=America/New_York:20251031T013000\r\nRRULE:FREQ=DAILY;UNTIL=20251102T063000Z\r\n");

        Starts(Import(body, "America/New_York")).Should().Equal("2025-10-31T05:30:00Z", "2025-11-01T05:30:00Z", "2025-11-02T05:30:00Z");
    }

    // 8. Lenient means partial, strict means precise (RFC 5545 §3.1 quoting)
    [Fact]
    public void Lenient_UnreadableSummaryLine_IsSkippedWithItsLineAndUid()
    {
        var body = Event("partial", "DTSTART:20250106T100000Z\r\nSUMMARY;LANGUAGE=\"en:broken\r\nLOCATION:Room 1\r\n");

        var result = Import(body, "UTC", lenient: true);

        result.Events.Should().ContainSingle();
        result.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(p => p.Severity == IcsProblemSeverity.Warning && p.Line == 8 && p.Uid == "partial" && p.Property == "SUMMARY");
    }

    [Fact]
    public void Strict_UnreadableSummaryLine_IsAnErrorNamingTheLine()
    {
        var body = Event("partial", "DTSTART:20250106T100000Z\r\nSUMMARY;LANGUAGE=\"en:broken\r\n");

        Errors(body, "UTC").Should().ContainSingle().Which.ToString().Should().Be(
            "error: line 8, UID 'partial', SUMMARY: line 8 cannot be read: the quoted value of the parameter LANGUAGE has no closing '\"' (RFC 5545 §3.1).");
    }

    [Fact]
    public void Quoting_AppleParametersWithColonsSemicolonsAndCommas_AreRead()
    {
        var body = Event("apple", "DTSTART;TZID=\"America/New_York\":20250106T100000\r\nATTENDEE;CN=\"Doe, John; Jr.\";X-ADDR=\"mailto:a@b.org\":mailto:john@example.org\r\nX-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=\"Room: 1, Floor; 2\":geo:1,2\r\n");

        var result = Import(body, "UTC");

        result.Problems.Should().BeEmpty();
        Starts(result).Should().Equal("2025-01-06T15:00:00Z");
    }

    [Fact]
    public void Quoting_UnquotedTzidWithColon_BlamesTheDtstartLineNotAMissingDtstart()
    {
        var body = Event("gmt", "DTSTART;TZID=GMT+05:30:20250106T100000\r\n");

        var problem = Errors(body, "UTC").Should().ContainSingle().Subject;

        problem.Property.Should().Be("DTSTART");
        problem.Line.Should().Be(7);
        problem.Message.Should().Contain("'30:20250106T100000' is not a DATE").And.Contain("must be in double quotes, RFC 5545 §3.1").And.NotContain("no DTSTART");
    }

    // Issue 22 item 1: every iCalendar part is read or reported
    [Fact]
    public void SecondRrule_IsExpandedToo()
    {
        var body = Event("two", "DTSTART:20250106T100000Z\r\nRRULE:FREQ=DAILY;COUNT=2\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n");

        Starts(Import(body, "UTC")).Should().Equal("2025-01-06T10:00:00Z", "2025-01-07T10:00:00Z", "2025-01-13T10:00:00Z", "2025-01-20T10:00:00Z");
    }

    [Fact]
    public void Exrule_RemovesItsInstances()
    {
        var body = Event("ex", "DTSTART:20250106T100000Z\r\nRRULE:FREQ=DAILY;COUNT=7\r\nEXRULE:FREQ=DAILY;INTERVAL=2;COUNT=4\r\n");

        Starts(Import(body, "UTC")).Should().Equal("2025-01-07T10:00:00Z", "2025-01-09T10:00:00Z", "2025-01-11T10:00:00Z");
    }

    [Fact]
    public void NestedVevent_AndVeventInsideAnXComponent_AreWarnedWithUidAndLine()
    {
        var body = "BEGIN:VEVENT\r\nUID:outer\r\nDTSTART:20250106T100000Z\r\nBEGIN:VEVENT\r\nUID:inner\r\nDTSTART:20250107T100000Z\r\nEND:VEVENT\r\nEND:VEVENT\r\n"
            + "BEGIN:X-WRAPPER\r\nBEGIN:VEVENT\r\nUID:wrapped\r\nDTSTART:20250108T100000Z\r\nEND:VEVENT\r\nEND:X-WRAPPER\r\n";

        var result = Import(body, "UTC");

        Starts(result).Should().Equal("2025-01-06T10:00:00Z");
        result.Problems.Select(p => (p.Uid, p.Property, p.Line)).Should().BeEquivalentTo(new (string?, string, int?)[] { (null, "X-WRAPPER", 12), ("inner", "VEVENT", 7), ("wrapped", "VEVENT", 13) });
        result.Problems.Should().OnlyContain(p => p.Severity == IcsProblemSeverity.Warning);
    }

    [Fact]
    public void Vavailability_IsWarnedWithUidAndLine()
    {
        var body = "BEGIN:VAVAILABILITY\r\nUID:avail-1\r\nDTSTART:20250106T090000Z\r\nBEGIN:AVAILABLE\r\nUID:a\r\nDTSTART:20250106T090000Z\r\nEND:AVAILABLE\r\nEND:VAVAILABILITY\r\n";

        var problem = Import(body, "UTC").Problems.First();

        problem.Should().Match<IcsProblem>(p => p.Severity == IcsProblemSeverity.Warning && p.Uid == "avail-1" && p.Line == 4 && p.Message.StartsWith("VAVAILABILITY (RFC 7953) is not imported", StringComparison.Ordinal));
    }

    // Issue 22 item 3: hostile values give the documented exception with item, field and line
    [Theory]
    [InlineData("FREEBUSY:20250106T100000Z/P99999999W", "FREEBUSY")]
    [InlineData("FREEBUSY:99991231T230000Z/P2D", "FREEBUSY")]
    [InlineData("FREEBUSY:00000101T000000Z/PT1H", "FREEBUSY")]
    public void FreeBusy_HugeOrOutOfRangePeriod_IsAnImportErrorWithLine(string line, string property)
    {
        var body = "BEGIN:VFREEBUSY\r\nUID:fb\r\nDTSTAMP:20250101T000000Z\r\n" + line + "\r\nEND:VFREEBUSY\r\n";

        var problem = Errors(body, "UTC").Should().ContainSingle().Subject;

        problem.Should().Match<IcsProblem>(p => p.Uid == "fb" && p.Property == property && p.Line == 7);
        problem.Message.Should().NotContain("(Parameter");
    }

    [Fact]
    public void Duration_P99999999W_IsAnImportErrorWithLine()
    {
        var problem = Errors(Event("huge", "DTSTART:20250106T100000Z\r\nDURATION:P99999999W\r\n"), "UTC").Should().ContainSingle().Subject;

        problem.Should().Match<IcsProblem>(p => p.Uid == "huge" && p.Property == "DURATION" && p.Line == 8);
    }

    [Fact]
    public void EventEndingInYear9999_IsReadWithoutALibraryException()
    {
        var result = Import(Event("end", "DTSTART:99991230T100000Z\r\nDURATION:P1D\r\n"), "UTC");

        result.Events.Should().BeEmpty("the event lies after the window");
    }
}
