using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using static ReviewTimelines.Tests.Proposals.ProposalWorld;

namespace ReviewTimelines.Tests.Proposals;

public sealed class JointVisitAdvisorTests
{
    private static LocalDate D(int month, int day) => new(2021, month, day);

    private static (LocalDate, LocalDate) Span(Timetable t, string id) => (t.GetStage(new StageId(id)).Timing.LocalDates.Start, t.GetStage(new StageId(id)).Timing.LocalDates.End);

    private static ProposalWorld World(bool wgbPinned) =>
        new ProposalWorld()
            .Country("AUT", Austria)
            .Country("DEU", new WorkingCalendarBuilder("DEU", Tzdb["Europe/Berlin"]).Build())
            .Person("expert-x", Tzdb["Europe/Berlin"])
            .Person("officer", Paris)
            .Person("officer-wgb", Paris)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 15), D(3, 18), ["expert-x", "officer"])
            .Visit("WGB-AUT", Wgb, "AUT", D(3, 29), D(4, 1), ["officer-wgb"], pinned: wgbPinned)
            .Visit("WGB-DEU", Wgb, "DEU", D(3, 15), D(3, 18), ["expert-x"], zone: Tzdb["Europe/Berlin"]);

    [Fact]
    public void Propose_TwoVisitsTwoWeeksApart_MeetHalfWayOnTheFirstFreeRun()
    {
        // Any start between 15 and 29 March costs 14 days in total; 15-19 March are blocked (expert-x is in Germany),
        // so the lowest-scored run among the ties is Mon 22 - Thu 25 March: GRECO +7, WGB -7.
        var proposals = new JointVisitAdvisor(new ProposalOptions()).Propose(World(false).Build(), MoveWindows.Around(28), 42);

        var p = proposals.Should().ContainSingle().Subject;
        p.Country.Should().Be(new CountryCode("AUT"));
        (p.Dates.Start, p.Dates.End).Should().Be((D(3, 22), D(3, 25)));
        p.Moves.Select(m => (m.Item.Id, m.DisplacementDays)).Should().Equal(("GRECO-AUT", 7), ("WGB-AUT", -7));
        p.TotalDisplacementDays.Should().Be(14);
        p.Explanation.Should().StartWith("GRECO (2021-03-15/2021-03-18) and WGB (2021-03-29/2021-04-01) could visit AUT together on 2021-03-22/2021-03-25: ");
    }

    [Fact]
    public void Propose_PinnedPartner_OtherVisitJoinsIt()
    {
        var p = new JointVisitAdvisor(new ProposalOptions()).Propose(World(true).Build(), MoveWindows.Around(28), 42).Single();

        (p.Dates.Start, p.Dates.End).Should().Be((D(3, 29), D(4, 1)));
        p.Moves.Should().ContainSingle().Which.Should().Match<VisitMove>(m => m.Item.Id == "GRECO-AUT" && m.DisplacementDays == 14);
    }

    [Fact]
    public void Propose_AppliedMoves_LeaveBothVisitsOnTheJointDates()
    {
        var timetable = World(false).Build();
        var p = new JointVisitAdvisor(new ProposalOptions()).Propose(timetable, MoveWindows.Around(28), 42).Single();

        var moved = p.Moves.Aggregate(timetable, (t, m) => m.ApplyTo(t));

        Span(moved, "GRECO-AUT").Should().Be((D(3, 22), D(3, 25)));
        Span(moved, "WGB-AUT").Should().Be((D(3, 22), D(3, 25)));
        moved.GetStage(new StageId("GRECO-AUT")).Revision.Should().Be(timetable.GetStage(new StageId("GRECO-AUT")).Revision + 1);
    }

    [Fact]
    public void Propose_TooFarApartOrWindowsDisjoint_NoProposal()
    {
        var advisor = new JointVisitAdvisor(new ProposalOptions());
        advisor.Propose(World(false).Build(), MoveWindows.Around(28), 13).Should().BeEmpty();
        var narrow = MoveWindows.Around(0);
        advisor.Propose(World(false).Build(), narrow, 42).Should().BeEmpty();
        FluentActions.Invoking(() => advisor.Propose(World(false).Build(), narrow, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxGapDays");
    }
}
