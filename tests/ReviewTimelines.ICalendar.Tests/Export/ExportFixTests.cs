using NodaTime;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;
using ReviewTimelines.Tests.Shared;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Export;

/// <summary>Issue 12 items 9, 11 and 12: DTSTAMP from the data, ORGANIZER, no duplicate deadline events, the opt-in blackout feed.</summary>
public class ExportFixTests
{
    private static readonly IcsExporter Exporter = new(Tzdb);

    private static FeedEvent Event(string uid, Instant? changed) => new()
    {
        Uid = uid,
        Summary = uid,
        Dates = new DateInterval(new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 3)),
        LastModified = changed,
    };

    private static string[] Lines(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

    [Fact]
    public void DtStamp_ComesFromLastModified_WithLastModifiedProperty()
    {
        var export = Exporter.ExportWithWarnings(new FeedDocument { Name = "t", Events = [Event("a", Instant.FromUtc(2025, 1, 10, 9, 30))] });

        Lines(export.Text).Should().ContainInOrder("UID:a", "DTSTAMP:20250110T093000Z", "LAST-MODIFIED:20250110T093000Z");
        export.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void DtStamp_EventWithoutLastChange_TakesTheFeedsLatestAndSaysSo()
    {
        var export = Exporter.ExportWithWarnings(new FeedDocument
        {
            Name = "t",
            Events = [Event("a", Instant.FromUtc(2025, 1, 10, 9, 30)), Event("b", Instant.FromUtc(2025, 2, 1, 0, 0)), Event("c", null)],
        });

        Lines(export.Text).Should().ContainInOrder("UID:c", "DTSTAMP:20250201T000000Z");
        export.Warnings.Should().Equal("1 event(s) have no last change (c); their DTSTAMP is 2025-02-01T00:00:00Z, the latest last change in the feed.");
    }

    [Fact]
    public void DtStamp_NoLastChangeAnywhere_IsTheFixedFallbackOnAnyDay()
    {
        var document = new FeedDocument { Name = "t", Events = [Event("a", null)] };

        var export = Exporter.ExportWithWarnings(document);

        Lines(export.Text).Should().Contain("DTSTAMP:20000101T000000Z");
        export.Warnings.Should().ContainSingle().Which.Should().EndWith("the fixed fallback (no event of the feed has a last change).");
        Exporter.Export(document).Should().Be(export.Text);
    }

    [Fact]
    public void Organizer_IsWrittenOnEveryEventForMethodPublish()
    {
        var ics = Exporter.Export(new FeedDocument { Name = "t", Events = [Event("a", null)], Organizer = new FeedOrganizer("GRECO Secretariat", "mailto:greco@coe.example") });

        Lines(ics).Should().Contain("ORGANIZER;CN=GRECO Secretariat:mailto:greco@coe.example");
    }

    [Fact]
    public void Organizer_DefaultsFromTheDomainAndCanBeTurnedOff()
    {
        var reference = SampleTimetableFile.Timetable;

        new TimetableFeeds(reference, new TimetableFeedOptions("feeds.example.org")).Build(FeedScope.Timetable).Organizer
            .Should().Be(new FeedOrganizer("Review timetable publisher", "mailto:calendar@feeds.example.org"));
        new TimetableFeeds(reference, new TimetableFeedOptions("feeds.example.org") { Organizer = null }).Build(FeedScope.Timetable).Organizer.Should().BeNull();
    }

    [Fact]
    public void DeadlineKindStageOnItsDueDate_IsOneEventNotTwo()
    {
        var reference = SampleTimetableFile.Timetable;
        var feeds = new TimetableFeeds(reference, new TimetableFeedOptions("feeds.example.org") { DeadlineAlarm = Duration.FromDays(1) });
        var own = reference.Stages.Where(s => s.Kind == StageKind.Deadline && s.Deadline is not null && s.Timing.IsAllDay
            && s.Timing.LocalDates.Start == reference.ResolveDeadline(s.Id)!.DueDate && s.Timing.LocalDates.End == s.Timing.LocalDates.Start).ToList();

        var events = feeds.Build(FeedScope.Timetable).Events;

        own.Should().NotBeEmpty("the reference timetable has deadline-kind stages on their due dates");
        events.Select(e => e.Uid).Should().NotContain(own.Select(s => feeds.DeadlineUidOf(s.Id)));
        events.Where(e => own.Any(s => e.Uid == feeds.UidOf(TimetableItemRef.For(s.Id)))).Should().OnlyContain(e => e.AlarmBefore == Duration.FromDays(1));
        events.GroupBy(e => (e.Summary, e.Dates, e.Range)).Should().OnlyContain(g => g.Count() == 1, "no two events are identical");
    }

    [Fact]
    public void BlackoutFeed_IsOptInWithSoftBlackoutsTransparent()
    {
        var reference = SampleTimetableFile.Timetable;
        var feeds = new TimetableFeeds(reference, new TimetableFeedOptions("feeds.example.org"));

        var document = feeds.Build(FeedScope.Blackouts);
        var ics = Lines(Exporter.Export(document));

        document.Events.Should().HaveCount(reference.Blackouts.Length);
        document.Events.Count(e => e.IsTransparent).Should().Be(reference.Blackouts.Count(b => b.Severity == BlackoutSeverity.Soft)).And.BePositive();
        ics.Count(l => l == "TRANSP:TRANSPARENT").Should().Be(reference.Blackouts.Count(b => b.Severity == BlackoutSeverity.Soft));
        feeds.Build(FeedScope.Timetable).Events.Should().NotContain(e => e.Uid.StartsWith("blackout-", StringComparison.Ordinal));
        FeedScope.Blackouts.ToString().Should().Be("blackouts");
    }
}
