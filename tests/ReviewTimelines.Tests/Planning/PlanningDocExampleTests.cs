using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Planning;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Tests.Planning;

/// <summary>The example of docs/planning.md, verbatim between the markers.</summary>
public class PlanningDocExampleTests
{
    [Fact]
    public void DocsExample_ChecklistThreeWeeksLate_MovesDependants()
    {
        // docs/planning.md example: begin
        var tzdb = DateTimeZoneProviders.Tzdb;
        var catalog = ReferenceCatalog.Create(tzdb);
        var calendars = new PlanningCalendars(
            country: new WorkingCalendarBuilder("AUT", tzdb["Europe/Vienna"]).Build(),
            seat: new WorkingCalendarBuilder("Vienna", tzdb["Europe/Vienna"]).Build());
        var planner = new Planner(catalog[ReferenceMechanisms.UncacIrm].RuleSet!);

        var plan = planner.Plan(new LocalDate(2021, 3, 1), calendars);
        // U4, the self-assessment checklist, is due 2021-06-01 and arrives three weeks late.
        var report = planner.Replan(plan, [StageActual.On(new StageKey("U4"), new LocalDate(2021, 6, 22))]);

        foreach (var move in report.Moves)
        {
            Console.WriteLine(move);
        }
        // docs/planning.md example: end

        report.Moves.Select(m => m.ToString()).Should().Equal(
            "U4 2021-06-01/2021-06-01 Europe/Vienna -> 2021-06-22/2021-06-22 Europe/Vienna (+21 d)",
            "U5 2021-06-02/2021-06-22 Europe/Vienna -> 2021-06-23/2021-07-13 Europe/Vienna (+21 d)",
            "U6 2021-07-22/2021-07-22 Europe/Vienna -> 2021-08-13/2021-08-13 Europe/Vienna (+22 d)",
            "U7 2021-07-23/2021-09-22 Europe/Vienna -> 2021-08-16/2021-10-15 Europe/Vienna (+24 d)",
            "U8 2021-08-02/2021-08-04 Europe/Vienna -> 2021-08-23/2021-08-25 Europe/Vienna (+21 d)",
            "U9 2021-09-22/2021-09-22 Europe/Vienna -> 2021-10-15/2021-10-15 Europe/Vienna (+23 d)",
            "U10 2021-10-25/2021-10-29 Europe/Vienna -> 2021-11-15/2021-11-19 Europe/Vienna (+21 d)");
        report.Violations.Should().BeEmpty();
    }

    [Fact]
    public void DocsExample_DocumentHoldsTheSnippet()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ReviewTimelines.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("ReviewTimelines.sln not found");
        }

        static string Snippet(string text)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var begin = Array.FindIndex(lines, l => l.Contains("docs/planning.md example: begin", StringComparison.Ordinal));
            var end = Array.FindIndex(lines, l => l.Contains("docs/planning.md example: end", StringComparison.Ordinal));
            return string.Join("\n", lines[(begin + 1)..end].Select(l => l.Trim()));
        }

        var test = File.ReadAllText(Path.Combine(root.FullName, "tests", "ReviewTimelines.Tests", "Planning", "PlanningDocExampleTests.cs"));
        var doc = File.ReadAllText(Path.Combine(root.FullName, "docs", "planning.md"));

        Snippet(doc).Should().Be(Snippet(test));
    }
}
