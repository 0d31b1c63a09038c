using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class JointVisitOpportunityRuleTests
{
    private static readonly ConflictDetector OnlyThis = CountryVisitOverlapRuleTests.Detector(ConflictKind.JointVisitOpportunity);

    [Fact]
    public void Detect_TwoMechanismsAMonthApart_Opportunity()
    {
        var timetable = new ConflictWorld()
            .Visit("GRECO-AUT-visit", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("WGB-AUT-visit", Wgb, Aut, D(2021, 4, 12), D(2021, 4, 16))
            .Build();

        var conflict = OnlyThis.Detect(timetable).Should().ContainSingle().Subject;

        conflict.Kind.Should().Be(ConflictKind.JointVisitOpportunity);
        conflict.Severity.Should().Be(ConflictSeverity.Opportunity);
        conflict.Items.Should().Equal(ConflictItemRef.For(new StageId("GRECO-AUT-visit")), ConflictItemRef.For(new StageId("WGB-AUT-visit")));
        conflict.Interval.Should().Be(InstantRange.FromInstants(Instant.FromUtc(2021, 3, 12, 23, 0), Instant.FromUtc(2021, 4, 11, 22, 0)));
        conflict.Description.Should().Be(
            "GRECO's country visit to Austria (2021-03-08 to 2021-03-12) and OECD WGB's country visit to Austria (2021-04-12 to 2021-04-16) are 30 days apart: consider a joint visit to Austria.");
    }

    [Theory]
    [InlineData(7, true)] // 55 days strictly between 12 March and 7 May
    [InlineData(8, false)] // 56 days: not within 8 weeks
    public void Detect_WindowBoundary_FewerThanSevenNDaysBetween(int mayDay, bool expected)
    {
        var timetable = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("B", Wgb, Aut, D(2021, 5, mayDay), D(2021, 5, mayDay))
            .Build();

        OnlyThis.Detect(timetable).Should().HaveCount(expected ? 1 : 0);
    }

    [Fact]
    public void Detect_SameMechanismOrTooClose_NoOpportunity()
    {
        var sameMechanism = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("B", Greco, Aut, D(2021, 4, 12), D(2021, 4, 16))
            .Build();
        var tooClose = new ConflictWorld()
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12))
            .Visit("B", Wgb, Aut, D(2021, 3, 22), D(2021, 3, 23))
            .Build();

        OnlyThis.Detect(sameMechanism).Should().BeEmpty();
        OnlyThis.Detect(tooClose).Should().BeEmpty("a pair closer than the minimum separation is a country-visit conflict");
        new ConflictDetector().Detect(tooClose).Select(c => c.Kind).Should().Contain(ConflictKind.CountryVisitOverlap).And.NotContain(ConflictKind.JointVisitOpportunity);
    }
}
