using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.Tests.Planning.TestCalendars;

namespace ReviewTimelines.Tests.Planning;

/// <summary>Issue 14, items 1-4: the order, visit, deadline and fall-back invariants, validated on rule sets and kept on real dates.</summary>
public class StageOrderInvariantTests
{
    private static readonly SourceReference Test = SourceReference.Estimate("test rule");

    private static StageKey K(string key) => new(key);

    private static StageRuleSet Set(params StageRule[] rules) => new(new MechanismId("TEST"), "test", "T0", rules);

    private static readonly StageRuleSet[] ReferenceRuleSets = Catalog.Mechanisms.Where(m => m.RuleSet is not null).Select(m => m.RuleSet!).ToArray();

    [Fact]
    public void ReferenceCatalog_EveryRuleSet_PassesValidation() =>
        ReferenceRuleSets.Select(r => r.Mechanism.Value).Should().Equal("UNCAC-IRM", "GRECO", "OECD-WGB", "OAS-MESICIC", "FATF");

    [Fact]
    public void StageRuleSet_ReportAgreedNotOrderedAfterDialogue_ThrowsNamingBothStages()
    {
        // The UNCAC rule set before issue 14: the report counted from the visit only, the dialogue ran on in parallel.
        var act = () => Set(
            new StageRule(K("D"), StageKind.DeskReview, "Desk review", Test),
            new StageRule(K("DLG"), StageKind.Dialogue, "Active dialogue", Test) { Predecessor = K("D"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromMonths(2), Shape = StageShape.DateRange },
            new StageRule(K("V"), StageKind.CountryVisit, "Visit", Test) { Predecessor = K("D"), Offset = StageSpan.FromWeeks(1), Duration = StageSpan.FromWorkingDays(3), Shape = StageShape.DateRange },
            new StageRule(K("R"), StageKind.DraftReport, "Report agreed", Test) { Predecessor = K("V"), Duration = StageSpan.FromMonths(1) });

        var ex = act.Should().Throw<InvalidStageRuleException>().Which;
        ex.RuleKey.Should().Be(K("R"));
        ex.Message.Should().Contain("'R' (Report agreed)").And.Contain("'DLG' (Active dialogue)").And.Contain("report agreement must come after the dialogue");
    }

    [Fact]
    public void StageRuleSet_ConsiderationNotOrderedBeforeAdoption_ThrowsNamingBothStages()
    {
        // MESICIC before issue 14: the subgroups (and so the plenary) counted from the start of the members' consideration.
        var act = () => Set(
            new StageRule(K("C"), StageKind.DeskReview, "Members consider the drafts", Test) { Duration = StageSpan.FromWeeks(3), Shape = StageShape.DateRange },
            new StageRule(K("S"), StageKind.Dialogue, "Subgroups", Test)
            {
                Predecessor = K("C"), Anchor = OffsetAnchor.PredecessorStart, Duration = StageSpan.FromWorkingDays(2), Shape = StageShape.DateRange,
                Alignment = new PlenaryAlignment(StageSpan.Zero, null, 2),
            },
            new StageRule(K("A"), StageKind.Adoption, "Adoption", Test)
            {
                Predecessor = K("S"), Duration = StageSpan.FromDays(5), Shape = StageShape.DateRange, Alignment = new PlenaryAlignment(StageSpan.Zero),
            });

        act.Should().Throw<InvalidStageRuleException>().WithMessage("*'A' (Adoption)*'C' (Members consider the drafts)*consideration must end before the adoption*");
    }

    [Fact]
    public void StageRuleSet_FollowUpNotAfterAdoption_ThrowsNamingBothStages()
    {
        var act = () => Set(
            new StageRule(K("V"), StageKind.CountryVisit, "Visit", Test) { Duration = StageSpan.FromWorkingDays(3), Shape = StageShape.DateRange },
            new StageRule(K("A"), StageKind.Adoption, "Adoption", Test) { Predecessor = K("V"), Duration = StageSpan.FromDays(5), Shape = StageShape.DateRange, Alignment = new PlenaryAlignment(StageSpan.FromMonths(4)) },
            new StageRule(K("F"), StageKind.FollowUp, "Follow-up report", Test) { Predecessor = K("V"), Duration = StageSpan.FromMonths(18) });

        act.Should().Throw<InvalidStageRuleException>().WithMessage("*'F' (Follow-up report)*'A' (Adoption)*follow-up must come after the adoption*");
    }

    [Fact]
    public void StageRuleSet_RangeStartingOnItsPredecessorsLastDay_ThrowsNamingBothStages()
    {
        var act = () => Set(
            new StageRule(K("A"), StageKind.Translation, "Translation", Test) { Duration = StageSpan.FromWeeks(2), Shape = StageShape.DateRange },
            new StageRule(K("B"), StageKind.Translation, "Second translation", Test) { Predecessor = K("A"), Duration = StageSpan.FromWeeks(2), Shape = StageShape.DateRange });

        act.Should().Throw<InvalidStageRuleException>().WithMessage("*'B' (Second translation)*end of 'A'*zero Offset*").Which.Field.Should().Be("Offset");
    }

    [Fact]
    public void StageRuleSet_AlsoAfterCycle_Throws()
    {
        var act = () => Set(
            new StageRule(K("A"), StageKind.Deadline, "A", Test) { AlsoAfter = [K("B")] },
            new StageRule(K("B"), StageKind.Deadline, "B", Test) { Predecessor = K("A") });

        act.Should().Throw<InvalidStageRuleException>().WithMessage("*cycle*");
    }

    [Fact]
    public void PlenaryRhythm_GrecoPatternInStrasbourgWithAHoliday_EstimatesMondayToFridayWeeksOffHolidays()
    {
        var seat = new WorkingCalendarBuilder("Strasbourg", Tzdb["Europe/Paris"]).AddPublicHoliday(D(2026, 6, 1), "Whit Monday (test)").Build();
        var pattern = Catalog[ReferenceMechanisms.Greco].Patterns[0].ToRhythm(seat)!;

        var estimates = pattern.EstimatesFrom(D(2026, 5, 1)).Take(3).ToArray();

        // June 2026: Monday 1 June is the seat's holiday, so the first Monday-Friday week that fits is 8-12 June.
        estimates[0].Should().Be(ZonedDateRange.FromDates(D(2026, 6, 8), D(2026, 6, 12), Tzdb["Europe/Paris"]));
        estimates.SelectMany(e => e.Dates).Should().OnlyContain(d => seat.IsWorkingDay(d));
    }

    [Fact]
    public void Plan_NoPublishedPlenary_UsesStoredPatternMarkedAsEstimateNeverOnAWeekend()
    {
        var greco = Catalog[ReferenceMechanisms.Greco];
        var seat = SatSun("Strasbourg", "Europe/Paris");
        var planner = new Planner(greco.RuleSet!, greco.Patterns.Select(p => p.ToRhythm(seat)).OfType<PlenaryRhythm>());

        var plan = planner.Plan(D(2026, 1, 5), new PlanningCalendars(SatSun("FIN", "Europe/Helsinki"), seat));

        plan["G5"].Placement.Should().Be(StagePlacement.EstimatedPlenary);
        plan["G5"].Dates.Dates.Select(d => d.DayOfWeek).Should().OnlyContain(d => d != IsoDayOfWeek.Saturday && d != IsoDayOfWeek.Sunday);
        plan["G5"].Start.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        plan.WarningsFor(K("G5")).Should().ContainSingle().Which.Should().Contain("estimated from the stored meeting pattern").And.Contain("Mon ");
    }

    /// <summary>Property (issue 14 "tests that must exist"): random starts, every reference rule set, random calendars.</summary>
    [Fact]
    public void Plan_RandomStartsAndEveryReferenceRuleSet_KeepsEveryInvariant()
    {
        var gen = Gen.Select(Gen.Int[0, ReferenceRuleSets.Length - 1], Gen.Int[0, 365 * 20], Gen.Int);
        gen.Sample(
            (index, days, seed) =>
            {
                var random = new Random(seed);
                var ruleSet = ReferenceRuleSets[index];
                var profile = Catalog[ruleSet.Mechanism];
                var calendars = new PlanningCalendars(Country(random, D(2005, 1, 1).PlusDays(days)), Seat(random, profile.SeatZone.Id, D(2005, 1, 1).PlusDays(days)));
                var patterns = random.Next(2) == 0 ? [] : profile.Patterns.Where(p => p.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession).Select(p => p.ToRhythm(calendars.Seat)).OfType<PlenaryRhythm>().ToArray();
                var plenaries = profile.Meetings.Where(m => m.Dates is not null && m.Kind is MeetingKind.Plenary or MeetingKind.ImplementationReviewGroupSession).Select(m => m.Dates!.Value);
                var plan = new Planner(ruleSet, patterns).Plan(D(2005, 1, 1).PlusDays(days), calendars, plenaries);
                AssertInvariants(plan);
            },
            iter: 400);
    }

    private static WorkingCalendar Country(Random random, LocalDate start)
    {
        var zones = new[] { "Europe/Vienna", "America/Bogota", "Asia/Tokyo", "Asia/Riyadh", "Africa/Nairobi", "Pacific/Auckland" };
        var builder = new WorkingCalendarBuilder("Country", Tzdb[zones[random.Next(zones.Length)]]);
        if (random.Next(3) == 0)
        {
            builder.AddWeekendRule(WeekendRule.FridaySaturday);
        }

        AddHolidays(builder, random, start);
        return builder.Build();
    }

    private static WorkingCalendar Seat(Random random, string zone, LocalDate start)
    {
        var builder = new WorkingCalendarBuilder("Seat", Tzdb[zone]);
        AddHolidays(builder, random, start);
        return builder.Build();
    }

    private static void AddHolidays(WorkingCalendarBuilder builder, Random random, LocalDate start)
    {
        foreach (var day in Enumerable.Range(0, 40).Select(_ => start.PlusDays(random.Next(0, 1500))).Distinct())
        {
            builder.AddPublicHoliday(day, "Holiday");
        }
    }

    private static Instant StartOf(PlannedStage stage) => stage.Rule.Shape == StageShape.Deadline ? stage.Deadline!.Value : stage.Dates.ToInstantRange().Start;

    private static Instant EndOf(PlannedStage stage) => stage.Dates.ToInstantRange().End;

    private static void AssertInvariants(StagePlan plan)
    {
        foreach (var stage in plan.Stages)
        {
            var rule = stage.Rule;

            // 1. Each stage starts (a deadline: expires) after the predecessors it follows end.
            if (rule.Predecessor is { } p && rule.Anchor == OffsetAnchor.PredecessorEnd)
            {
                StartOf(stage).Should().BeGreaterThanOrEqualTo(EndOf(plan[p]), "{0} follows the end of {1}", stage, plan[p]);
            }

            foreach (var after in rule.AlsoAfter)
            {
                var bound = rule.Alignment is { LeadWorkingDays: > 0 } a
                    ? plan.Stages.Where(s => s.Rule.Predecessor == rule.Key).Select(StartOf).DefaultIfEmpty(StartOf(stage)).Max()
                    : StartOf(stage);
                bound.Should().BeGreaterThanOrEqualTo(EndOf(plan[after]), "{0} comes after {1}", stage, plan[after]);
            }

            // 3. Deadlines roll off the responsible party's non-working days unless the rule says "no roll".
            var calendar = plan.Calendars.For(rule.Party);
            if (rule.Shape == StageShape.Deadline && rule.Roll != DeadlineRoll.None)
            {
                calendar.IsWorkingDay(stage.End).Should().BeTrue("{0} is a deadline that rolls", stage);
            }

            // 2. Visits take consecutive working days of the host, none a seat holiday.
            if (rule.Kind is StageKind.CountryVisit && rule.Duration.Unit == PlanningUnit.WorkingDays && !rule.MaySpanNonWorkingDays)
            {
                foreach (var day in stage.Dates.Dates)
                {
                    plan.Calendars.Country.IsWorkingDay(day).Should().BeTrue("{0}: {1} is a visit day", stage, day);
                    plan.Calendars.Seat.NonWorkingDayOn(day).Should().BeNull("{0}: {1} is a visit day", stage, day);
                }
            }

            // 4. A fall-back or estimated plenary never lands on a non-working day of the seat.
            // (A stage of lead working days before the plenary only starts and ends on working days.)
            if (stage.Placement is StagePlacement.EstimatedPlenary or StagePlacement.AlignmentFallback && rule.Party == ResponsibleParty.Seat)
            {
                var days = rule.Alignment is { LeadWorkingDays: > 0 } ? [stage.Start, stage.End] : stage.Dates.Dates.ToArray();
                days.Should().OnlyContain(d => plan.Calendars.Seat.IsWorkingDay(d), "{0} is an estimated or fall-back meeting", stage);
            }
        }

        // Kind order on dates: report agreed after the dialogue, consideration before adoption, follow-up after adoption.
        foreach (var a in plan.Stages)
        {
            foreach (var b in plan.Stages)
            {
                if (a.Kind == StageKind.Dialogue && b.Kind == StageKind.DraftReport && a.Start <= b.Start)
                {
                    EndOf(b).Should().BeGreaterThanOrEqualTo(EndOf(a), "report {0} is agreed after dialogue {1}", b, a);
                }

                if (a.Kind is StageKind.DeskReview or StageKind.DraftReport && b.Kind == StageKind.Adoption && a.Start <= b.Start)
                {
                    StartOf(b).Should().BeGreaterThanOrEqualTo(EndOf(a), "consideration {0} ends before adoption {1}", a, b);
                }

                if (a.Kind == StageKind.Adoption && b.Kind == StageKind.FollowUp && a.Start <= b.Start)
                {
                    StartOf(b).Should().BeGreaterThanOrEqualTo(EndOf(a), "follow-up {0} comes after adoption {1}", b, a);
                }
            }
        }
    }
}
