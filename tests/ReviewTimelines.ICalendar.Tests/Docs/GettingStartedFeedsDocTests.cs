using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.Conflicts;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.ICalendar.Tests.Docs;

/// <summary>The iCalendar recipe of docs/getting-started.md (region checked against the page by DocSnippetTests).</summary>
public sealed class GettingStartedFeedsDocTests
{
    [Fact]
    public void Feeds_PublishGrecoFeedThenReadItBackAsBusyTime_RoundTripsTheEvents()
    {
        // snippet: feeds-publish-and-import
        IDateTimeZoneProvider zones = DateTimeZoneProviders.Tzdb;
        var sample = new TimetableJson(zones).Read(File.ReadAllText("samples/sample-timetable.json"));
        var conflicts = new ConflictDetector().Detect(sample.Timetable);

        // Publish GRECO's feed, with the conflicts noted on the events they touch.
        var feeds = new TimetableFeeds(sample.Timetable, new TimetableFeedOptions("secretariat.example.org"), conflicts);
        FeedDocument greco = feeds.Build(FeedScope.ForMechanism(ReferenceMechanisms.Greco));
        string ics = new IcsExporter(zones).Export(greco);            // byte-identical for identical input, on any day

        // Another secretariat imports the feed as busy time on GRECO's seat, for ConflictDetector.Detect(itsTimetable, outside).
        var window = InstantRange.FromInstants(Instant.FromUtc(2017, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0));
        var strasbourg = zones["Europe/Paris"];
        IcsImportResult imported = new IcsImporter(zones).Import(ics, new IcsImportOptions(strasbourg, window));
        var outside = IcsExternalBusy.From("GRECO feed", TimetableResource.ForSeat(ReferenceMechanisms.Greco), imported, strasbourg);
        // end snippet

        ics.Should().StartWith("BEGIN:VCALENDAR\r\n").And.Contain("METHOD:PUBLISH\r\n").And.Contain("DTSTAMP:20000101T000000Z\r\n");
        greco.Events.Should().NotBeEmpty();
        imported.Problems.Should().NotContain(p => p.Severity == IcsProblemSeverity.Error);
        imported.Events.Select(e => e.Uid).Should().BeEquivalentTo(greco.Events.Select(e => e.Uid));
        outside.Should().NotBeEmpty().And.OnlyContain(b => b.Resource == TimetableResource.ForSeat(ReferenceMechanisms.Greco));
        new IcsExporter(zones).Export(greco).Should().Be(ics);
    }
}
