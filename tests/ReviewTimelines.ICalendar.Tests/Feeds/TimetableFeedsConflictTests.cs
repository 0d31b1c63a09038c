using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.Conflicts;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Model;
using static ReviewTimelines.ICalendar.Tests.Feeds.SampleTimetable;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Feeds;

/// <summary>Conflicts from the detector shown on the events they touch; other secretariats' feeds as outside busy time for the detector.</summary>
public class TimetableFeedsConflictTests
{
    private const string Domain = "feeds.reviewtimelines.test";
    private static readonly Timetable Sample = Build();
    private static readonly FakeClock Clock = new(Instant.FromUtc(2021, 3, 1, 9, 0));

    private static string[] Lines(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

    [Fact]
    public void Build_WithDetectedConflicts_EveryTouchedEventShowsExactlyItsConflicts()
    {
        var conflicts = new ConflictDetector().Detect(Sample);
        var feeds = new TimetableFeeds(Sample, new TimetableFeedOptions(Domain), conflicts);

        var document = feeds.Build(FeedScope.Timetable);

        conflicts.Should().Contain(
            c => c.Kind == ConflictKind.PersonDoubleBooked && c.Items.Contains(ConflictItemRef.For(GrecoVisit)) && c.Items.Contains(ConflictItemRef.For(IrmCall)),
            "the expert is on the Austrian visit and in the Nepal dialogue on 29 March 2021");
        foreach (var e in document.Events)
        {
            feeds.TryParseUid(e.Uid, out var item, out var isDeadline).Should().BeTrue();
            var expected = conflicts
                .Where(c => c.Items.Any(i => i.TryGetTimetableItem(out var t) && t == item) && (c.Kind == ConflictKind.DeadlineOnNonWorkingDay) == isDeadline)
                .Select(c => c.Id.Value)
                .Order(StringComparer.Ordinal);
            e.Conflicts.Select(c => c.Id).Order(StringComparer.Ordinal).Should().Equal(expected, e.Uid);
        }

        var visit = document.Events.Single(e => e.Uid == feeds.UidOf(TimetableItemRef.For(GrecoVisit)));
        var doubleBooked = conflicts.First(c => c.Kind == ConflictKind.PersonDoubleBooked && c.Items.Contains(ConflictItemRef.For(IrmCall)));
        visit.Conflicts.Should().ContainEquivalentOf(new { Id = doubleBooked.Id.Value, Kind = "person-double-booked", Severity = doubleBooked.Severity.ToString().ToLowerInvariant(), Sentence = doubleBooked.Description });
        Lines(new IcsExporter(Tzdb).Export(document)).Should().ContainInOrder(
            "UID:" + feeds.UidOf(TimetableItemRef.For(GrecoVisit)),
            "CATEGORIES:GRECO,Country visit,CONFLICT",
            IcsExporter.ConflictProperty + ";X-KIND=person-double-booked;X-SEVERITY=" + doubleBooked.Severity.ToString().ToLowerInvariant() + ":" + doubleBooked.Id.Value);
    }

    [Fact]
    public void Build_ConflictsOnOneEvent_HardFirstThenById()
    {
        var conflicts = new ConflictDetector().Detect(Sample);
        var document = new TimetableFeeds(Sample, new TimetableFeedOptions(Domain), conflicts.Reverse()).Build(FeedScope.Timetable);

        document.Events.Should().Contain(e => e.Conflicts.Count > 1, "the test needs an event with several conflicts");
        foreach (var e in document.Events.Where(e => e.Conflicts.Count > 1))
        {
            var keys = e.Conflicts.Select(c => (Rank: Enum.Parse<ConflictSeverity>(c.Severity, ignoreCase: true), c.Id)).ToList();
            keys.Should().BeInAscendingOrder(k => k.Rank).And.BeEquivalentTo(keys.OrderBy(k => k.Rank).ThenBy(k => k.Id, StringComparer.Ordinal), o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void Build_ConflictsWithNull_ThrowsArgumentException()
    {
        var act = () => new TimetableFeeds(Sample, new TimetableFeedOptions(Domain), [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("conflicts");
    }

    [Fact]
    public void Build_ConflictNamingAnUnknownStage_ThrowsNamingIt()
    {
        var stranger = new Conflict(
            ConflictKind.PersonDoubleBooked,
            ConflictSeverity.Hard,
            [ConflictItemRef.For(new StageId("OTHER-1")), ConflictItemRef.For(IrmCall)],
            TimetableResource.ForPerson(Expert),
            Range("2021-03-29T03:15:00Z", "2021-03-29T04:45:00Z"),
            "The expert is booked twice.");

        var act = () => new TimetableFeeds(Sample, new TimetableFeedOptions(Domain), [stranger]);

        act.Should().Throw<ArgumentException>().WithParameterName("conflicts").WithMessage("*stage:OTHER-1*");
    }

    [Fact]
    public void IcsExternalBusy_OtherSecretariatsVisitFeed_DetectorReportsCountryVisitOverlap()
    {
        // Another secretariat publishes its own visit to Austria on 29-31 March 2021 (all-day, Vienna).
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:mesicic-aut-visit@oas.example\r\nDTSTAMP:20210101T000000Z\r\nDTSTART;VALUE=DATE:20210329\r\nDTEND;VALUE=DATE:20210401\r\nSUMMARY:MESICIC on-site visit to Austria\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:free@oas.example\r\nDTSTAMP:20210101T000000Z\r\nDTSTART;VALUE=DATE:20210325\r\nTRANSP:TRANSPARENT\r\nSUMMARY:Reminder only\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";
        var aut = TimetableResource.ForCountry(Aut);
        var imported = ImportIcs(ics, Options("Europe/Vienna", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z"));

        var outside = IcsExternalBusy.From("oas.ics", aut, imported, Sample.ZoneOf(aut));
        var conflicts = new ConflictDetector().Detect(Sample, outside);

        outside.Should().ContainSingle().Which.Should().Be(new ExternalBusy("oas.ics#mesicic-aut-visit@oas.example@2021-03-28T22:00:00Z", aut, Range("2021-03-28T22:00:00Z", "2021-03-31T22:00:00Z"), "MESICIC on-site visit to Austria (oas.ics)"));
        conflicts.Should().Contain(c => c.Kind == ConflictKind.CountryVisitOverlap
            && c.Items.Contains(ConflictItemRef.For(GrecoVisit))
            && c.Items.Contains(ConflictItemRef.For(outside[0]))
            && c.Interval == Range("2021-03-28T22:00:00Z", "2021-03-29T22:00:00Z"));
    }
}
