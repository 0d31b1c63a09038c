using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class SequenceViolationRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.SequenceViolation);

    private static Stage Questionnaire(LocalDate last) => new()
    {
        Id = new StageId("questionnaire"),
        Kind = StageKind.SelfAssessmentChecklist,
        Name = "Questionnaire",
        Timing = ItemTiming.AllDay(D(2021, 2, 1), last, Vienna),
    };

    private static Stage Visit(LocalDate first, StageDeadline? deadline = null) =>
        VisitStage("visit", first, first.PlusDays(4), Vienna) with { Predecessors = [new StageId("questionnaire")], Deadline = deadline };

    [Fact]
    public void Detect_StageStartsBeforePredecessorEnds_Hard()
    {
        var timetable = new ConflictWorld().Review("R", Greco, Aut, Questionnaire(D(2021, 3, 10)), Visit(D(2021, 3, 8))).Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("questionnaire")), ConflictItemRef.For(new StageId("visit")));
        conflict.Resource.Should().Be(TimetableResource.ForCountry(Aut));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 7, 23, 0), Instant.FromUtc(2021, 3, 10, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) starts before its predecessor GRECO's stage \"Questionnaire\" for Austria (2021-02-01 to 2021-03-10) ends.");
    }

    [Fact]
    public void Detect_StageStartsWhenPredecessorEnds_NoConflict()
    {
        var timetable = new ConflictWorld().Review("R", Greco, Aut, Questionnaire(D(2021, 3, 7)), Visit(D(2021, 3, 8))).Build();

        OnlyThis.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_StageEndsAfterItsDeadline_HardForTheOverrun()
    {
        var deadline = new StageDeadline(D(2021, 3, 11), TimetableResource.ForCountry(Aut), DeadlineRoll.None);
        var timetable = new ConflictWorld().Review("R", Greco, Aut, Questionnaire(D(2021, 3, 1)), Visit(D(2021, 3, 8), deadline)).Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("visit")));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 11, 23, 0), Instant.FromUtc(2021, 3, 12, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) ends after its deadline of 2021-03-11 (Austria) by 1 day.");
    }

    [Fact]
    public void Detect_StageEndingAtTheExpiry_InTime()
    {
        var deadline = new StageDeadline(D(2021, 3, 12), TimetableResource.ForCountry(Aut), DeadlineRoll.None);
        var timetable = new ConflictWorld().Review("R", Greco, Aut, Questionnaire(D(2021, 3, 1)), Visit(D(2021, 3, 8), deadline)).Build();

        OnlyThis.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_ZeroLengthMarkerAtTheExpiry_InTimeOneSecondLaterLate()
    {
        var expiry = Instant.FromUtc(2021, 3, 12, 23, 0); // end of Fri 12 March in Vienna
        var deadline = new StageDeadline(D(2021, 3, 12), TimetableResource.ForCountry(Aut), DeadlineRoll.None);
        Timetable With(Instant at) => new ConflictWorld()
            .Review("R", Greco, Aut, TimedStage("submitted", StageKind.Deadline, at, at, Vienna) with { Deadline = deadline })
            .Build();

        OnlyThis.Detect(With(expiry)).Should().BeEmpty();
        var late = OnlyThis.Detect(With(expiry + Duration.FromSeconds(1))).Should().ContainSingle().Subject;
        late.Interval.Should().Be(InstantRange.AtInstant(expiry + Duration.FromSeconds(1)));
    }
}
