using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class VisitDuringPlenaryRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.VisitDuringPlenary);

    [Fact]
    public void Detect_VisitDuringPlenaryWithTheStatesDelegation_ReportsOnTheCountry()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Plenary("WGB March 2021 plenary", Wgb, D(2021, 3, 10), D(2021, 3, 11), [Aut, Deu])
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.VisitDuringPlenary);
        conflict.Severity.Should().Be(ConflictSeverity.Hard);
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("GRECO-AUT-visit")), ConflictItemRef.For(new MeetingId("WGB March 2021 plenary")));
        conflict.Resource.Should().Be(TimetableResource.ForCountry(Aut));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 9, 23, 0), Instant.FromUtc(2021, 3, 11, 23, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) overlaps WGB March 2021 plenary (2021-03-10 to 2021-03-11), which Austria's delegation attends, by 2 days.");
    }

    [Fact]
    public void Detect_ExpertOnVisitAttendsPlenary_ReportedHereNeverAsDoubleBooking()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Plenary("WGB March 2021 plenary", Wgb, D(2021, 3, 12), D(2021, 3, 12), [Deu], Expert)
            .Build();

        var both = CountryVisitOverlapRuleTests.Detector(ConflictKind.VisitDuringPlenary, ConflictKind.PersonDoubleBooked).Detect(timetable);
        var personOnly = CountryVisitOverlapRuleTests.Detector(ConflictKind.PersonDoubleBooked).Detect(timetable);

        var conflict = both.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.VisitDuringPlenary);
        conflict.Resource.Should().Be(TimetableResource.ForPerson(Expert));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) overlaps WGB March 2021 plenary (2021-03-12), which Anna Becker, who is on the visit, attends, by 1 day.");
        personOnly.Should().BeEmpty("a visit during a plenary is that rule's, whichever rules run");
    }

    [Fact]
    public void Detect_PlenaryTouchingVisitOrWithoutTheDelegation_NoConflict()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Plenary("WGB weekend plenary", Wgb, D(2021, 3, 13), D(2021, 3, 13), [Aut])
            .Plenary("WGB other plenary", Wgb, D(2021, 3, 9), D(2021, 3, 9), [Deu])
            .Build();

        OnlyThis.Detect(timetable).Should().BeEmpty();
    }
}
