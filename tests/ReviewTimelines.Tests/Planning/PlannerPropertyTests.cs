using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.Tests.Planning.TestCalendars;

namespace ReviewTimelines.Tests.Planning;

/// <summary>Property tests on random acyclic rule sets, calendars and plenaries.</summary>
public class PlannerPropertyTests
{
    private static readonly SourceReference Test = SourceReference.Estimate("generated");

    /// <summary>A random scenario: a rule set, T0, calendars, plenaries; built from a seed so failures are reproducible.</summary>
    private sealed record Scenario(StageRuleSet Rules, LocalDate Start, PlanningCalendars Calendars, ZonedDateRange[] Plenaries, int Seed)
    {
        public override string ToString() => "seed " + Seed + ": " + string.Join("; ", Rules.Rules) + " from " + Start;
    }

    private static readonly Gen<Scenario> Scenarios = Gen.Int.Select(Build);

    /// <summary>Stage kinds with no order invariant between them (see <c>StageOrderInvariantTests</c> for those), so every generated set is valid.</summary>
    private static readonly StageKind[] NeutralKinds =
    [
        StageKind.Notification, StageKind.FocalPointAppointment, StageKind.Teleconference, StageKind.SelfAssessmentChecklist,
        StageKind.CountryVisit, StageKind.JointMeeting, StageKind.Publication, StageKind.Translation, StageKind.Deadline,
    ];

    private static Scenario Build(int seed)
    {
        var random = new Random(seed);
        var units = Enum.GetValues<PlanningUnit>();
        var count = random.Next(1, 9);
        var rules = new List<StageRule>();
        for (var i = 0; i < count; i++)
        {
            var shape = random.Next(2) == 0 ? StageShape.Deadline : StageShape.DateRange;
            var aligned = shape == StageShape.DateRange && random.Next(4) == 0;
            var rule = new StageRule(new StageKey("S" + i), NeutralKinds[random.Next(NeutralKinds.Length)], "Stage " + i, Test)
            {
                Predecessor = i == 0 || random.Next(5) == 0 ? null : new StageKey("S" + random.Next(i)),
                Anchor = random.Next(3) == 0 ? OffsetAnchor.PredecessorStart : OffsetAnchor.PredecessorEnd,
                Offset = new StageSpan(random.Next(shape == StageShape.DateRange ? 1 : 0, 30), units[random.Next(units.Length)]),
                Duration = new StageSpan(random.Next(shape == StageShape.DateRange ? 1 : 0, 30), units[random.Next(units.Length)]),
                Shape = shape,
                Party = (ResponsibleParty)random.Next(3),
                Roll = (DeadlineRoll)random.Next(3),
                Alignment = aligned ? new PlenaryAlignment(new StageSpan(random.Next(0, 6), PlanningUnit.Months), null, random.Next(0, 3)) : null,
                IsPinned = aligned && random.Next(2) == 0,
            };
            rules.Add(rule);
        }

        // Declare in a shuffled order: the planner must still respect predecessors.
        var shuffled = rules.OrderBy(_ => random.Next()).ToArray();
        var start = new LocalDate(2000, 1, 1).PlusDays(random.Next(0, 365 * 30));
        var plenaries = Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => start.PlusDays(random.Next(0, 1500)))
            .Select(d => ZonedDateRange.FromDates(d, d.PlusDays(random.Next(0, 5)), Tzdb["Europe/Paris"]))
            .ToArray();
        return new Scenario(new StageRuleSet(new MechanismId("GEN"), "generated", "T0", shuffled), start, Calendars(random), plenaries, seed);
    }

    private static PlanningCalendars Calendars(Random random)
    {
        WorkingCalendar One(string name, string zone)
        {
            var builder = new WorkingCalendarBuilder(name, Tzdb[zone]);
            if (random.Next(2) == 0)
            {
                builder.AddWeekendRule(WeekendRule.FridaySaturday);
            }

            return builder.Build();
        }

        return new PlanningCalendars(One("C", "Asia/Jerusalem"), One("S", "Europe/Vienna"), random.Next(2) == 0 ? null : One("E", "America/New_York"));
    }

    private static LocalDate AnchorOf(StagePlan plan, StageRule rule) =>
        rule.Predecessor is not { } p ? plan.Start
        : rule.Anchor == OffsetAnchor.PredecessorStart ? plan[p].Start
        : plan[p].End;

    [Fact]
    public void Plan_RandomRuleSets_NoStageStartsBeforeItsAnchor()
    {
        Scenarios.Sample(
            s =>
            {
                var plan = new Planner(s.Rules).Plan(s.Start, s.Calendars, s.Plenaries);
                foreach (var stage in plan.Stages)
                {
                    stage.Start.Should().BeGreaterThanOrEqualTo(AnchorOf(plan, stage.Rule), stage.ToString());
                    if (stage.Rule.Predecessor is { } p && stage.Rule.Anchor == OffsetAnchor.PredecessorEnd)
                    {
                        stage.Start.Should().BeGreaterThanOrEqualTo(plan[p].End, "offsets are never negative");
                    }
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Plan_RandomRuleSets_IsDeterministicAndInPredecessorOrder()
    {
        Scenarios.Sample(
            s =>
            {
                var first = new Planner(s.Rules).Plan(s.Start, s.Calendars, s.Plenaries);
                var rebuilt = new StageRuleSet(s.Rules.Mechanism, s.Rules.Name, s.Rules.StartDescription, s.Rules.Rules);
                var second = new Planner(rebuilt).Plan(s.Start, s.Calendars, s.Plenaries.Reverse());

                second.Stages.Select(x => (x.Key, x.Dates, x.Placement)).Should().Equal(first.Stages.Select(x => (x.Key, x.Dates, x.Placement)));
                second.Warnings.Should().Equal(first.Warnings);
                var seen = new HashSet<StageKey>();
                foreach (var stage in first.Stages)
                {
                    if (stage.Rule.Predecessor is { } p)
                    {
                        seen.Should().Contain(p);
                    }

                    seen.Add(stage.Key);
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Replan_LaterActual_NeverMovesAnyStageEarlier()
    {
        Gen.Select(Scenarios, Gen.Int[0, 100], Gen.Int[0, 60]).Sample(
            (s, pick, delay) =>
            {
                var planner = new Planner(s.Rules);
                var plan = planner.Plan(s.Start, s.Calendars, s.Plenaries);
                var late = plan.Stages[pick % plan.Stages.Count];
                var actual = new StageActual(late.Key, new DateInterval(late.Start.PlusDays(delay), late.End.PlusDays(delay)));

                var report = planner.Replan(plan, [actual]);

                report.Moves.Where(m => m.StartShiftDays < 0 || m.EndShiftDays < 0).Should().BeEmpty("a later actual never pulls a stage earlier");
                report.Moves.Where(m => m.To.Rule.IsPinned && m.Key != late.Key).Should().BeEmpty("pinned stages do not move");
                if (delay == 0)
                {
                    report.Moves.Should().BeEmpty();
                }
            },
            iter: 1000);
    }
}
