using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using static ReviewTimelines.Tests.Proposals.ProposalWorld;

namespace ReviewTimelines.Tests.Proposals;

/// <summary>The examples of docs/proposals.md, as written there.</summary>
public sealed class ProposalsDocExampleTests
{
    private static readonly IDateTimeZoneProvider tzdb = DateTimeZoneProviders.Tzdb;
    private static readonly IsoDayOfWeek[] weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static Timetable Austria2021(bool crowded) => crowded
        ? new ProposalWorld()
            .Country("AUT", Austria)
            .Person("officer", Paris)
            .Visit("WGB-AUT", Wgb, "AUT", new LocalDate(2021, 3, 15), new LocalDate(2021, 3, 18), ["officer"], pinned: true)
            .Visit("GRECO-AUT", Greco, "AUT", new LocalDate(2021, 3, 16), new LocalDate(2021, 3, 19), ["officer"])
            .Build()
        : new ProposalWorld()
            .Country("AUT", Austria)
            .Country("DEU", new WorkingCalendarBuilder("DEU", tzdb["Europe/Berlin"]).Build())
            .Person("expert-x", tzdb["Europe/Berlin"])
            .Person("expert-y", tzdb["Europe/Ljubljana"])
            .Person("officer", Paris)
            .Person("officer-wgb", Paris)
            .Visit("GRECO-AUT", Greco, "AUT", new LocalDate(2021, 3, 15), new LocalDate(2021, 3, 18), ["expert-x", "expert-y", "officer"])
            .Visit("WGB-DEU", Wgb, "DEU", new LocalDate(2021, 3, 15), new LocalDate(2021, 3, 18), ["expert-x"], zone: tzdb["Europe/Berlin"])
            .Build();

    [Fact]
    public void SlotProposals_Example()
    {
        var timetable = Austria2021(crowded: false);
        var proposal = new VisitSlotProposer(new ProposalOptions()).Propose(timetable, new VisitSlotRequest
        {
            Visit = new StageId("GRECO-AUT"),
            Window = new DateInterval(new LocalDate(2021, 3, 1), new LocalDate(2021, 3, 31)),
            MaxCandidates = 3,
        });

        proposal.Candidates.Select(c => c.ToString()).Should().Equal(
            "2021-03-09/2021-03-12 Europe/Vienna score 6 (starts 6 days before the preferred date 2021-03-15)",
            "2021-03-08/2021-03-11 Europe/Vienna score 7 (starts 7 days before the preferred date 2021-03-15)",
            "2021-03-22/2021-03-25 Europe/Vienna score 7 (starts 7 days after the preferred date 2021-03-15)");
        proposal.Explain().Should().Be("person:expert-x is busy during 2 of the 8 4-working-day runs in 2021-03-01/2021-03-31 (stage:WGB-DEU).");
    }

    [Fact]
    public void Resolution_Example()
    {
        var timetable = Austria2021(crowded: true);
        var result = new TimetableResolver(new ResolverOptions()).Resolve(timetable, MoveWindows.Around(28));
        var moved = result.ApplyTo(timetable);

        result.Moves.Single().ToString().Should().Be("stage:GRECO-AUT: 2021-03-16/2021-03-19 Europe/Vienna -> 2021-02-23/2021-02-26 Europe/Vienna (-21 days)");
        moved.GetStage(new StageId("GRECO-AUT")).Timing.LocalDates.Start.Should().Be(new LocalDate(2021, 2, 23));
    }

    [Fact]
    public void JointVisit_Example()
    {
        var timetable = Austria2021(crowded: false).ToBuilder()
            .AddReview(new CountryReview
            {
                Id = new ReviewId("R-WGB-AUT"),
                Mechanism = Wgb,
                Cycle = new CycleId("C-WGB"),
                StateUnderReview = new CountryCode("AUT"),
                Stages =
                [
                    new Stage
                    {
                        Id = new StageId("WGB-AUT"),
                        Kind = StageKind.CountryVisit,
                        Name = "WGB visit",
                        Timing = ItemTiming.AllDay(new LocalDate(2021, 3, 29), new LocalDate(2021, 4, 1), Vienna),
                        Participants = [new PersonId("officer-wgb")],
                    },
                ],
            })
            .Build();

        var p = new JointVisitAdvisor(new ProposalOptions()).Propose(timetable, MoveWindows.Around(28), 42).Single();

        p.Dates.ToString().Should().Be("2021-03-22/2021-03-25 Europe/Vienna");
        p.Moves.Select(m => m.DisplacementDays).Should().Equal(7, -7);
    }

    [Fact]
    public void VirtualSessions_Example()
    {
        var office = (string name, string zone) => new SessionParticipant(name, new WorkingCalendarBuilder(name, tzdb[zone])
            .AddWorkingHours(WorkingHours.Uniform(null, weekdays, WorkingHoursRange.FromHours(8, 0, 18, 0))).Build());
        var planner = new VirtualSessionPlanner(new VirtualSessionOptions { HostZone = tzdb["Europe/Vienna"], MaxLength = Duration.FromHours(3) });
        var plan = planner.Plan(new LocalDate(2021, 3, 11), 7, [office("Vienna", "Europe/Vienna"), office("New York", "America/New_York")]);

        plan.On(new LocalDate(2021, 3, 12))!.LocalTimes.Select(l => l.ToString()).Should().Equal(
            "Vienna 2021-03-12T14:00:00+01:00/2021-03-12T17:00:00+01:00",
            "New York 2021-03-12T08:00:00-05:00/2021-03-12T11:00:00-05:00");
        plan.On(new LocalDate(2021, 3, 15))!.LocalTimes.Select(l => l.ToString()).Should().Equal(
            "Vienna 2021-03-15T13:00:00+01:00/2021-03-15T16:00:00+01:00",
            "New York 2021-03-15T08:00:00-04:00/2021-03-15T11:00:00-04:00");
        plan.Unplaced.Select(u => u.Date.Day).Should().Equal(13, 14);
    }
}
