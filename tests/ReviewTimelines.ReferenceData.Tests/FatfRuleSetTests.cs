using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

/// <summary>Issue 15, item 4: the FATF mutual evaluation as a comparable rule set, each figure tagged.</summary>
public class FatfRuleSetTests
{
    private static readonly StageRuleSet Rules = Catalog[ReferenceMechanisms.Fatf].RuleSet!;

    [Fact]
    public void RuleSet_TagsEachFigure()
    {
        Rules.Rules.Select(r => (r.Key.Value, ConfidenceTags.Tag(r.Source.Confidence))).Should().Equal(
            ("F1", "E"), ("F2", "E"), ("F3", "R"), ("F4", "S"), ("F5", "S-ex"));
    }

    [Fact]
    public void Plan_FromJune2019_VisitTwoMonthsAfterCivilSocietyInput_AdoptionAtTheOctober2020Plenary()
    {
        var calendars = new PlanningCalendars(SatSun("ESP", "Europe/Madrid"), SatSun("Paris", "Europe/Paris"));
        var plenaries = Catalog[ReferenceMechanisms.Fatf].Meetings.Where(m => m.Kind == MeetingKind.Plenary && m.Dates is not null).Select(m => m.Dates!.Value);

        var plan = new Planner(Rules).Plan(new LocalDate(2019, 6, 3), calendars, plenaries);

        plan["F2"].End.Should().Be(new LocalDate(2019, 10, 3));
        plan["F3"].Dates.Dates.Should().Equal(new DateInterval(new LocalDate(2019, 12, 3), new LocalDate(2019, 12, 16)), "ten working days from Tuesday 3 December");
        // At least 14 months after the start (3 August 2020): the next dated plenary is 21-23 October 2020.
        plan["F4"].Dates.Should().Be(ZonedDateRange.FromDates(new LocalDate(2020, 10, 21), new LocalDate(2020, 10, 23), Tzdb["Europe/Paris"]));
        // Five years later no plenary is dated in the data: the follow-up falls back with a warning.
        plan["F5"].Placement.Should().Be(StagePlacement.AlignmentFallback);
        plan.Warnings.Should().ContainSingle().Which.Should().Contain("F5");
    }
}
