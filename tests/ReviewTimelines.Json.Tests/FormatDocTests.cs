namespace ReviewTimelines.Json.Tests;

/// <summary>Keeps docs/timetable-format.md honest: its complete example is the sample fixture.</summary>
public class FormatDocTests
{
    private const string Marker = "<!-- example: austria-2021.json -->";

    private static string DocExample()
    {
        var doc = File.ReadAllText(SampleFiles.DocsFile("timetable-format.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Marker, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the doc marks its complete example");
        var open = doc.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        var close = doc.IndexOf("```", open, StringComparison.Ordinal);
        return doc[open..close];
    }

    [Fact]
    public void DocsExample_IsTheSampleFixture()
    {
        DocExample().Should().Be(SampleFiles.Text("austria-2021.json").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DocsExample_ReadsWithoutWarnings()
    {
        SampleFiles.Format().Read(DocExample()).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void DocsFullMechanismSnippet_Reads()
    {
        var json = """
            {
              "mechanisms": [
                {
                  "id": "NATIONAL-REVIEW",
                  "name": "National integrity review",
                  "shortName": "NIR",
                  "seatName": "Vienna",
                  "seatZone": "Europe/Vienna"
                }
              ]
            }
            """;

        var mechanism = SampleFiles.Format().Read(json).Timetable.Mechanisms.Should().ContainSingle().Subject;

        mechanism.ShortName.Should().Be("NIR");
        mechanism.SeatZone.Id.Should().Be("Europe/Vienna");
    }
}
