using System.Globalization;
using System.Text;
using NodaTime;
using ReviewTimelines.Json.Internal;

namespace ReviewTimelines.Json.Tests.Internal;

// Guards against the quadratic position index found by a newcomer test: every token's column was counted again
// from the start of its line, so a one-line file of 4,000 reviews took 44 s to read and 20,000 never finished.
public class JsonPositionIndexTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    [Fact]
    public void Build_OneLineDocumentOfManyReviews_ScansEachByteAtMostOnce()
    {
        var json = OneLineTimetable(2_000, badKindAt: null);
        var bytes = Encoding.UTF8.GetBytes(json);

        var index = JsonPositionIndex.Build(bytes);

        // Counting every column from the line start would scan about tokens x line length / 2 bytes (8e9 here).
        index.BytesScanned.Should().BeLessThanOrEqualTo(bytes.Length);
        var lastKind = json.LastIndexOf("\"countryVisit\"", StringComparison.Ordinal);
        index.Find("$.reviews[1999].stages[0].kind").Should().Be((1, lastKind + 1));
    }

    [Fact]
    public void Build_ValuesOnSeveralLinesWithNonAscii_MatchBruteForceColumns()
    {
        var lines = new List<string>();
        var values = new List<string>();
        for (var line = 0; line < 40; line++)
        {
            var cells = new List<string>();
            for (var cell = 0; cell <= line % 7; cell++)
            {
                var value = string.Create(CultureInfo.InvariantCulture, $"v{values.Count}{new string('é', (line + cell) % 3)}");
                values.Add(value);
                cells.Add("\"" + value + "\"");
            }

            lines.Add(string.Join(line % 2 == 0 ? ", " : ",  ", cells));
        }

        var json = "{ \"a\": [\n" + string.Join(",\n", lines) + "\n] }";

        var index = JsonPositionIndex.Build(Encoding.UTF8.GetBytes(json));

        for (var i = 0; i < values.Count; i++)
        {
            var offset = json.IndexOf("\"" + values[i] + "\"", StringComparison.Ordinal);
            var lineStart = json.LastIndexOf('\n', offset) + 1;
            var expectedLine = json[..offset].Count(c => c == '\n') + 1;
            index.Find(string.Create(CultureInfo.InvariantCulture, $"$.a[{i}]")).Should().Be((expectedLine, offset - lineStart + 1), values[i]);
        }
    }

    [Fact]
    public void Read_OneLineTimetableOf20000SingleStageReviews_ReadsAndValidatesEveryReview()
    {
        var document = Format.Read(OneLineTimetable(20_000, badKindAt: null));

        document.Timetable.Reviews.Should().HaveCount(20_000);
        document.Timetable.ScheduledItems().Should().HaveCount(20_000);
    }

    [Fact]
    public void Read_OneLineTimetableOf20000ReviewsWithAnErrorAtTheEnd_PointsAtItsColumn()
    {
        var json = OneLineTimetable(20_000, badKindAt: 19_999);

        var problem = FluentActions.Invoking(() => Format.Read(json)).Should().Throw<TimetableFormatException>()
            .Which.Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.reviews[19999].stages[0].kind");
        problem.Line.Should().Be(1);
        problem.Column.Should().Be(json.IndexOf("\"bogus\"", StringComparison.Ordinal) + 1);
    }

    // One review every four days from 1901-01-07 (20,000 reviews end in 2120, inside the supported years 1900-2200),
    // each with a single four-day visit, all on one line like a minified file.
    private static string OneLineTimetable(int reviews, int? badKindAt)
    {
        var text = new StringBuilder();
        text.Append("""
            {"mechanisms": [{"reference": "GRECO"}], "cycles": [{"id": "GRECO-5", "mechanism": "GRECO", "name": "Fifth round"}], "countries": [{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna"}], "reviews": [
            """);
        var first = new LocalDate(1901, 1, 7);
        for (var i = 0; i < reviews; i++)
        {
            var start = first.PlusDays(i * 4);
            var kind = i == badKindAt ? "bogus" : "countryVisit";
            text.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $$"""
                {"id": "R{{i}}", "mechanism": "GRECO", "cycle": "GRECO-5", "stateUnderReview": "AUT", "stages": [{"id": "R{{i}}-v", "kind": "{{kind}}", "name": "On-site visit", "timing": {"first": "{{start:uuuu-MM-dd}}", "last": "{{start.PlusDays(3):uuuu-MM-dd}}", "zone": "Europe/Vienna"}, "location": "in-country"}]}
                """);
        }

        return text.Append("]}").ToString();
    }
}
