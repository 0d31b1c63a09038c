using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Tests.Export;
using ReviewTimelines.Model;
using ReviewTimelines.Tests.Shared;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Feeds;

/// <summary>Feeds of the illustrative sample timetable (samples/sample-timetable.json: published 2020-2022 meetings and sample reviews): every scope exports, imports back and parses in ical.js.</summary>
public class SampleTimetableFeedTests
{
    private static readonly Timetable Sample = SampleTimetableFile.Timetable;
    private static readonly TimetableFeeds Feeds = new(Sample, new TimetableFeedOptions("reference.reviewtimelines.test") { DeadlineAlarm = Duration.FromDays(1) });
    private static readonly IcsExporter Exporter = new(Tzdb);

    [Fact]
    public void Build_EveryScope_ExportsAndImportsBackWithTheSameUids()
    {
        var timetable = Sample;
        var scopes = new[] { FeedScope.Timetable }
            .Concat(timetable.Mechanisms.Select(m => FeedScope.ForMechanism(m.Id)))
            .Concat(timetable.Countries.Select(c => FeedScope.ForCountry(c.Code)))
            .Concat(timetable.Persons.Select(p => FeedScope.ForPerson(p.Id)))
            .ToList();
        var all = Feeds.Build(FeedScope.Timetable).Events.Select(e => e.Uid).ToHashSet(StringComparer.Ordinal);

        foreach (var scope in scopes)
        {
            var document = Feeds.Build(scope);
            var imported = ImportIcs(Exporter.Export(document), Options("Europe/Vienna", "2019-01-01T00:00:00Z", "2030-01-01T00:00:00Z"));

            document.Events.Select(e => e.Uid).Except(imported.Events.Select(e => e.Uid)).Should().BeEmpty("{0} imports back whole; problems: {1}", scope, string.Join(" | ", imported.Problems));
            imported.Events.Select(e => e.Uid).Order(StringComparer.Ordinal).Should().Equal(document.Events.Select(e => e.Uid).Order(StringComparer.Ordinal), "{0} imports back whole", scope);
            document.Events.Where(e => !all.Contains(e.Uid)).Should().BeEmpty("{0} is a subset of the whole timetable", scope);
        }

        all.Should().HaveCount(timetable.Stages.Length + timetable.Meetings.Length + timetable.Stages.Count(s => s.Deadline is not null && !IsOwnDeadline(timetable, s)));
    }

    [Fact]
    public void Build_EveryScope_EqualsOracleFromTheModelsRawFields()
    {
        // Oracle written from the entities' own fields (not from Timetable.ResourcesOf, which the feeds use).
        var t = Sample;
        var reviewOf = t.Reviews.SelectMany(r => r.Stages.Select(s => (s.Id, Review: r))).ToDictionary(x => x.Id, x => x.Review);

        bool MeetingHoldsCountry(Meeting m, CountryCode c) =>
            m.Delegations.Contains(c)
            || (m.AllMemberStates && m.Mechanism is { } id && (t.GetMechanism(id).MemberStates is { Length: > 0 } members ? members.Contains(c) : t.Countries.Any(x => x.Code == c)));

        IEnumerable<string> Expected(Func<Stage, bool> stage, Func<Meeting, bool> meeting, TimetableResource? party) =>
            t.Stages.Where(stage).Select(s => Feeds.UidOf(TimetableItemRef.For(s.Id)))
                .Concat(t.Meetings.Where(meeting).Select(m => Feeds.UidOf(TimetableItemRef.For(m.Id))))
                .Concat(t.Stages.Where(s => s.Deadline is not null && !IsOwnDeadline(t, s) && (stage(s) || s.Deadline.Party == party)).Select(s => Feeds.DeadlineUidOf(s.Id)))
                .Order(StringComparer.Ordinal);

        IEnumerable<string> Actual(FeedScope scope) => Feeds.Build(scope).Events.Select(e => e.Uid).Order(StringComparer.Ordinal);

        foreach (var m in t.Mechanisms)
        {
            Actual(FeedScope.ForMechanism(m.Id)).Should().Equal(Expected(s => reviewOf[s.Id].Mechanism == m.Id, x => x.Mechanism == m.Id, null), m.Id.Value);
        }

        foreach (var c in t.Countries)
        {
            Actual(FeedScope.ForCountry(c.Code)).Should().Equal(Expected(s => reviewOf[s.Id].StateUnderReview == c.Code, x => MeetingHoldsCountry(x, c.Code), TimetableResource.ForCountry(c.Code)), c.Code.Value);
        }

        foreach (var p in t.Persons)
        {
            Actual(FeedScope.ForPerson(p.Id)).Should().Equal(Expected(s => s.Participants.Contains(p.Id), x => x.Attendees.Contains(p.Id), TimetableResource.ForPerson(p.Id)), p.Id.Value);
        }

        t.Persons.Count(p => Feeds.Build(FeedScope.ForPerson(p.Id)).Events.Count > 0).Should().BePositive("the oracle must be exercised on non-empty person feeds");
    }

    [Fact]
    public void IcalJs_SampleTimetableFeed_ReadsTheModelsInstants()
    {
        var document = Feeds.Build(FeedScope.Timetable);

        IndependentParserTests.RunIcalJs(IndependentParserTests.WriteSample("reference-feed", document))
            .Should().Equal(TimetableFeedsTests.ModelExpectedLines(Sample, Feeds).Order(StringComparer.Ordinal));
    }

    /// <summary>Oracle of issue 12 item 11: a deadline-kind stage held all day on its own due date is one event, not two.</summary>
    private static bool IsOwnDeadline(Timetable t, Stage s) =>
        s.Kind == StageKind.Deadline && s.Timing.IsAllDay && s.Timing.LocalDates.Start == t.ResolveDeadline(s.Id)!.DueDate && s.Timing.LocalDates.End == t.ResolveDeadline(s.Id)!.DueDate;
}
