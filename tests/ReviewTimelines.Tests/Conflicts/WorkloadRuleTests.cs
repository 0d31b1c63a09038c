using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class WorkloadRuleTests
{
    private static readonly ConflictDetector OnlyWorkload = CountryVisitOverlapRuleTests.Detector(ConflictKind.Workload);

    private static Stage Contributed(string id, StageKind kind, LocalDate first, LocalDate last, DateTimeZone zone, params PersonId[] people) => new()
    {
        Id = new StageId(id),
        Kind = kind,
        Name = kind == StageKind.DeskReview ? "Desk review" : "Self-assessment checklist",
        Timing = ItemTiming.AllDay(first, last, zone),
        Participants = [.. people],
    };

    private static ConflictWorld FourReviews() => new ConflictWorld()
        .Review("GRECO-AUT", Greco, Aut, Contributed("GRECO-AUT-desk", StageKind.DeskReview, D(2021, 9, 1), D(2021, 11, 30), Berlin, Expert))
        .Review("IRM-ISR", Irm, Isr, Contributed("IRM-ISR-desk", StageKind.DeskReview, D(2021, 10, 1), D(2021, 12, 31), Berlin, Expert))
        .Review("WGB-ARE", Wgb, Are, Contributed("WGB-ARE-desk", StageKind.DeskReview, D(2021, 10, 15), D(2021, 11, 15), Berlin, Expert))
        .Review("GRECO-DEU", Greco, Deu, Contributed("GRECO-DEU-checklist", StageKind.SelfAssessmentChecklist, D(2021, 11, 1), D(2022, 1, 31), Berlin, Expert));

    [Fact]
    public void Detect_ExpertContributingToFourReviewsAtOnce_OneSoftConflictNamingTheFour()
    {
        var conflict = OnlyWorkload.Detect(FourReviews().Build()).Should().ContainSingle().Subject;

        conflict.Severity.Should().Be(ConflictSeverity.Soft);
        conflict.Resource.Should().Be(TimetableResource.ForPerson(Expert));
        conflict.Items.Select(i => i.Id).Should().Equal("GRECO-AUT-desk", "IRM-ISR-desk", "WGB-ARE-desk", "GRECO-DEU-checklist");

        // All four run on 1-15 November 2021 in Berlin (+01:00).
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 10, 31, 23, 0), Instant.FromUtc(2021, 11, 15, 23, 0)));
        conflict.Description.Should().StartWith("Anna Becker contributes to 4 reviews at once (2021-11-01 to 2021-11-15, Anna Becker's time; more than 3): ");
    }

    [Fact]
    public void Detect_ThreeReviewsAtOnce_IsWithinTheDefaultLimit()
    {
        var timetable = new ConflictWorld()
            .Review("GRECO-AUT", Greco, Aut, Contributed("a", StageKind.DeskReview, D(2021, 9, 1), D(2021, 11, 30), Berlin, Expert))
            .Review("IRM-ISR", Irm, Isr, Contributed("b", StageKind.DeskReview, D(2021, 10, 1), D(2021, 12, 31), Berlin, Expert))
            .Review("WGB-ARE", Wgb, Are, Contributed("c", StageKind.DeskReview, D(2021, 10, 15), D(2021, 11, 15), Berlin, Expert))
            .Build();

        OnlyWorkload.Detect(timetable).Should().BeEmpty();
    }

    [Fact]
    public void Detect_BothLimitsExceeded_StillOneConflictForThePerson()
    {
        var options = new ConflictDetectorOptions { WorkloadMaxAttendedDays = 5, WorkloadWindowDays = 10 };
        options.Kinds.Clear();
        options.Kinds.Add(ConflictKind.Workload);
        var timetable = FourReviews()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 11, 8), D(2021, 11, 10), Expert)
            .Visit("WGB-ISR-visit", Wgb, Isr, D(2021, 11, 15), D(2021, 11, 17), Expert)
            .Visit("IRM-ARE-visit", Irm, Are, D(2021, 12, 13), D(2021, 12, 15), Expert)
            .Build();

        var conflict = new ConflictDetector(options).Detect(timetable).Should().ContainSingle().Subject;

        // 6 attended dates (8-10 and 15-17 November) within 10 days; the December visit is alone in its window.
        conflict.Items.Select(i => i.Id).Should().Equal("GRECO-AUT-desk", "IRM-ISR-desk", "WGB-ARE-desk", "GRECO-DEU-checklist", "GRECO-AUT-visit", "WGB-ISR-visit");
        conflict.Description.Should().Contain("and attends visits and meetings on 6 days within 10 days (2021-11-08 to 2021-11-17, local dates; more than 5): ");
    }

    [Fact]
    public void Options_WorkloadLimitOutOfRange_Throws()
    {
        var act = () => new ConflictDetector(new ConflictDetectorOptions { WorkloadMaxConcurrentReviews = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*WorkloadMaxConcurrentReviews must be between 1 and 100*");
    }
}
