using System.Globalization;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Json.Tests;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Feeds;

/// <summary>
/// Issue 12: model -> .ics -> model keeps every item, instant, date and text, for random timetables that cover every
/// part of the model (all stage and meeting kinds, all-day and timed items in odd zones, deadlines, escaping text).
/// </summary>
public class ModelRoundTripPropertyTests
{
    [Fact]
    public void RandomTimetables_WholeTimetableFeed_ImportsBackEveryItemInstantAndSummary()
    {
        var checkedEvents = 0;
        for (var seed = 1; seed <= 200; seed++)
        {
            var timetable = RandomTimetables.Create(seed).Timetable;
            var feeds = new TimetableFeeds(timetable, new TimetableFeedOptions("roundtrip.reviewtimelines.test"));
            var document = feeds.Build(FeedScope.Timetable);
            var ics = new IcsExporter(Tzdb).Export(document);
            var imported = ImportIcs(ics, Options("UTC", "2017-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));

            imported.Problems.Should().BeEmpty("seed {0}", seed);

            // Instants and dates straight from the model (ScheduledItem.Range / local dates, deadlines' due dates).
            var back = imported.Events.Select(e => e.Range is { } r
                    ? string.Format(CultureInfo.InvariantCulture, "EVENT {0} {1} {2}", e.Uid, r.Start.ToUnixTimeSeconds(), r.End.ToUnixTimeSeconds())
                    : string.Format(CultureInfo.InvariantCulture, "EVENT {0} {1:yyyy-MM-dd} {2:yyyy-MM-dd}", e.Uid, e.Dates!.Start, e.Dates.End.PlusDays(1)))
                .Order(StringComparer.Ordinal);
            back.Should().Equal(TimetableFeedsTests.ModelExpectedLines(timetable, feeds).Order(StringComparer.Ordinal), "seed {0}", seed);

            // Every item's text comes back as written, and names the model's item.
            foreach (var e in document.Events)
            {
                imported.Events.Single(i => i.Uid == e.Uid).Summary.Should().Be(e.Summary, "seed {0}, {1}", seed, e.Uid);
            }

            foreach (var stage in timetable.Stages)
            {
                document.Events.Single(e => e.Uid == feeds.UidOf(Model.TimetableItemRef.For(stage.Id))).Summary.Should().Contain(stage.Name, "seed {0}", seed);
            }

            foreach (var meeting in timetable.Meetings)
            {
                document.Events.Single(e => e.Uid == feeds.UidOf(Model.TimetableItemRef.For(meeting.Id))).Summary.Should().Contain(meeting.Name, "seed {0}", seed);
            }

            checkedEvents += document.Events.Count;
        }

        checkedEvents.Should().BeGreaterThan(1000);
    }
}
