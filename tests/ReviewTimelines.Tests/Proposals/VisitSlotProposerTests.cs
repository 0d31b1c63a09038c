using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using static ReviewTimelines.Tests.Proposals.ProposalWorld;

namespace ReviewTimelines.Tests.Proposals;

public sealed class VisitSlotProposerTests
{
    private static readonly DateTimeZone Berlin = Tzdb["Europe/Berlin"];
    private static readonly DateInterval March2021 = new(new LocalDate(2021, 3, 1), new LocalDate(2021, 3, 31));

    private static LocalDate D(int month, int day) => new(2021, month, day);

    /// <summary>GRECO's 4-day visit to Austria (two experts and a secretariat officer), preferred Mon 15 March 2021.</summary>
    private static ProposalWorld Austria2021() =>
        new ProposalWorld()
            .Country("AUT", Austria)
            .Country("DEU", new WorkingCalendarBuilder("DEU", Berlin).Build())
            .Person("expert-x", Berlin)
            .Person("expert-y", Tzdb["Europe/Ljubljana"])
            .Person("officer", Paris)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 15), D(3, 18), ["expert-x", "expert-y", "officer"])
            .Visit("WGB-DEU", Wgb, "DEU", D(3, 15), D(3, 18), ["expert-x"], zone: Berlin);

    private static VisitSlotRequest Request(DateInterval window) => new() { Visit = new StageId("GRECO-AUT"), Window = window, MaxCandidates = 4 };

    [Fact]
    public void Propose_ExpertBusyInPreferredWeek_RanksNearestFreeRunsByDisplacement()
    {
        // expert-x is in Germany 15-18 March; runs are Mon-Thu or Tue-Fri.
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(Austria2021().Build(), Request(March2021));

        proposal.Candidates.Select(c => (c.Dates.Start, c.Dates.End, c.Score)).Should().Equal(
            (D(3, 9), D(3, 12), 6),
            (D(3, 8), D(3, 11), 7),
            (D(3, 22), D(3, 25), 7),
            (D(3, 23), D(3, 26), 8));
        proposal.Candidates[0].DisplacementDays.Should().Be(-6);
        proposal.Candidates[0].Reasons.Should().ContainSingle().Which.Explanation.Should().Be("starts 6 days before the preferred date 2021-03-15");
        proposal.Candidates[0].Range.ToString().Should().Be("2021-03-08T23:00:00Z/2021-03-12T23:00:00Z");
        proposal.TotalRuns.Should().Be(8);
        proposal.Blockers.Should().ContainSingle().Which.Should().Match<SlotBlocker>(b =>
            b.Kind == SlotBlockerKind.ResourceBusy && b.Resource == TimetableResource.ForPerson(new PersonId("expert-x")) && b.BlockedRuns == 2 && !b.BlocksAll);
    }

    [Fact]
    public void Propose_OtherMechanismVisitsSameCountry_KeepsTenWorkingDaysSeparation()
    {
        // WGB visits Austria Mon 29 March - Thu 1 April: a GRECO run must end by Fri 12 March (15-26 March are the
        // 10 working days in between).
        var timetable = Austria2021().Visit("WGB-AUT", Wgb, "AUT", D(3, 29), D(4, 1), ["officer-wgb"]).Person("officer-wgb", Paris).Build();
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(timetable, Request(March2021));

        proposal.Candidates.Select(c => c.Dates.Start).Should().Equal(D(3, 9), D(3, 8), D(3, 2), D(3, 1));
        var separation = proposal.Blockers.Single(b => b.Kind == SlotBlockerKind.Separation);
        separation.BlockedRuns.Should().Be(4);
        separation.Message.Should().Be("The separation of 10 working days from WGB visit WGB-AUT on 2021-03-29/2021-04-01 rules out 4 of the 8 4-working-day runs in 2021-03-01/2021-03-31.");
        proposal.Blockers[0].Should().Be(separation);
    }

    [Fact]
    public void Propose_HolidaysLeaveNoRun_SaysSo()
    {
        // 31 March - 8 April 2021 in Austria: Easter Monday (5 April) leaves runs of at most 3 working days.
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(Austria2021().Build(), Request(new DateInterval(D(3, 31), D(4, 8))));

        proposal.Found.Should().BeFalse();
        proposal.Blockers.Should().ContainSingle().Which.Kind.Should().Be(SlotBlockerKind.NoWorkingDayRun);
        proposal.Explain().Should().Be("The weekends and holidays of AUT leave no run of 4 consecutive working days in 2021-03-31/2021-04-08 (holidays: 2021-04-05 Easter Monday).");
    }

    [Fact]
    public void Propose_ExpertUnavailableAllWindow_NamesTheExpert()
    {
        var timetable = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("expert-x", Berlin, ItemTiming.AllDay(D(3, 1), D(3, 31), Berlin))
            .Person("officer", Paris)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 15), D(3, 18), ["expert-x", "officer"])
            .Build();
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(timetable, Request(March2021));

        proposal.Found.Should().BeFalse();
        var blocker = proposal.Blockers.Should().ContainSingle().Subject;
        blocker.BlocksAll.Should().BeTrue();
        blocker.Message.Should().StartWith("person:expert-x is busy during every 4-working-day run in 2021-03-01/2021-03-31 (unavailable ");
    }

    [Fact]
    public void Propose_RamadanWarning_PushesRunsTouchingItDown()
    {
        var morocco = new WorkingCalendarBuilder("MAR", Tzdb["Africa/Casablanca"])
            .AddSoftPeriod(SoftPeriod.Religious("Ramadan 1442", new DateInterval(D(4, 13), D(5, 12)), 1, SoftPeriodSeverity.Warning))
            .Build();
        var timetable = new ProposalWorld()
            .Country("MAR", morocco)
            .Person("officer", Paris)
            .Visit("GRECO-AUT", Irm, "MAR", D(4, 12), D(4, 15), ["officer"], zone: morocco.Zone)
            .Build();
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(timetable, Request(new DateInterval(D(4, 1), D(4, 30))));

        proposal.Candidates.Select(c => (c.Dates.Start, c.Score)).Should().Equal((D(4, 6), 6), (D(4, 5), 7), (D(4, 12), 10), (D(4, 13), 11));
        proposal.Candidates[2].Reasons.Select(r => r.Kind).Should().Equal(ScoreComponentKind.Displacement, ScoreComponentKind.SoftPeriod);
        proposal.Candidates[2].Reasons[1].Explanation.Should().Contain("Ramadan 1442");
    }

    [Fact]
    public void Propose_ExpertBackFromAnotherVisitDaysBefore_AddsFairnessPoints()
    {
        // expert-x is in Germany until the end of Thu 18 March. With 4 rest days required, a run from Mon 22 March
        // leaves only 19-21 March free (3 points), while the run from Tue 23 March leaves 19-22 (1 day displaced):
        // the later run ranks first.
        var options = new ProposalOptions { MinimumRestDays = 4, RestPoints = 3 };
        var proposal = new VisitSlotProposer(options).Propose(Austria2021().Build(), Request(new DateInterval(D(3, 22), D(3, 31))) with { PreferredStart = D(3, 22) });

        proposal.Candidates.Select(c => (c.Dates.Start, c.Score)).Should().Equal((D(3, 23), 1), (D(3, 22), 3));
        proposal.Candidates[1].Reasons.Should().ContainSingle(r => r.Kind == ScoreComponentKind.Fairness)
            .Which.Explanation.Should().Be("person:expert-x would have fewer than 4 free days next to stage:WGB-DEU");
    }

    [Fact]
    public void BC11_TouchingBusyItem_DoesNotBlockTheRun()
    {
        // BC-11: half-open ranges. An all-day unavailability on Mon 8 March in Vienna ends at 9 March 00:00 Vienna,
        // exactly where a run starting Tue 9 March begins: the run is offered. A call ending one second later blocks it.
        var touching = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("expert-x", Vienna, ItemTiming.AllDay(D(3, 8), D(3, 8), Vienna))
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 9), D(3, 12), ["expert-x"])
            .Build();
        var overlapping = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("expert-x", Vienna)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 9), D(3, 12), ["expert-x"])
            .Timed("CALL", Wgb, "AUT", new LocalDateTime(2021, 3, 8, 23, 0), new LocalDateTime(2021, 3, 9, 0, 0, 1), Vienna, ["expert-x"])
            .Build();
        var window = new DateInterval(D(3, 9), D(3, 12));
        var proposer = new VisitSlotProposer(new ProposalOptions { MinimumRestDays = 0 });

        proposer.Propose(touching, Request(window)).Candidates.Select(c => c.Dates.Start).Should().Equal(D(3, 9));
        var blocked = proposer.Propose(overlapping, Request(window));
        blocked.Found.Should().BeFalse();
        blocked.Blockers.Single().Message.Should().Be("person:expert-x is busy during every 4-working-day run in 2021-03-09/2021-03-12 (stage:CALL).");
    }

    [Fact]
    public void BC22_UnavailabilityBelongsToTheOwnersZone_BlocksTheKolkataDayItReaches()
    {
        // BC-22 (b): an out-of-office day on 2025-12-22 in Berlin blocks [2025-12-21T23:00Z, 2025-12-22T23:00Z), which
        // reaches 04:30 IST on Dec 23. A one-day visit to India on Dec 23 (from 2025-12-22T18:30Z) is therefore blocked;
        // Dec 24 is offered.
        var kolkata = Tzdb["Asia/Kolkata"];
        var india = new WorkingCalendarBuilder("IND", kolkata).Build();
        var timetable = new ProposalWorld()
            .Country("IND", india)
            .Person("expert-berlin", Berlin, ItemTiming.AllDay(new LocalDate(2025, 12, 22), new LocalDate(2025, 12, 22), Berlin))
            .Visit("IRM-IND", Irm, "IND", new LocalDate(2025, 12, 23), new LocalDate(2025, 12, 23), ["expert-berlin"], zone: kolkata)
            .Build();
        var proposal = new VisitSlotProposer(new ProposalOptions { MinimumRestDays = 0 }).Propose(
            timetable,
            new VisitSlotRequest { Visit = new StageId("IRM-IND"), Window = new DateInterval(new LocalDate(2025, 12, 23), new LocalDate(2025, 12, 24)) });

        proposal.Candidates.Select(c => c.Dates.Start).Should().Equal(new LocalDate(2025, 12, 24));
        proposal.Blockers.Single().Message.Should().Contain("person:expert-berlin").And.Contain("1 of the 2");
    }

    [Fact]
    public void Propose_NotAVisit_Throws()
    {
        var timetable = Austria2021().Timed("CALL", Wgb, "AUT", new LocalDateTime(2021, 3, 8, 9, 0), new LocalDateTime(2021, 3, 8, 10, 0), Vienna, ["expert-x"]).Build();
        var proposer = new VisitSlotProposer(new ProposalOptions());

        FluentActions.Invoking(() => proposer.Propose(timetable, new VisitSlotRequest { Visit = new StageId("CALL"), Window = March2021 }))
            .Should().Throw<ArgumentException>().WithMessage("*CALL*not a country visit*");
        FluentActions.Invoking(() => proposer.Propose(timetable, new VisitSlotRequest { Visit = new StageId("NOPE"), Window = March2021 }))
            .Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => new VisitSlotProposer(new ProposalOptions { SeparationWorkingDays = -1 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.SeparationWorkingDays");
    }
}
