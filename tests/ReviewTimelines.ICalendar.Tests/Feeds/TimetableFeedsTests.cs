using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Tests.Export;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.ICalendar.Tests.Feeds.SampleTimetable;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Feeds;

/// <summary>The model mapping: feed selection per scope, event content, golden file, round trip and ical.js.</summary>
public class TimetableFeedsTests
{
    private const string Domain = "feeds.reviewtimelines.test";
    private static readonly FakeClock Clock = new(Instant.FromUtc(2021, 3, 1, 9, 0));
    private static readonly Timetable Sample = Build();
    private static readonly TimetableFeeds Feeds = new(Sample, new TimetableFeedOptions(Domain) { DeadlineAlarm = Duration.FromDays(2), RefreshInterval = Duration.FromHours(6) });

    private static string Ics(FeedScope scope) => new IcsExporter(Tzdb).Export(Feeds.Build(scope));

    private static string[] Lines(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

    private static string Uid(string local) => local + "@" + Domain;

    public static TheoryData<string, string[]> Scopes => new()
    {
        { "timetable", ["deadline-GRECO5-AUT-visit", "deadline-IRM2-NPL-checklist", "meeting-GRECO-88", "meeting-WGB-2021-06", "stage-GRECO5-AUT-adoption", "stage-GRECO5-AUT-visit", "stage-IRM2-NPL-call", "stage-IRM2-NPL-checklist", "stage-WGB4-AUT-call"] },
        { "mechanism:GRECO", ["deadline-GRECO5-AUT-visit", "meeting-GRECO-88", "stage-GRECO5-AUT-adoption", "stage-GRECO5-AUT-visit"] },
        { "mechanism:IRM", ["deadline-IRM2-NPL-checklist", "stage-IRM2-NPL-call", "stage-IRM2-NPL-checklist"] },
        { "country:AUT", ["deadline-GRECO5-AUT-visit", "meeting-GRECO-88", "meeting-WGB-2021-06", "stage-GRECO5-AUT-adoption", "stage-GRECO5-AUT-visit", "stage-WGB4-AUT-call"] },
        { "country:NPL", ["deadline-IRM2-NPL-checklist", "stage-IRM2-NPL-call", "stage-IRM2-NPL-checklist"] },

        // The expert takes part in the visit and the dialogue, and answers for the checklist deadline (stage not attended).
        { "person:expert-deu-1", ["deadline-GRECO5-AUT-visit", "deadline-IRM2-NPL-checklist", "stage-GRECO5-AUT-visit", "stage-IRM2-NPL-call"] },
        { "person:staff-greco-1", ["deadline-GRECO5-AUT-visit", "meeting-GRECO-88", "stage-GRECO5-AUT-visit"] },
    };

    private static FeedScope ScopeOf(string text) => text.Split(':') switch
    {
        ["timetable"] => FeedScope.Timetable,
        ["mechanism", var id] => FeedScope.ForMechanism(new MechanismId(id)),
        ["country", var id] => FeedScope.ForCountry(new CountryCode(id)),
        [_, var id] => FeedScope.ForPerson(new PersonId(id)),
        _ => throw new ArgumentException(text),
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Build_EachScope_ContainsExactlyTheRightItems(string scope, string[] expected)
    {
        var uids = Lines(Ics(ScopeOf(scope))).Where(l => l.StartsWith("UID:", StringComparison.Ordinal) && !l.Contains("freebusy-", StringComparison.Ordinal)).Select(l => l[4..]);

        uids.Should().Equal(expected.Select(Uid), "the events of {0} are exactly these, in UID order", scope);
        ScopeOf(scope).ToString().Should().Be(scope);
    }

    [Fact]
    public void Build_Calendar_HasPublishNamesAndRefreshInterval()
    {
        var lines = Lines(Ics(FeedScope.ForCountry(Aut)));

        lines.Should().ContainInOrder("METHOD:PUBLISH", "NAME:Austria review timetable", "X-WR-CALNAME:Austria review timetable", "REFRESH-INTERVAL;VALUE=DURATION:PT6H", "X-PUBLISHED-TTL:PT6H");
        Lines(Ics(FeedScope.Timetable)).Should().Contain("NAME:Review timetable");
        Lines(Ics(FeedScope.ForMechanism(Irm))).Should().Contain("NAME:UNCAC IRM review timetable");
        Lines(Ics(FeedScope.ForPerson(Expert))).Should().Contain("NAME:Expert\\, Germany review timetable");
    }

    [Fact]
    public void Build_AllDayStage_DateValuesSequenceCategoriesLocation()
    {
        var visit = Feeds.Build(FeedScope.Timetable).Events.Single(e => e.Uid == Uid("stage-GRECO5-AUT-visit"));

        (visit.Dates == new DateInterval(new LocalDate(2021, 3, 25), new LocalDate(2021, 3, 29))).Should().BeTrue();
        visit.Range.Should().BeNull();
        visit.Sequence.Should().Be(3);
        visit.Categories.Should().Equal("GRECO", "Country visit");
        visit.Location.Should().Be("Austria");
        visit.Summary.Should().Be("GRECO Austria: On-site visit");
        visit.Description.Should().Contain("Participants: Expert, Germany, GRECO staff.");

        Lines(Ics(FeedScope.Timetable)).Should().ContainInOrder("UID:" + Uid("stage-GRECO5-AUT-visit"), "SEQUENCE:3", "DTSTART;VALUE=DATE:20210325", "DTEND;VALUE=DATE:20210330", "LOCATION:Austria", "CATEGORIES:GRECO,Country visit");
    }

    [Fact]
    public void Build_TimedStageAcrossSpringForward_WrittenInDisplayZone()
    {
        // 01:30 CET (00:30Z) to 04:00 CEST (02:00Z) on 2021-03-28: 90 minutes.
        var call = Feeds.Build(FeedScope.Timetable).Events.Single(e => e.Uid == Uid("stage-WGB4-AUT-call"));

        call.Range.Should().Be(Range("2021-03-28T00:30:00Z", "2021-03-28T02:00:00Z"));
        call.TimeZoneId.Should().Be("Europe/Vienna");
        call.Location.Should().Be("Virtual");
        Lines(Ics(FeedScope.Timetable)).Should().ContainInOrder("UID:" + Uid("stage-WGB4-AUT-call"), "SEQUENCE:1", "DTSTART;TZID=Europe/Vienna:20210328T013000", "DTEND;TZID=Europe/Vienna:20210328T040000");
    }

    [Fact]
    public void Build_KathmanduDialogue_WrittenAtPlus0545()
    {
        var lines = Lines(Ics(FeedScope.ForCountry(Npl)));

        lines.Should().ContainInOrder("DTSTART;TZID=Asia/Kathmandu:20210329T090000", "DTEND;TZID=Asia/Kathmandu:20210329T103000");
        lines.Should().ContainInOrder("TZID:Asia/Kathmandu", "BEGIN:STANDARD", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0545");
        lines.Count(l => l == "BEGIN:VTIMEZONE").Should().Be(1, "the checklist is all-day and needs no zone");
    }

    [Fact]
    public void Build_RolledDeadline_AllDayOnDueDateWithAlarm()
    {
        // Sat 3 April 2021 rolls over Sunday and Easter Monday (5 April) to Tuesday 6 April.
        var deadline = Feeds.Build(FeedScope.ForCountry(Aut)).Events.Single(e => e.Uid == Uid("deadline-GRECO5-AUT-visit"));

        (deadline.Dates == new DateInterval(new LocalDate(2021, 4, 6), new LocalDate(2021, 4, 6))).Should().BeTrue();
        deadline.AlarmBefore.Should().Be(Duration.FromDays(2));
        deadline.Sequence.Should().Be(3);
        deadline.Categories.Should().Equal("GRECO", "Deadline");
        deadline.Description.Should().Contain("2021-04-06").And.Contain("Stated date 2021-04-03");
        Lines(Ics(FeedScope.ForCountry(Aut))).Should().ContainInOrder(
            "UID:" + Uid("deadline-GRECO5-AUT-visit"), "DTSTART;VALUE=DATE:20210406", "DTEND;VALUE=DATE:20210407", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P2D", "END:VALARM");
    }

    [Fact]
    public void Build_NoDeadlineAlarmOption_WritesNoValarm()
    {
        var feeds = new TimetableFeeds(Sample, new TimetableFeedOptions(Domain));

        new IcsExporter(Tzdb).Export(feeds.Build(FeedScope.Timetable)).Should().NotContain("VALARM");
    }

    [Fact]
    public void Build_Meeting_VenueLocationCategoriesAndRevision()
    {
        var lines = Lines(Ics(FeedScope.ForMechanism(Wgb)));

        lines.Should().ContainInOrder(
            "UID:" + Uid("meeting-WGB-2021-06"), "SEQUENCE:2", "DTSTART;TZID=Europe/Paris:20210608T093000", "DTEND;TZID=Europe/Paris:20210608T180000",
            "SUMMARY:WGB June plenary", "LOCATION:OECD Conference Centre", "CATEGORIES:WGB,Plenary");
    }

    [Fact]
    public void Build_PersonFeed_FreeBusyIsMergedSortedUtc()
    {
        // Visit [2021-03-24T23:00Z, 2021-03-29T22:00Z) contains the dialogue 2021-03-29T03:15Z..04:45Z: one merged period.
        var lines = Lines(Ics(FeedScope.ForPerson(Expert)));

        lines.Should().ContainInOrder("BEGIN:VFREEBUSY", "UID:" + Uid("freebusy-person-expert-deu-1"), "DTSTART:20210324T230000Z", "DTEND:20210329T220000Z", "COMMENT:Expert\\, Germany");
        lines.Where(l => l.StartsWith("FREEBUSY", StringComparison.Ordinal)).Should().Equal("FREEBUSY:20210324T230000Z/20210329T220000Z");
    }

    [Fact]
    public void Build_CountryFeed_FreeBusyFromItemsHoldingTheCountry()
    {
        // AUT is held by the visit (in country) and by both plenaries (delegation); the virtual call and the adoption at the seat do not hold it.
        var busy = Feeds.Build(FeedScope.ForCountry(Aut)).FreeBusy.Single();

        busy.Busy.AsSpan().ToArray().Should().Equal(
            Range("2021-03-24T23:00:00Z", "2021-03-29T22:00:00Z"),
            Range("2021-06-08T07:30:00Z", "2021-06-08T16:00:00Z"),
            Range("2021-06-13T22:00:00Z", "2021-06-18T22:00:00Z"));
        busy.Owner.Should().Be("Austria");
        Feeds.Build(FeedScope.ForCountry(Npl)).FreeBusy.Should().BeEmpty("nothing holds Nepal: the dialogue is virtual");
        Feeds.Build(FeedScope.Timetable).FreeBusy.Should().BeEmpty();
    }

    [Fact]
    public void Build_FreeBusyWindowOption_ClipsTheBusyTime()
    {
        var window = Range("2021-03-27T00:00:00Z", "2021-04-01T00:00:00Z");
        var feeds = new TimetableFeeds(Sample, new TimetableFeedOptions(Domain) { FreeBusyWindow = window });

        var lines = Lines(new IcsExporter(Tzdb).Export(feeds.Build(FeedScope.ForCountry(Aut))));

        lines.Should().ContainInOrder("DTSTART:20210327T000000Z", "DTEND:20210401T000000Z", "FREEBUSY:20210327T000000Z/20210329T220000Z");
        lines.Count(l => l.StartsWith("FREEBUSY", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Build_UnknownSubject_ThrowsKeyNotFound()
    {
        var act = () => Feeds.Build(FeedScope.ForCountry(new CountryCode("FRA")));
        var defaultScope = () => Feeds.Build(default(FeedScope) with { });

        act.Should().Throw<KeyNotFoundException>().WithMessage("*FRA*");
        defaultScope.Should().NotThrow("the default scope is the whole timetable");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b.example")]
    [InlineData("x@example.org")]
    public void Options_InvalidDomain_Throws(string domain)
    {
        var act = () => new TimetableFeedOptions(domain);

        act.Should().Throw<ArgumentException>().WithParameterName("Domain");
    }

    [Fact]
    public void TryParseUid_OwnUids_GiveBackTheItems()
    {
        Feeds.TryParseUid(Feeds.UidOf(TimetableItemRef.For(GrecoVisit)), out var stage, out var isDeadline).Should().BeTrue();
        stage.Should().Be(TimetableItemRef.For(GrecoVisit));
        isDeadline.Should().BeFalse();
        Feeds.TryParseUid(Feeds.DeadlineUidOf(GrecoVisit), out stage, out isDeadline).Should().BeTrue();
        (stage, isDeadline).Should().Be((TimetableItemRef.For(GrecoVisit), true));
        Feeds.TryParseUid("meeting-GRECO-88@" + Domain, out var meeting, out _).Should().BeTrue();
        meeting.Should().Be(TimetableItemRef.For(GrecoPlenary));
        Feeds.TryParseUid("stage-x@other.example", out _, out _).Should().BeFalse();
        Feeds.TryParseUid("visit-x@" + Domain, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void RoundTrip_TimetableFeedImported_SameInstantsAndIds()
    {
        var imported = ImportIcs(Ics(FeedScope.Timetable), Options("Europe/Vienna", "2020-01-01T00:00:00Z", "2022-01-01T00:00:00Z"));

        imported.Events.Should().HaveCount(9);
        foreach (var e in imported.Events)
        {
            Feeds.TryParseUid(e.Uid, out var item, out var isDeadline).Should().BeTrue(e.Uid);
            if (isDeadline)
            {
                var deadline = Sample.ResolveDeadline(new StageId(item.Id))!;
                (e.Dates == new DateInterval(deadline.DueDate, deadline.DueDate)).Should().BeTrue(e.Uid);
                e.ToInstantRange(deadline.Zone).End.Should().Be(deadline.Expiry, "the deadline's day ends at the expiry instant");
                continue;
            }

            var timing = item.Kind == TimetableItemKind.Stage ? Sample.GetStage(new StageId(item.Id)).Timing : Sample.GetMeeting(new MeetingId(item.Id)).Timing;
            if (timing is DateRangeTiming allDay)
            {
                (e.Dates == allDay.LocalDates).Should().BeTrue(e.Uid);
                e.ToInstantRange(allDay.Zone).Should().Be(RangeOf(Sample, item), e.Uid);
            }
            else
            {
                e.Range.Should().Be(RangeOf(Sample, item), e.Uid);
                e.SourceTimeZoneId.Should().Be(timing.Zone.Id);
            }
        }
    }

    [Fact]
    public void IcalJs_ModelFeed_ReadsTheModelsInstants()
    {
        var expected = ModelExpectedLines(Sample, Feeds);
        var feed = Feeds.Build(FeedScope.ForPerson(Expert));
        var personExpected = IndependentParserTests.ExpectedLines(feed).Where(l => l.StartsWith("FREEBUSY", StringComparison.Ordinal));
        var all = Feeds.Build(FeedScope.Timetable) with { FreeBusy = feed.FreeBusy };

        IndependentParserTests.RunIcalJs(IndependentParserTests.WriteSample("model-feed", all))
            .Should().Equal(expected.Concat(personExpected).Order(StringComparer.Ordinal));
    }

    /// <summary>What ical.js must print for a whole-timetable feed, straight from the model (not from the FeedDocument).</summary>
    internal static List<string> ModelExpectedLines(Timetable timetable, TimetableFeeds feeds)
    {
        var expected = new List<string>();
        foreach (var item in timetable.ScheduledItems())
        {
            var uid = feeds.UidOf(item.Item);
            expected.Add(item.Timing is DateRangeTiming d
                ? string.Format(CultureInfo.InvariantCulture, "EVENT {0} {1:yyyy-MM-dd} {2:yyyy-MM-dd}", uid, d.LocalDates.Start, d.LocalDates.End.PlusDays(1))
                : string.Format(CultureInfo.InvariantCulture, "EVENT {0} {1} {2}", uid, item.Range.Start.ToUnixTimeSeconds(), item.Range.End.ToUnixTimeSeconds()));
        }

        // A deadline-kind stage held all day on its own due date is one event, not two (issue 12 item 11).
        foreach (var stage in timetable.Stages.Where(s => s.Deadline is not null && !(s.Kind == StageKind.Deadline && s.Timing.IsAllDay && s.Timing.LocalDates.Start == timetable.ResolveDeadline(s.Id)!.DueDate && s.Timing.LocalDates.End == s.Timing.LocalDates.Start)))
        {
            var due = timetable.ResolveDeadline(stage.Id)!.DueDate;
            expected.Add(string.Format(CultureInfo.InvariantCulture, "EVENT {0} {1:yyyy-MM-dd} {2:yyyy-MM-dd}", feeds.DeadlineUidOf(stage.Id), due, due.PlusDays(1)));
        }

        return expected;
    }

    [Fact]
    public void Export_SampleTimetable_MatchesGoldenFile()
    {
        // Regenerate with REVIEWTIMELINES_UPDATE_GOLDEN=<path to Data/golden/sample-timetable.ics>, then review the diff.
        var actual = Ics(FeedScope.Timetable);
        if (Environment.GetEnvironmentVariable("REVIEWTIMELINES_UPDATE_GOLDEN") is { Length: > 0 } target)
        {
            File.WriteAllText(target, actual);
        }

        actual.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "golden", "sample-timetable.ics")));
    }

    [Fact]
    public void Export_ModelFeed_SameBytesForRebuiltTimetable()
    {
        var again = new TimetableFeeds(Sample.ToBuilder().Build(), new TimetableFeedOptions(Domain) { DeadlineAlarm = Duration.FromDays(2), RefreshInterval = Duration.FromHours(6) });

        new IcsExporter(Tzdb).Export(again.Build(FeedScope.Timetable)).Should().Be(Ics(FeedScope.Timetable));
    }
}
