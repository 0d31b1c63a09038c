using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;
using static ReviewTimelines.Tests.Planning.TestCalendars;

namespace ReviewTimelines.Tests.Planning;

/// <summary>One planner test per mechanism, reproducing its sourced timeline (REVIEW-MECHANISMS.md §1.3, §2, §3, §4, §8).</summary>
public class PlannerMechanismTests
{
    [Fact]
    public void Plan_UncacIrmFromMarch2021InAustria_ReproducesModelSchedule()
    {
        var ruleSet = Catalog[ReferenceMechanisms.UncacIrm].RuleSet!;
        var t0 = D(2021, 3, 1);

        var plan = new Planner(ruleSet).Plan(t0, Austria(), Plenaries(ReferenceMechanisms.UncacIrm, MeetingKind.ImplementationReviewGroupSession));

        // Focal point within three weeks of the notification.
        plan["U2"].Dates.Dates.Should().Equal(Days(D(2021, 3, 22), D(2021, 3, 22)));
        // Organisational teleconference within one month; SACL within two months of that request.
        plan["U3"].End.Should().Be(D(2021, 4, 1));
        plan["U4"].End.Should().Be(D(2021, 6, 1));
        // Translation and circulation (E: 3 weeks) from the day after the SACL.
        plan["U5"].Dates.Dates.Should().Equal(Days(D(2021, 6, 2), D(2021, 6, 22)));
        // Desk review within one month of receipt.
        plan["U6"].End.Should().Be(D(2021, 7, 22));
        plan["U7"].Dates.Dates.Should().Equal(Days(D(2021, 7, 23), D(2021, 9, 22)));
        // Visit by about month 5: three consecutive working days, Monday 2 to Wednesday 4 August (issue 14: never
        // Thursday 29 July to Monday 2 August across the weekend).
        plan["U8"].Dates.Dates.Should().Equal(Days(D(2021, 8, 2), D(2021, 8, 4)));
        plan["U8"].Dates.Dates.Select(d => d.DayOfWeek).Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday);
        plan["U8"].End.Should().BeLessThanOrEqualTo(t0.PlusMonths(5).PlusDays(7));
        // Agreed report one month after the visit, but not before the two-month dialogue ends (Wednesday 22 September):
        // about 6.7 months, so the slide's six months are not met by the rule set's own durations.
        plan["U9"].End.Should().Be(D(2021, 9, 22));
        Period.Between(t0, plan["U9"].End, PeriodUnits.Days).Days.Should().Be(205);
        // No IRG session with published dates after October 2021: the translation falls back to five consecutive working
        // days from Monday 25 October and says so.
        plan["U10"].Placement.Should().Be(StagePlacement.AlignmentFallback);
        plan["U10"].Dates.Dates.Should().Equal(Days(D(2021, 10, 25), D(2021, 10, 29)));
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("U10").And.Contain("2021-10-22");
        // The notification is a deadline at the end of its local day in Vienna (UTC+1 in March).
        plan["U1"].Deadline.Should().Be(Instant.FromUtc(2021, 3, 1, 23, 0));
        plan["U4"].Source.Confidence.Should().Be(Confidence.SourcedExample, "only a mirror copy of the UNODC slide was found (issue 15)");
        plan["U5"].Source.Confidence.Should().Be(Confidence.Estimate);
    }

    [Fact]
    public void Plan_UncacIrmFromOctober2020_AlignsExecutiveSummaryToIrg12()
    {
        var ruleSet = Catalog[ReferenceMechanisms.UncacIrm].RuleSet!;

        var plan = new Planner(ruleSet).Plan(D(2020, 10, 1), Austria(), Plenaries(ReferenceMechanisms.UncacIrm, MeetingKind.ImplementationReviewGroupSession));

        // Dialogue 26 February to Sunday 25 April 2021: the report is agreed when it ends, rolled to Monday 26 April.
        plan["U9"].End.Should().Be(D(2021, 4, 26));
        plan["U10"].Placement.Should().Be(StagePlacement.AlignedToPlenary);
        plan["U10"].Dates.Should().Be(ZonedDateRange.FromDates(D(2021, 6, 14), D(2021, 6, 18), Tzdb["Europe/Vienna"]));
        plan.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Plan_GrecoFifthRoundInFinland_AdoptsAtJune2018AndComplianceAtGreco85()
    {
        var finland = new WorkingCalendarBuilder("FIN", Tzdb["Europe/Helsinki"]).AddPublicHoliday(D(2017, 12, 6), "Independence Day").Build();
        var calendars = new PlanningCalendars(finland, SatSun("Strasbourg", "Europe/Paris"));

        var plan = new Planner(Catalog[ReferenceMechanisms.Greco].RuleSet!)
            .Plan(D(2017, 7, 3), calendars, Plenaries(ReferenceMechanisms.Greco, MeetingKind.Plenary));

        plan["G2"].End.Should().Be(D(2017, 10, 3));
        plan["G2"].Deadline.Should().Be(Instant.FromUtc(2017, 10, 3, 21, 0), "end of 3 October in Helsinki (UTC+3)");
        // Visit 2 months later (Sunday 3 Dec -> Monday): 5 consecutive working days, so not the week of Independence Day
        // (Wednesday 6 December) but Monday 11 to Friday 15 December.
        plan["G3"].Dates.Should().Be(ZonedDateRange.FromDates(D(2017, 12, 11), D(2017, 12, 15), Tzdb["Europe/Helsinki"]));
        // Next plenary at least 4 months after the visit (11 April 2018): not GRECO 79 (March), the June 2018 plenary.
        plan["G5"].Dates.Should().Be(ZonedDateRange.FromDates(D(2018, 6, 18), D(2018, 6, 22), Tzdb["Europe/Paris"]));
        plan["G7"].End.Should().Be(D(2019, 12, 23), "18 months after 22 June 2018 is Sunday 22 December: the deadline rolls to Monday");
        plan["G8"].Dates.Dates.Should().Equal(Days(D(2020, 3, 16), D(2020, 3, 20)));
        plan["G9"].End.Should().Be(D(2020, 9, 21), "Sunday 20 September rolls to Monday");
        plan.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Plan_WgbPhase4Germany2018_VisitInJanuaryAdoptionAtJunePlenary()
    {
        var germany = SatSun("DEU", "Europe/Berlin");
        var calendars = new PlanningCalendars(germany, SatSun("Paris", "Europe/Paris"));

        // T0 chosen so that the civil-society call closes on 15 December 2017, as published.
        // Plenaries published for 2017-2022 only: the data's next dated WGB plenary after June 2020 is March 2023 (the
        // 2020-2022 ones are month-only or not found), which the planner would take for the follow-up.
        var plan = new Planner(Catalog[ReferenceMechanisms.OecdWgb].RuleSet!)
            .Plan(D(2017, 8, 15), calendars, Plenaries(ReferenceMechanisms.OecdWgb, MeetingKind.Plenary).Where(p => p.Start.Year <= 2022));

        plan["W3"].End.Should().Be(D(2017, 12, 15));
        plan["W4"].Dates.Dates.Should().Equal(Days(D(2018, 1, 15), D(2018, 1, 17)));
        plan["W4"].Start.Month.Should().Be(1, "the on-site visits took place in January 2018");
        plan["W6"].Dates.Should().Be(ZonedDateRange.FromDates(D(2018, 6, 12), D(2018, 6, 15), Tzdb["Europe/Paris"]));
        plan["W6"].Dates.Dates.Contains(D(2018, 6, 14)).Should().BeTrue("Germany's report was adopted on 14 June 2018");
        Period.Between(plan["W4"].End, plan["W6"].Start, PeriodUnits.Months).Months.Should().Be(4, "about 5 months from visit to adoption");
        plan["W7"].End.Should().Be(D(2018, 6, 29));
        // No WGB plenary after June 2020 has published days in the data: the follow-up falls back with a warning.
        plan["W8"].Placement.Should().Be(StagePlacement.AlignmentFallback);
        plan["W8"].Dates.Dates.Should().Equal(Days(D(2020, 6, 15), D(2020, 6, 18)));
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("W8");
    }

    [Fact]
    public void Plan_MesicicFifthRoundFirstGroup_ReproducesPublishedSchedule()
    {
        var calendars = new PlanningCalendars(
            SatSun("ARG", "America/Argentina/Buenos_Aires"),
            SatSun("Washington", "America/New_York"));

        // Two hypothetical plenaries (the data has no 2016 MESICIC dates): 21-25 March 2016 starts before the members'
        // consideration of the drafts (M10) ends on 4 April, so the subgroups and the adoption take 11-15 April.
        var march = ZonedDateRange.FromDates(D(2016, 3, 21), D(2016, 3, 25), Tzdb["America/New_York"]);
        var hypothetical = ZonedDateRange.FromDates(D(2016, 4, 11), D(2016, 4, 15), Tzdb["America/New_York"]);
        var plan = new Planner(Catalog[ReferenceMechanisms.OasMesicic].RuleSet!).Plan(D(2015, 3, 30), calendars, [march, hypothetical]);

        // SG/MESICIC/doc.442/15 rev.2, first group.
        plan["M1"].End.Should().Be(D(2015, 6, 30));
        plan["M2"].Dates.Dates.Should().Equal(Days(D(2015, 7, 1), D(2015, 9, 4)));
        plan["M3"].Dates.Dates.Should().Equal(Days(D(2015, 9, 7), D(2015, 10, 16)));
        plan["M4"].Dates.Dates.Should().Equal(Days(D(2015, 10, 19), D(2015, 11, 19)));
        plan["M5"].Dates.Dates.Should().Equal(Days(D(2015, 11, 20), D(2015, 12, 17)));
        plan["M6"].End.Should().Be(D(2016, 1, 12));
        plan["M7"].Dates.Dates.Should().Equal(Days(D(2016, 1, 13), D(2016, 1, 18)));
        // Later steps from the earlier rounds' durations.
        plan["M8"].End.Should().Be(D(2016, 2, 8));
        plan["M9"].Dates.Dates.Should().Equal(Days(D(2016, 2, 9), D(2016, 3, 14)));
        plan["M10"].Dates.Dates.Should().Equal(Days(D(2016, 3, 15), D(2016, 4, 4)));
        // Subgroups on the two working days just before the plenary, then the plenary.
        plan["M11"].Dates.Dates.Should().Equal(Days(D(2016, 4, 7), D(2016, 4, 8)));
        plan["M12"].Dates.Should().Be(hypothetical);
        plan["M12"].Start.Should().BeGreaterThan(plan["M10"].End, "consideration ends before the adoption (issue 14)");
    }
}
