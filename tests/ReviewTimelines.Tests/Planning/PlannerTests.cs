using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.Tests.Planning.TestCalendars;

namespace ReviewTimelines.Tests.Planning;

public class PlannerTests
{
    private static readonly SourceReference Test = SourceReference.Estimate("test rule");
    private static readonly MechanismId Mechanism = new("TEST");

    private static StageKey K(string key) => new(key);

    private static StageRuleSet Set(params StageRule[] rules) => new(Mechanism, "test", "T0", rules);

    private static StageRule Start() => new(K("T"), StageKind.Notification, "Start", Test) { Roll = DeadlineRoll.None };

    [Fact]
    public void Plan_WorkingDaysInFriSatAndSatSunCountries_EndOnTheirOwnWorkingDays()
    {
        var rules = Set(
            Start(),
            new StageRule(K("V"), StageKind.CountryVisit, "Visit", Test)
            {
                Predecessor = K("T"), Offset = StageSpan.FromDays(1), Duration = StageSpan.FromWorkingDays(5), Shape = StageShape.DateRange,
            },
            new StageRule(K("R"), StageKind.SelfAssessmentChecklist, "Reply", Test) { Predecessor = K("T"), Duration = StageSpan.FromWorkingDays(10) });
        var seat = SatSun("Vienna", "Europe/Vienna");
        var israel = new PlanningCalendars(FriSat("ISR", "Asia/Jerusalem"), seat);
        var austria = new PlanningCalendars(SatSun("AUT", "Europe/Vienna"), seat);
        var planner = new Planner(rules);

        // T0 Thursday 5 June 2025: the visit opens Friday 6 June.
        var inIsrael = planner.Plan(D(2025, 6, 5), israel);
        var inAustria = planner.Plan(D(2025, 6, 5), austria);

        inIsrael["V"].Dates.Should().Be(ZonedDateRange.FromDates(D(2025, 6, 8), D(2025, 6, 12), Tzdb["Asia/Jerusalem"]), "Friday and Saturday are the weekend: Sunday to Thursday");
        inAustria["V"].Dates.Should().Be(ZonedDateRange.FromDates(D(2025, 6, 9), D(2025, 6, 13), Tzdb["Europe/Vienna"]), "a visit of 5 working days never straddles the weekend: Monday to Friday, not Friday then Monday to Thursday");
        inIsrael["R"].End.Should().Be(D(2025, 6, 19), "Sun 8 .. Thu 12, Sun 15 .. Thu 19");
        inAustria["R"].End.Should().Be(D(2025, 6, 19), "Fri 6, Mon 9 .. Fri 13, Mon 16 .. Thu 19");
        inIsrael["R"].Deadline.Should().Be(Instant.FromUtc(2025, 6, 19, 21, 0), "end of the day in Jerusalem (UTC+3)");
        inAustria["R"].Deadline.Should().Be(Instant.FromUtc(2025, 6, 19, 22, 0), "end of the day in Vienna (UTC+2)");
    }

    [Fact]
    public void BC25_PlannedStagesInIsraelAustriaAndUae_UseEachCountrysWeekendInForce()
    {
        var visit = Set(
            Start(),
            new StageRule(K("V"), StageKind.CountryVisit, "Review stage", Test) { Duration = StageSpan.FromWorkingDays(5), Shape = StageShape.DateRange });
        var window = Set(
            Start(),
            new StageRule(K("W"), StageKind.Dialogue, "Response window", Test) { Duration = StageSpan.FromWorkingDays(3), Shape = StageShape.DateRange });
        var seat = SatSun("Vienna", "Europe/Vienna");
        var austria = new WorkingCalendarBuilder("AUT", Tzdb["Europe/Vienna"]).AddPublicHoliday(D(2025, 6, 9), "Whit Monday").Build();
        var uae = new WorkingCalendarBuilder("ARE", Tzdb["Asia/Dubai"])
            .AddWeekendRule(new WeekendRule(D(2006, 9, 1), [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]))
            .AddWeekendRule(new WeekendRule(D(2022, 1, 1), [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
            .Build();

        var inIsrael = new Planner(visit).Plan(D(2025, 6, 8), new PlanningCalendars(FriSat("ISR", "Asia/Jerusalem"), seat))["V"];
        var inAustria = new Planner(visit).Plan(D(2025, 6, 8), new PlanningCalendars(austria, seat))["V"];
        var inUae = new Planner(window).Plan(D(2021, 12, 30), new PlanningCalendars(uae, seat))["W"];

        inIsrael.Dates.Dates.Should().Equal(Days(D(2025, 6, 8), D(2025, 6, 12)));
        inIsrael.Dates.ToInstantRange().End.Should().Be(Instant.FromUtc(2025, 6, 12, 21, 0));
        // Whit Monday 9 June leaves four working days that week: the 5-day visit takes Monday 16 to Friday 20 June.
        inAustria.Dates.Dates.Should().Equal(Days(D(2025, 6, 16), D(2025, 6, 20)));
        inAustria.Dates.ToInstantRange().End.Should().Be(Instant.FromUtc(2025, 6, 20, 22, 0));
        inUae.Dates.Dates.Should().Equal(Days(D(2021, 12, 30), D(2022, 1, 4)));
        inUae.Dates.ToInstantRange().End.Should().Be(Instant.FromUtc(2022, 1, 4, 20, 0));
    }

    [Fact]
    public void Plan_MonthsFrom31January_ClampToMonthEnd()
    {
        var rules = Set(
            Start(),
            new StageRule(K("A"), StageKind.Deadline, "One month", Test) { Predecessor = K("T"), Duration = StageSpan.FromMonths(1), Roll = DeadlineRoll.None },
            new StageRule(K("B"), StageKind.Deadline, "One more month", Test) { Predecessor = K("A"), Duration = StageSpan.FromMonths(1), Roll = DeadlineRoll.None },
            new StageRule(K("C"), StageKind.Deadline, "Two months at once", Test) { Predecessor = K("T"), Duration = StageSpan.FromMonths(2), Roll = DeadlineRoll.None },
            new StageRule(K("D"), StageKind.DraftReport, "A month-long range", Test) { Duration = StageSpan.FromMonths(1), Shape = StageShape.DateRange, Roll = DeadlineRoll.None });
        var planner = new Planner(rules);

        var common = planner.Plan(D(2021, 1, 31), Austria());
        var leap = planner.Plan(D(2024, 1, 31), Austria());

        common["A"].End.Should().Be(D(2021, 2, 28));
        common["B"].End.Should().Be(D(2021, 3, 28), "clamping is not undone by the next month");
        common["C"].End.Should().Be(D(2021, 3, 31));
        common["D"].Dates.Dates.Should().Equal(Days(D(2021, 1, 31), D(2021, 2, 27)), "the exclusive end 28 February is clamped");
        leap["A"].End.Should().Be(D(2024, 2, 29));
    }

    [Theory]
    [InlineData(DeadlineRoll.None, 2021, 3, 27)]
    [InlineData(DeadlineRoll.NextWorkingDay, 2021, 3, 29)]
    [InlineData(DeadlineRoll.PreviousWorkingDay, 2021, 3, 26)]
    public void Plan_DeadlineOnSaturday_RollsByRule(DeadlineRoll roll, int year, int month, int day)
    {
        var rules = Set(Start(), new StageRule(K("A"), StageKind.Deadline, "Due", Test) { Predecessor = K("T"), Duration = StageSpan.FromDays(5), Roll = roll });

        var plan = new Planner(rules).Plan(D(2021, 3, 22), Austria());

        var expected = D(year, month, day);
        plan["A"].End.Should().Be(expected);
        plan["A"].Deadline.Should().Be(expected.PlusDays(1).AtStartOfDayInZone(Tzdb["Europe/Vienna"]).ToInstant());
    }

    [Fact]
    public void Plan_DeadlineAcrossSpringForward_EndsAtLocalMidnight()
    {
        var rules = Set(
            Start(),
            new StageRule(K("A"), StageKind.Deadline, "Saturday", Test) { Predecessor = K("T"), Duration = StageSpan.FromDays(5), Roll = DeadlineRoll.None },
            new StageRule(K("B"), StageKind.Deadline, "Sunday", Test) { Predecessor = K("T"), Duration = StageSpan.FromDays(6), Roll = DeadlineRoll.None });

        var plan = new Planner(rules).Plan(D(2021, 3, 22), Austria());

        plan["A"].Deadline.Should().Be(Instant.FromUtc(2021, 3, 27, 23, 0), "Vienna is UTC+1 until 28 March 2021 02:00");
        plan["B"].Deadline.Should().Be(Instant.FromUtc(2021, 3, 28, 22, 0), "and UTC+2 from then on");
        plan["B"].Dates.ToInstantRange().Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void Plan_PreviousWorkingDayRollThatWouldCrossTheAnchor_RollsForward()
    {
        var rules = Set(Start(), new StageRule(K("A"), StageKind.Deadline, "Due", Test) { Predecessor = K("T"), Duration = StageSpan.FromDays(1), Roll = DeadlineRoll.PreviousWorkingDay });

        // T0 Saturday 27 March: the due date Sunday 28 would roll back to Friday 26, before T0.
        var plan = new Planner(rules).Plan(D(2021, 3, 27), Austria());

        plan["A"].End.Should().Be(D(2021, 3, 29));
    }

    [Fact]
    public void Plan_StartAnchor_CountsFromPredecessorStart()
    {
        var rules = Set(
            Start(),
            new StageRule(K("A"), StageKind.DraftReport, "Range", Test) { Duration = StageSpan.FromWeeks(2), Shape = StageShape.DateRange },
            new StageRule(K("B"), StageKind.Deadline, "From start", Test) { Predecessor = K("A"), Anchor = OffsetAnchor.PredecessorStart, Duration = StageSpan.FromDays(3) });

        var plan = new Planner(rules).Plan(D(2021, 3, 1), Austria());

        plan["A"].Dates.Dates.Should().Equal(Days(D(2021, 3, 1), D(2021, 3, 14)));
        plan["B"].End.Should().Be(D(2021, 3, 4));
    }

    [Fact]
    public void Plan_Order_IsTopologicalWithDeclarationTieBreak()
    {
        var rules = Set(
            new StageRule(K("Z"), StageKind.Deadline, "Later", Test) { Predecessor = K("B") },
            new StageRule(K("B"), StageKind.Deadline, "Middle", Test) { Predecessor = K("A") },
            new StageRule(K("A"), StageKind.Notification, "Root", Test),
            new StageRule(K("C"), StageKind.Deadline, "Sibling", Test) { Predecessor = K("A") });

        var plan = new Planner(rules).Plan(D(2021, 3, 1), Austria());

        plan.Stages.Select(s => s.Key.Value).Should().Equal("A", "B", "Z", "C");
    }

    [Fact]
    public void Replan_UncacChecklistThreeWeeksLate_MovesDependantsOnly()
    {
        var planner = new Planner(Catalog[ReferenceMechanisms.UncacIrm].RuleSet!);
        var plan = planner.Plan(D(2021, 3, 1), Austria());

        var report = planner.Replan(plan, [StageActual.On(K("U4"), plan["U4"].End.PlusWeeks(3))]);

        report.Violations.Should().BeEmpty();
        report.Moves.Select(m => m.Key.Value).Should().Equal("U4", "U5", "U6", "U7", "U8", "U9", "U10");
        var moves = report.Moves.ToDictionary(m => m.Key.Value);
        moves["U4"].To.End.Should().Be(D(2021, 6, 22));
        moves["U4"].To.Placement.Should().Be(StagePlacement.Actual);
        moves["U5"].To.Dates.Dates.Should().Equal(Days(D(2021, 6, 23), D(2021, 7, 13)));
        moves["U5"].StartShiftDays.Should().Be(21);
        // One month after 13 July is 13 August: 22 days later than 22 July, because July has 31 days.
        moves["U6"].From.End.Should().Be(D(2021, 7, 22));
        moves["U6"].To.End.Should().Be(D(2021, 8, 13));
        moves["U6"].EndShiftDays.Should().Be(22);
        // The visit opens a week later (Friday 20 August) and needs three working days.
        // The visit takes three consecutive working days (Monday 23 to Wednesday 25 August, not Friday to Tuesday); the
        // report is agreed when the dialogue (rolled to Monday 16 August, two months) ends on Friday 15 October.
        moves["U8"].To.Dates.Dates.Should().Equal(Days(D(2021, 8, 23), D(2021, 8, 25)));
        moves["U9"].To.End.Should().Be(D(2021, 10, 15));
        report.Plan["U2"].Should().Be(plan["U2"]);
        report.Plan["U3"].Should().Be(plan["U3"]);
    }

    [Fact]
    public void Replan_GrecoVisitSlipsPastPinnedPlenary_ReportsViolationAndKeepsPlenary()
    {
        var calendars = new PlanningCalendars(SatSun("FIN", "Europe/Helsinki"), SatSun("Strasbourg", "Europe/Paris"));
        var planner = new Planner(Catalog[ReferenceMechanisms.Greco].RuleSet!);
        var plan = planner.Plan(D(2017, 7, 3), calendars, Plenaries(ReferenceMechanisms.Greco, MeetingKind.Plenary));
        plan["G5"].Dates.Dates.Should().Equal(Days(D(2018, 6, 18), D(2018, 6, 22)));

        var report = planner.Replan(plan, [new StageActual(K("G3"), Days(D(2018, 3, 5), D(2018, 3, 9)))]);

        report.Plan["G5"].Dates.Should().Be(plan["G5"].Dates);
        report.Plan["G5"].Placement.Should().Be(StagePlacement.Pinned);
        var violation = report.Violations.Should().ContainSingle().Subject;
        violation.Pinned.Key.Should().Be(K("G5"));
        violation.Predecessor.Should().Be(K("G3"));
        violation.EarliestStart.Should().Be(D(2018, 7, 9), "four months after the visit now ending 9 March");
        violation.Message.Should().Contain("G5").And.Contain("G3").And.Contain("2018-07-09");
        report.Moves.Select(m => m.Key.Value).Should().Equal("G3", "G4");
        report.Plan["G6"].Should().Be(plan["G6"], "stages after a pinned stage count from its kept dates");
    }

    [Fact]
    public void Replan_NoActuals_MovesNothing()
    {
        var planner = new Planner(Catalog[ReferenceMechanisms.OecdWgb].RuleSet!);
        var plan = planner.Plan(D(2017, 8, 15), Austria(), Plenaries(ReferenceMechanisms.OecdWgb, MeetingKind.Plenary));

        var report = planner.Replan(plan, []);

        report.Moves.Should().BeEmpty();
        report.Violations.Should().BeEmpty();
        report.Plan.Stages.Select(s => s.Dates).Should().Equal(plan.Stages.Select(s => s.Dates));
    }

    [Fact]
    public void Replan_UnknownStage_ThrowsNamingIt()
    {
        var planner = new Planner(Set(Start()));
        var plan = planner.Plan(D(2021, 3, 1), Austria());

        var act = () => planner.Replan(plan, [StageActual.On(K("X9"), D(2021, 3, 2))]);

        act.Should().Throw<ArgumentException>().WithMessage("*'X9'*").Which.ParamName.Should().Be("actuals");
    }

    [Fact]
    public void Replan_DeadlineActualOverSeveralDays_Throws()
    {
        var planner = new Planner(Set(Start()));
        var plan = planner.Plan(D(2021, 3, 1), Austria());

        var act = () => planner.Replan(plan, [new StageActual(K("T"), Days(D(2021, 3, 2), D(2021, 3, 3)))]);

        act.Should().Throw<ArgumentException>().WithMessage("*'T'*one date*");
    }

    [Fact]
    public void Replan_PlanOfAnotherRuleSet_Throws()
    {
        var plan = new Planner(Set(Start())).Plan(D(2021, 3, 1), Austria());

        var act = () => new Planner(Set(Start())).Replan(plan, []);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("plan");
    }

    [Fact]
    public void StageRuleSet_Cycle_ThrowsNamingRulesAndPredecessor()
    {
        var act = () => Set(
            Start(),
            new StageRule(K("A"), StageKind.Deadline, "A", Test) { Predecessor = K("B") },
            new StageRule(K("B"), StageKind.Deadline, "B", Test) { Predecessor = K("A") });

        var ex = act.Should().Throw<InvalidStageRuleException>().Which;
        ex.Field.Should().Be("Predecessor");
        ex.ParamName.Should().Be("Predecessor");
        ex.Message.Should().Contain("cycle").And.Contain("A -> B -> A");
    }

    [Fact]
    public void StageRuleSet_SelfPredecessor_Throws()
    {
        var act = () => Set(new StageRule(K("A"), StageKind.Deadline, "A", Test) { Predecessor = K("A") });

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.RuleKey == K("A") && e.Field == "Predecessor");
    }

    [Fact]
    public void StageRuleSet_UnknownPredecessor_ThrowsNamingRuleAndKey()
    {
        var act = () => Set(Start(), new StageRule(K("A"), StageKind.Deadline, "A", Test) { Predecessor = K("Q") });

        act.Should().Throw<InvalidStageRuleException>()
            .Where(e => e.RuleKey == K("A") && e.Field == "Predecessor")
            .WithMessage("Stage rule 'A': Predecessor 'Q' is not a rule of the set.*");
    }

    [Theory]
    [InlineData("Duration")]
    [InlineData("Offset")]
    public void StageRuleSet_NegativeSpan_ThrowsNamingRuleAndField(string field)
    {
        var rule = new StageRule(K("A"), StageKind.Deadline, "A", Test) { Predecessor = K("T") };
        rule = field == "Duration" ? rule with { Duration = StageSpan.FromWeeks(-2) } : rule with { Offset = StageSpan.FromDays(-1) };

        var act = () => Set(Start(), rule);

        act.Should().Throw<InvalidStageRuleException>()
            .Where(e => e.RuleKey == K("A") && e.Field == field)
            .WithMessage("Stage rule 'A': " + field + " must not be negative*");
    }

    [Fact]
    public void StageRuleSet_NegativeAlignmentGap_ThrowsNamingField()
    {
        var act = () => Set(
            Start(),
            new StageRule(K("P"), StageKind.Adoption, "Plenary", Test)
            {
                Predecessor = K("T"), Duration = StageSpan.FromDays(5), Shape = StageShape.DateRange, Alignment = new PlenaryAlignment(StageSpan.FromMonths(-1)),
            });

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.Field == "Alignment.MinimumGap");
    }

    [Fact]
    public void StageRuleSet_EmptyDateRange_Throws()
    {
        var act = () => Set(Start(), new StageRule(K("A"), StageKind.CountryVisit, "Visit", Test) { Predecessor = K("T"), Shape = StageShape.DateRange });

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.RuleKey == K("A") && e.Field == "Duration");
    }

    [Fact]
    public void StageRuleSet_DuplicateKey_Throws()
    {
        var act = () => Set(Start(), Start());

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.RuleKey == K("T") && e.Field == "Key");
    }

    [Fact]
    public void StageRuleSet_UndefinedEnum_Throws()
    {
        var act = () => Set(Start() with { Party = (ResponsibleParty)42 });

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.Field == "Party").WithMessage("*'T'*42*");
    }

    [Fact]
    public void StageRuleSet_NullSource_Throws()
    {
        var act = () => Set(new StageRule(K("A"), StageKind.Deadline, "A", null!));

        act.Should().Throw<InvalidStageRuleException>().Where(e => e.Field == "Source");
    }

    [Fact]
    public void Plan_PlenaryBeyondMaximumGap_WarnsButAligns()
    {
        var paris = Tzdb["Europe/Paris"];
        var rules = Set(
            Start(),
            new StageRule(K("P"), StageKind.Adoption, "Plenary", Test)
            {
                Predecessor = K("T"),
                Duration = StageSpan.FromDays(4),
                Shape = StageShape.DateRange,
                Party = ResponsibleParty.Seat,
                Alignment = new PlenaryAlignment(StageSpan.FromMonths(4), StageSpan.FromMonths(6)),
            });

        var plan = new Planner(rules).Plan(D(2018, 1, 17), Austria(), [ZonedDateRange.FromDates(D(2018, 10, 9), D(2018, 10, 12), paris)]);

        plan["P"].Placement.Should().Be(StagePlacement.AlignedToPlenary);
        plan["P"].Dates.Dates.Should().Equal(Days(D(2018, 10, 9), D(2018, 10, 12)));
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("2018-07-17");
    }

    [Fact]
    public void Replan_PinnedStageKeptAtPlenaryBeyondMaximumGap_KeepsItsOriginalWarning()
    {
        var paris = Tzdb["Europe/Paris"];
        var rules = Set(
            Start(),
            new StageRule(K("P"), StageKind.Adoption, "Plenary", Test)
            {
                Predecessor = K("T"),
                Duration = StageSpan.FromDays(4),
                Shape = StageShape.DateRange,
                Party = ResponsibleParty.Seat,
                Alignment = new PlenaryAlignment(StageSpan.FromMonths(4), StageSpan.FromMonths(6)),
                IsPinned = true,
            });
        var planner = new Planner(rules);
        var plan = planner.Plan(D(2018, 1, 17), Austria(), [ZonedDateRange.FromDates(D(2018, 10, 9), D(2018, 10, 12), paris)]);
        var original = plan.Warnings.Should().ContainSingle().Subject;

        // T arrives a week late; P stays pinned on the October plenary, still beyond the six months, so its warning stays.
        var report = planner.Replan(plan, [StageActual.On(K("T"), plan["T"].Start.PlusDays(7))]);

        report.Plan["P"].Placement.Should().Be(StagePlacement.Pinned);
        report.Plan.Warnings.Should().Equal(original);
        report.Plan.WarningsFor(K("P")).Should().Equal(original);
        report.Plan.WarningsFor(K("T")).Should().BeEmpty();
        plan.WarningsFor(K("P")).Should().Equal(original);
    }

    [Fact]
    public void WarningsFor_UnknownStage_Throws() =>
        FluentActions.Invoking(() => new Planner(Set(Start())).Plan(D(2018, 1, 17), Austria()).WarningsFor(K("Q")))
            .Should().Throw<KeyNotFoundException>().WithMessage("*'Q'*");

    [Fact]
    public void StageSpan_ToString_IsIsoForCalendarUnits()
    {
        StageSpan.FromDays(3).ToString().Should().Be("P3D");
        StageSpan.FromWeeks(2).ToString().Should().Be("P2W");
        StageSpan.FromMonths(1).ToString().Should().Be("P1M");
        StageSpan.FromWorkingDays(5).ToString().Should().Be("5 working days");
    }
}
