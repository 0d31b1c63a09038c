using ReviewTimelines.ICalendar.Import;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Import;

/// <summary>The real files of Data/ics (see SOURCES.md): expected instants computed by hand from each file and tzdb facts.</summary>
public class CorpusImportTests
{
    public static TheoryData<string> ImportableFiles() => new()
    {
        "apple-ical1-mixed-components-01.ics",
        "apple-ical2-exdate-historic-vtimezone-01.ics",
        "apple-macos-partstat-01.ics",
        "broken-mixed-case-names-01.ics",
        "davmail-exchange-freebusy-01.ics",
        "davx5-historic-vtimezone-exdate-01.ics",
        "exchange-allday-recurrence-id-01.ics",
        "exchange-customized-time-zone-01.ics",
        "exchange-utc-offset-tzid-01.ics",
        "google-public-calendar-utf8-01.ics",
        "google-recurring-exdate-01.ics",
        "groupwise-meeting-01.ics",
        "holidays-austria.ics",
        "holidays-israel-hebrew.ics",
        "holidays-sweden-2003-2006.ics",
        "holidays-us-apple-ical.ics",
        "nextcloud-allday-multi-valarm-01.ics",
        "outlook2003-windows-tzid-rrule-01.ics",
        "outlook2007-tab-folded-html-01.ics",
        "owncloud-vtodo-utf8-01.ics",
        "thunderbird-valarm-historic-vtimezone-01.ics",
        "thunderbird-vtodo-valarm-overrides-01.ics",
        "zimbra-freebusy-01.ics",
    };

    public static TheoryData<string, string, string> RejectedFiles() => new()
    {
        // file, property named by the error, text the message must contain
        { "broken-missing-end-01.ics", "VCALENDAR", "END:VCALENDAR is missing" },
        { "broken-no-vcalendar-01.ics", "VEVENT", "outside any VCALENDAR" },
        { "broken-huge-rrule-nested-vcalendar-01.ics", "VCALENDAR", "nested" },
        { "broken-google-invalid-rrule-01.ics", "RRULE", "RRULE:AnythingRandom" },
        { "exchange-cdo-bad-rrule-byday-01.ics", "RRULE", "BYDAY=MO, TU" },
        { "invalid-dtend-before-dtstart-01.ics", "DTEND", "before DTSTART" },
        // Quirky: one mangled line swallows the DTSTART value into the TZID parameter; strict mode names the line.
        { "outlook-windows-tzid-01.ics", "DTSTART", "TZID=\"W. Europe Standard Time:20200609T090000\", which may have swallowed the value" },
    };

    [Theory]
    [MemberData(nameof(ImportableFiles))]
    public void Import_ValidOrQuirkyCorpusFile_ImportsWithoutErrors(string file)
    {
        var result = ImportIcs(Corpus(file), Options("Europe/Vienna"));

        result.Problems.Should().NotContain(p => p.Severity == IcsProblemSeverity.Error);
        (result.Events.Count + result.FreeBusy.Count + result.Problems.Count).Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(RejectedFiles))]
    public void Import_BrokenCorpusFile_ThrowsErrorNamingTheProperty(string file, string property, string text)
    {
        var act = () => ImportIcs(Corpus(file), Options("Europe/Vienna"));

        var error = act.Should().Throw<IcsImportException>().Which;
        error.Problems.Should().Contain(p => p.Severity == IcsProblemSeverity.Error && p.Property == property && p.Message.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MangledDtStartLineLenient_SkipsOnlyThatEventNamingLine152()
    {
        var strict = () => ImportIcs(Corpus("outlook-windows-tzid-01.ics"), Options("Europe/Vienna"));
        var lenient = ImportIcs(Corpus("outlook-windows-tzid-01.ics"), Options("Europe/Vienna") with { Lenient = true });

        strict.Should().Throw<IcsImportException>().Which.Problems.Should().ContainSingle(p => p.Severity == IcsProblemSeverity.Error).Which.Line.Should().Be(152);
        lenient.Problems.Should().ContainSingle(p => p.Severity == IcsProblemSeverity.Error).Which.Should().Match<IcsProblem>(p => p.Line == 152 && p.Property == "DTSTART");
        lenient.Events.Should().NotBeEmpty();
    }

    [Fact]
    public void Import_InvalidDtEndLenient_SkipsAndReportsUid()
    {
        var result = ImportIcs(Corpus("invalid-dtend-before-dtstart-01.ics"), Options("Europe/Vienna") with { Lenient = true });

        result.Events.Should().BeEmpty();
        result.Problems.Should().ContainSingle(p => p.Severity == IcsProblemSeverity.Error)
            .Which.Should().Match<IcsProblem>(p => p.Uid == "UYDQSG9TH4DE0WM3QFL2J" && p.Property == "DTEND");
    }

    [Fact]
    public void Import_CorpusFiles_SameFileTwice_GivesEqualResults()
    {
        var first = ImportIcs(Corpus("holidays-israel-hebrew.ics"), Options("Asia/Jerusalem"));
        var second = ImportIcs(Corpus("holidays-israel-hebrew.ics"), Options("Asia/Jerusalem"));

        first.Events.Should().Equal(second.Events);
        first.Events[0].Uid.Should().Be("urn:reviewtimelines:missing-uid:0:0", "Ical.Net's random UID must not leak");
    }

    [Fact]
    public void Import_HebrewHolidaysWithoutUids_GivesLocalDatesAndNames()
    {
        // 116 bare all-day events; Rosh Hashana 5768 fell on 2007-09-13 and Yom Kippur on 2007-09-22.
        var result = ImportIcs(Corpus("holidays-israel-hebrew.ics"), Options("Asia/Jerusalem"));

        result.Events.Should().HaveCount(116).And.OnlyContain(e => e.IsAllDay && e.Dates!.Length == 1);
        result.Holidays().Should().Contain(new ImportedHoliday(Date("2007-09-13"), "ראש השנה", "urn:reviewtimelines:missing-uid:0:0"));
        result.Holidays().Should().Contain(h => h.Date == Date("2007-09-22") && h.Name == "יום כפור");
        result.Problems.Should().ContainSingle().Which.Should().Match<IcsProblem>(p => p.Severity == IcsProblemSeverity.Warning && p.Property == "UID");
    }

    [Fact]
    public void Import_CustomizedTimeZone_UsesEmbeddedUsEasternRules()
    {
        // VTIMEZONE "Customized Time Zone": DST 2nd Sunday of March (-0500 -> -0400), standard 1st Sunday of November.
        // Weekly TU,TH 10:35-11:50 from 2020-08-25 until 2020-12-17T15:35Z; 2020-11-01 is the 1st Sunday of November.
        var events = ImportIcs(Corpus("exchange-customized-time-zone-01.ics"), Options("America/New_York")).Events;

        events.Should().HaveCount(34, "17 weeks of Tuesdays and Thursdays, Aug 25 to Dec 17 inclusive");
        events[0].Range.Should().Be(Range("2020-08-25T14:35:00Z", "2020-08-25T15:50:00Z"), "10:35 at -04:00");
        events.Should().Contain(e => e.Range == Range("2020-11-03T15:35:00Z", "2020-11-03T16:50:00Z"), "10:35 at -05:00 after Nov 1");
        events[^1].Range!.Value.Start.Should().Be(At("2020-12-17T15:35:00Z"), "UNTIL is inclusive");
        events.Should().OnlyContain(e => e.SourceTimeZoneId == "Customized Time Zone");
    }

    [Fact]
    public void Import_ExchangeDisplayNameTzidWithEscapedCommas_MatchesVTimeZone()
    {
        // TZID:(UTC+07:00) Bangkok\, Hanoi\, Jakarta; both observances +0700. 09:00-12:00 local on 2019-04-30.
        var events = ImportIcs(Corpus("exchange-utc-offset-tzid-01.ics"), Options("Asia/Bangkok")).Events;

        events.Should().ContainSingle().Which.Range.Should().Be(Range("2019-04-30T02:00:00Z", "2019-04-30T05:00:00Z"));
    }

    [Fact]
    public void Import_Outlook2003WindowsDisplayName_CrossesAustralianDstEnd()
    {
        // "Canberra, Melbourne, Sydney": +1100 until the 1st Sunday of April (2009-04-05 03:00), then +1000.
        // Weekday stand-up 09:30-09:45 from Tue 2009-03-10.
        var events = ImportIcs(Corpus("outlook2003-windows-tzid-rrule-01.ics"), Options("Australia/Sydney", to: "2009-05-01T00:00:00Z")).Events;

        events[0].Range.Should().Be(Range("2009-03-09T22:30:00Z", "2009-03-09T22:45:00Z"));
        events.Should().Contain(e => e.Range == Range("2009-04-02T22:30:00Z", "2009-04-02T22:45:00Z"), "Fri 3 April at +11");
        events.Should().Contain(e => e.Range == Range("2009-04-05T23:30:00Z", "2009-04-05T23:45:00Z"), "Mon 6 April at +10");
        events.Should().NotContain(e => e.Range!.Value.Start == At("2009-04-04T22:30:00Z"), "Sunday 5 April is not a weekday");
    }

    [Fact]
    public void Import_AppleHistoricVTimeZone_DailyCountWithTwoExdates()
    {
        // Australia/Brisbane (+10, no DST since 1992); DAILY COUNT=7 from 2006-01-01 12:00, EXDATE Jan 3 and Jan 4, DURATION PT1H.
        var events = ImportIcs(Corpus("apple-ical2-exdate-historic-vtimezone-01.ics"), Options("Australia/Brisbane")).Events;

        events.Select(e => e.Range!.Value.Start).Should().Equal(
            At("2006-01-01T02:00:00Z"), At("2006-01-02T02:00:00Z"), At("2006-01-05T02:00:00Z"), At("2006-01-06T02:00:00Z"), At("2006-01-07T02:00:00Z"));
        events.Should().OnlyContain(e => e.Range!.Value.Duration == NodaTime.Duration.FromHours(1));
    }

    [Fact]
    public void Import_GoogleWeeklyWithTzidExdate_RemovesExcludedDay()
    {
        // p1lg@google.com: weekdays 08:15-08:30 America/Chicago (CDT, -5) from 2020-09-15 until 2020-09-23T04:59:59Z, EXDATE Sep 16.
        var events = ImportIcs(Corpus("google-recurring-exdate-01.ics"), Options("America/Chicago")).Events
            .Where(e => e.Uid == "p1lg@google.com")
            .Select(e => e.Range!.Value.Start);

        events.Should().Equal(
            At("2020-09-15T13:15:00Z"), At("2020-09-17T13:15:00Z"), At("2020-09-18T13:15:00Z"), At("2020-09-21T13:15:00Z"), At("2020-09-22T13:15:00Z"));
    }

    [Fact]
    public void Import_ExchangeAllDayOverride_MovesThursdayToFriday()
    {
        // Fortnightly all-day Thursdays from 2020-04-02; RECURRENCE-ID 2020-04-16 (a DATE-TIME in "GMT Standard Time") moved to Fri 04-17.
        var events = ImportIcs(Corpus("exchange-allday-recurrence-id-01.ics"), Options("Europe/London")).Events
            .Where(e => e.Summary == "Refuse black bin")
            .Select(e => e.Dates!.Start)
            .ToList();

        events.Should().StartWith([Date("2020-04-02"), Date("2020-04-17"), Date("2020-04-30")]);
        events.Should().NotContain(Date("2020-04-16"));
    }

    [Fact]
    public void Import_AustrianHolidays_NationalDayIsALocalDateAndNotBusy()
    {
        var result = ImportIcs(Corpus("holidays-austria.ics"), Options("Europe/Vienna"));

        var nationalDays = result.Holidays().Where(h => h.Name == "Nationalfeiertag").Select(h => h.Date).ToList();
        nationalDays.Should().HaveCount(16, "COUNT=16 from 2010");
        nationalDays.Should().Contain(Date("2025-10-26"));
        var day = result.Events.Single(e => e.Summary == "Nationalfeiertag" && e.Dates!.Start == Date("2025-10-26"));
        day.IsBusy.Should().BeFalse("TRANSP:TRANSPARENT");
        day.ToInstantRange(Zone("Europe/Vienna")).Should().Be(Range("2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z"), "BC-02: a 25-hour day");
    }

    [Fact]
    public void Import_UsHolidays_ThanksgivingUntilDateExcludesLaterYear()
    {
        // BYMONTH=11;BYDAY=4TH;UNTIL=20041124: 2002-11-28, 2003-11-27; the 4th Thursday of 2004 is Nov 25, after UNTIL.
        var thanksgiving = ImportIcs(Corpus("holidays-us-apple-ical.ics"), Options("America/New_York")).Holidays()
            .Where(h => h.Name == "Thanksgiving").Select(h => h.Date);

        thanksgiving.Should().Equal(Date("2002-11-28"), Date("2003-11-27"));
    }

    [Fact]
    public void Import_SwedishConcatenatedCalendars_ReadsEveryCalendar()
    {
        var holidays = ImportIcs(Corpus("holidays-sweden-2003-2006.ics"), Options("Europe/Stockholm")).Holidays();

        holidays.Should().HaveCount(52);
        holidays[0].Should().Be(new ImportedHoliday(Date("2003-01-01"), "Nyårsdagen", "315030d0-ca5c-11d7-9a03-f88dd56dba2f"));
    }

    [Fact]
    public void Import_ZimbraFreeBusy_ReadsSortedUtcPeriods()
    {
        var fb = ImportIcs(Corpus("zimbra-freebusy-01.ics"), Options("America/Vancouver")).FreeBusy.Should().ContainSingle().Subject;

        fb.Periods.Should().HaveCount(29);
        fb.Periods[0].Should().Be(new ImportedFreeBusyPeriod(Range("2014-04-16T15:15:00Z", "2014-04-16T19:00:00Z"), FreeBusyKind.Busy));
        fb.Busy().Should().HaveCount(29, "no two periods touch or overlap");
    }

    [Fact]
    public void Import_AppleMixedComponents_WarnsAboutIgnoredTodoAndJournal()
    {
        var result = ImportIcs(Corpus("apple-ical1-mixed-components-01.ics"), Options("America/Los_Angeles"));

        result.Problems.Select(p => p.Property).Should().BeEquivalentTo(["VTODO", "VJOURNAL"]);
        // TZID=US/Pacific (a tzdb link, no VTIMEZONE): 2002-10-28 14:00 PST (-8).
        result.Events[0].Range.Should().Be(Range("2002-10-28T22:00:00Z", "2002-10-28T23:00:00Z"));
    }
}
