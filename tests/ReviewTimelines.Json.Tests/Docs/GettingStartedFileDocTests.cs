using NodaTime;
using ReviewTimelines.Conflicts;

namespace ReviewTimelines.Json.Tests.Docs;

/// <summary>The timetable-file recipe of docs/getting-started.md (region checked against the page by DocSnippetTests).</summary>
public sealed class GettingStartedFileDocTests
{
    [Fact]
    public void File_ReadCheckAndReportBadInput_GivesConflictsAndPlacedProblems()
    {
        var path = Path.Combine(SampleFiles.Folder, "austria-2021.json");

        // snippet: file-read-and-check
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb);
        TimetableDocument document = format.Read(File.ReadAllText(path));   // the validated Timetable, and the feeds it lists
        var conflicts = new ConflictDetector().Detect(document.Timetable);
        string canonical = format.Write(document);                            // deterministic text

        TimetableFormatProblem? problem = null;
        try
        {
            format.Read("""{ "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Viena" } ] }""");
        }
        catch (TimetableFormatException e)                                      // lists every problem, not the first
        {
            problem = e.Problems[0];   // unknown zone "Europe/Viena" at $.countries[0].zone, line 1, column 62
        }
        // end snippet

        document.Timetable.Reviews.Should().NotBeEmpty();
        conflicts.Should().Equal(new ConflictDetector().Detect(format.Read(canonical).Timetable));
        format.Write(format.Read(canonical)).Should().Be(canonical);
        problem.Should().NotBeNull();
        problem!.ToString().Should().StartWith("unknown zone \"Europe/Viena\" at $.countries[0].zone, line 1, column 62");
        (problem.Path, problem.Line, problem.Column).Should().Be(("$.countries[0].zone", 1, 62));
    }
}
