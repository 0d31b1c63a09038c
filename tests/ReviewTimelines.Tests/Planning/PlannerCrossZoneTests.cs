using CsCheck;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.Tests.Planning.TestCalendars;

namespace ReviewTimelines.Tests.Planning;

/// <summary>Stages chained across time zones start at or after their predecessor's end instant.</summary>
public class PlannerCrossZoneTests
{
    private static readonly SourceReference Test = SourceReference.Estimate("test");

    private static readonly string[] Zones = ["America/Bogota", "Europe/Vienna", "America/New_York", "Asia/Tokyo", "Pacific/Auckland"];

    /// <summary>A deadline of the State under review on T0, then a seat date range of three weeks from the day after.</summary>
    private static StageRuleSet DeadlineThenSeatRange(ResponsibleParty second = ResponsibleParty.Seat) => new(
        new MechanismId("TEST"),
        "cross-zone",
        "T0",
        [
            new StageRule(new StageKey("A"), StageKind.SelfAssessmentChecklist, "Checklist due", Test),
            new StageRule(new StageKey("B"), StageKind.Translation, "Translation", Test)
            {
                Predecessor = new StageKey("A"),
                Offset = StageSpan.FromDays(1),
                Duration = StageSpan.FromWeeks(3),
                Shape = StageShape.DateRange,
                Party = second,
            },
        ]);

    private static Instant At(string text) => InstantPattern.General.Parse(text).Value;

    [Fact]
    public void Plan_BogotaDeadlineThenViennaStage_StartsOnFirstViennaDayAfterExpiry()
    {
        // UNCAC U4 -> U5 in the sample: the checklist is due 12 Apr 2021 in Bogota, expiring 13 Apr 05:00Z.
        // 13 Apr in Vienna starts 12 Apr 22:00Z (7 h too early); 14 Apr starts 13 Apr 22:00Z.
        var calendars = new PlanningCalendars(SatSun("COL", "America/Bogota"), SatSun("Vienna", "Europe/Vienna"));

        var plan = new Planner(DeadlineThenSeatRange()).Plan(D(2021, 4, 12), calendars);

        plan["A"].Deadline.Should().Be(At("2021-04-13T05:00:00Z"));
        plan["B"].Dates.Should().Be(ZonedDateRange.FromDates(D(2021, 4, 14), D(2021, 5, 4), Tzdb["Europe/Vienna"]));
        plan["B"].Dates.ToInstantRange().Start.Should().Be(At("2021-04-13T22:00:00Z"));
    }

    [Fact]
    public void Plan_BogotaDeadlineThenWashingtonStage_StartsAfterExpiryNotAnHourBefore()
    {
        // MESICIC M8 -> M9 in the sample: Colombia's reply due 13 Sep 2021 (expires 14 Sep 05:00Z); 14 Sep in Washington
        // starts at 04:00Z, an hour early, so the revision starts 15 Sep.
        var calendars = new PlanningCalendars(SatSun("COL", "America/Bogota"), SatSun("Washington", "America/New_York"));

        var plan = new Planner(DeadlineThenSeatRange()).Plan(D(2021, 9, 13), calendars);

        plan["A"].Deadline.Should().Be(At("2021-09-14T05:00:00Z"));
        plan["B"].Start.Should().Be(D(2021, 9, 15));
    }

    [Fact]
    public void Plan_ViennaDeadlineThenBogotaStage_StartsTheNextLocalDay()
    {
        // Westwards the next local day already starts after the expiry: 12 Apr in Vienna expires 12 Apr 22:00Z,
        // 13 Apr in Bogota starts 13 Apr 05:00Z.
        var calendars = new PlanningCalendars(SatSun("AUT", "Europe/Vienna"), SatSun("Bogota", "America/Bogota"));

        var plan = new Planner(DeadlineThenSeatRange()).Plan(D(2021, 4, 12), calendars);

        plan["B"].Start.Should().Be(D(2021, 4, 13));
    }

    [Fact]
    public void Plan_StartAnchorAcrossZones_ChainsLocalDates()
    {
        // A Tokyo stage from 1 Mar 2021 (28 Feb 15:00Z); a New York stage anchored on its start (zero offset) starts 1 Mar in
        // New York (1 Mar 05:00Z): the end-instant guard applies only to stages that follow their predecessor's end.
        var rules = new StageRuleSet(
            new MechanismId("TEST"),
            "start anchor",
            "T0",
            [
                new StageRule(new StageKey("A"), StageKind.CountryVisit, "Visit", Test) { Duration = StageSpan.FromDays(3), Shape = StageShape.DateRange },
                new StageRule(new StageKey("B"), StageKind.DeskReview, "Parallel work", Test)
                {
                    Predecessor = new StageKey("A"), Anchor = OffsetAnchor.PredecessorStart, Duration = StageSpan.FromDays(3), Shape = StageShape.DateRange, Party = ResponsibleParty.Seat,
                },
            ]);
        var calendars = new PlanningCalendars(SatSun("JPN", "Asia/Tokyo"), SatSun("NY", "America/New_York"));

        var plan = new Planner(rules).Plan(D(2021, 3, 1), calendars);

        plan["B"].Start.Should().Be(D(2021, 3, 1));
        plan["B"].Dates.ToInstantRange().Start.Should().BeGreaterThanOrEqualTo(plan["A"].Dates.ToInstantRange().Start);
    }

    [Fact]
    public void Replan_BogotaDeadlineSlipsThenViennaStage_StartsAfterTheActualExpiry()
    {
        var calendars = new PlanningCalendars(SatSun("COL", "America/Bogota"), SatSun("Vienna", "Europe/Vienna"));
        var planner = new Planner(DeadlineThenSeatRange());
        var plan = planner.Plan(D(2021, 4, 12), calendars);

        var report = planner.Replan(plan, [StageActual.On(new StageKey("A"), D(2021, 4, 20))]);

        report.Plan["B"].Start.Should().Be(D(2021, 4, 22));
    }

    private sealed record Scenario(StageRuleSet Rules, LocalDate Start, PlanningCalendars Calendars, ZonedDateRange[] Plenaries, int Seed)
    {
        public override string ToString() => "seed " + Seed + ": " + string.Join("; ", Rules.Rules) + " from " + Start + " " + Calendars;
    }

    /// <summary>Rules set for "after" their predecessor (end anchor, offset of at least one day, no backward roll), random zones.</summary>
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
        var count = random.Next(2, 9);
        var rules = new List<StageRule>();
        for (var i = 0; i < count; i++)
        {
            var shape = random.Next(2) == 0 ? StageShape.Deadline : StageShape.DateRange;
            var aligned = shape == StageShape.DateRange && random.Next(4) == 0;
            rules.Add(new StageRule(new StageKey("S" + i), NeutralKinds[random.Next(NeutralKinds.Length)], "Stage " + i, Test)
            {
                Predecessor = i == 0 ? null : new StageKey("S" + random.Next(i)),
                Offset = new StageSpan(random.Next(1, 20), units[random.Next(units.Length)]),
                Duration = new StageSpan(random.Next(shape == StageShape.DateRange ? 1 : 0, 20), units[random.Next(units.Length)]),
                Shape = shape,
                Party = (ResponsibleParty)random.Next(3),
                Roll = random.Next(2) == 0 ? DeadlineRoll.None : DeadlineRoll.NextWorkingDay,
                Alignment = aligned ? new PlenaryAlignment(new StageSpan(random.Next(1, 5), PlanningUnit.Months), null, random.Next(0, 3)) : null,
            });
        }

        WorkingCalendar Calendar(string name)
        {
            var builder = new WorkingCalendarBuilder(name, Tzdb[Zones[random.Next(Zones.Length)]]);
            if (random.Next(2) == 0)
            {
                builder.AddWeekendRule(WeekendRule.FridaySaturday);
            }

            return builder.Build();
        }

        var start = new LocalDate(2000, 1, 1).PlusDays(random.Next(0, 365 * 30));
        var plenaries = Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => start.PlusDays(random.Next(0, 1500)))
            .Select(d => ZonedDateRange.FromDates(d, d.PlusDays(random.Next(0, 5)), Tzdb[Zones[random.Next(Zones.Length)]]))
            .ToArray();
        var calendars = new PlanningCalendars(Calendar("C"), Calendar("S"), random.Next(2) == 0 ? null : Calendar("E"));
        return new Scenario(new StageRuleSet(new MechanismId("GEN"), "generated", "T0", rules), start, calendars, plenaries, seed);
    }

    private static Instant EndOf(PlannedStage stage) => stage.Deadline ?? stage.Dates.ToInstantRange().End;

    [Fact]
    public void Plan_RandomZonesAndDayAfterRules_NoStageStartsBeforeItsPredecessorEnds()
    {
        Gen.Int.Select(Build).Sample(
            s =>
            {
                var plan = new Planner(s.Rules).Plan(s.Start, s.Calendars, s.Plenaries);
                foreach (var stage in plan.Stages.Where(x => x.Rule.Predecessor is not null))
                {
                    var predecessor = plan[stage.Rule.Predecessor!.Value];
                    stage.Dates.ToInstantRange().Start.Should().BeGreaterThanOrEqualTo(EndOf(predecessor), "{0} follows {1}", stage, predecessor);
                }
            },
            iter: 1000);
    }

    [Fact]
    public void Plan_RandomZonesAndDayAfterRules_FirstDayIsTheFirstLocalDayAfterThePredecessorForOneDayOffsets()
    {
        Gen.Int.Select(Build).Sample(
            s =>
            {
                var plan = new Planner(s.Rules).Plan(s.Start, s.Calendars, s.Plenaries);
                foreach (var stage in plan.Stages.Where(x => x.Rule is { Predecessor: not null, Alignment: null, Shape: StageShape.DateRange, Roll: DeadlineRoll.None }
                    && x.Rule.Offset == StageSpan.FromDays(1) && x.Rule.Duration.Unit != PlanningUnit.WorkingDays))
                {
                    // Brute-force oracle: walk local dates of the stage's zone until one starts at or after the predecessor's end.
                    var end = EndOf(plan[stage.Rule.Predecessor!.Value]);
                    var zone = stage.Dates.Zone;
                    var day = end.InZone(zone).Date.PlusDays(-2);
                    while (day.AtStartOfDayInZone(zone).ToInstant() < end)
                    {
                        day = day.PlusDays(1);
                    }

                    stage.Start.Should().Be(day, stage.ToString());
                }
            },
            iter: 1000);
    }
}
