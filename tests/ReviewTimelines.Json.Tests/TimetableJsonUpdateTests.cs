using System.Text;
using CsCheck;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary><see cref="TimetableJson.Update"/>: an unchanged file comes back byte for byte, a changed one differs only where the timetable changed.</summary>
public class TimetableJsonUpdateTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    /// <summary>Every readable sample timetable of the repository (paths from the repository root).</summary>
    public static TheoryData<string> RepositorySamples => new()
    {
        "samples/sample-timetable.json",
        "tests/ReviewTimelines.Json.Tests/Samples/austria-2021.json",
        "tests/ReviewTimelines.Cli.Tests/Data/austria-2021.json",
        "tests/ReviewTimelines.Web.Tests/Data/timetable.json",
    };

    [Theory]
    [MemberData(nameof(RepositorySamples))]
    public void Update_UnchangedRepositorySample_ReturnsTheFileByteForByte(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), relativePath));

        var written = Format.Update(bytes, Format.Read(bytes));

        written.Should().Equal(bytes);
    }

    [Fact]
    public void Update_UnchangedHandWrittenFile_ReturnsTheFileByteForByte()
    {
        var bytes = Encoding.UTF8.GetBytes(HandWritten);

        Format.Update(bytes, Format.Read(bytes)).Should().Equal(bytes);
    }

    [Theory]
    [MemberData(nameof(RepositorySamples))]
    public void Update_OneStageMoved_ChangesOnlyThatStagesTimingLines(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), relativePath));
        var read = Format.Read(bytes);
        var stage = read.Timetable.Stages.First(s => s.Timing is DateRangeTiming);
        var range = ((DateRangeTiming)stage.Timing).Dates;
        var moved = ZonedDateRange.FromDates(range.Start.PlusDays(7), range.End.PlusDays(7), range.Zone);

        var written = Format.Update(bytes, Move(read, stage.Id, moved));

        var (removed, added) = LineDiff(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
        string[] revisionBefore = stage.Revision > 0 ? [$"\"revision\": {stage.Revision}"] : [];
        removed.Should().BeEquivalentTo([$"\"first\": \"{Iso(range.Start)}\"", $"\"last\": \"{Iso(range.End)}\"", .. revisionBefore]);
        added.Should().BeEquivalentTo([$"\"first\": \"{Iso(moved.Start)}\"", $"\"last\": \"{Iso(moved.End)}\"", $"\"revision\": {stage.Revision + 1}"]);
        Format.Read(written).Timetable.GetStage(stage.Id).Timing.Should().Be(new DateRangeTiming(moved));
    }

    [Fact]
    public void Update_HandWrittenFileStageMoved_KeepsCommentsOrderIndentAndCrLf()
    {
        var original = HandWritten.ReplaceLineEndings("\r\n");
        var bytes = Encoding.UTF8.GetBytes(original);
        var read = Format.Read(bytes);
        var moved = ZonedDateRange.FromDates(new LocalDate(2021, 6, 28), new LocalDate(2021, 6, 30), DateTimeZoneProviders.Tzdb["Europe/Vienna"]);

        var text = Encoding.UTF8.GetString(Format.Update(bytes, Move(read, new StageId("UNCAC2-AUT-visit"), moved)));

        // The one-line timing keeps its line; the stage's revision (1 after its first move) follows on a line of its own, in CRLF.
        text.Should().Be(original.Replace(
            "\"timing\": { \"first\": \"2021-06-09\", \"last\": \"2021-06-11\", \"zone\": \"Europe/Vienna\" }",
            "\"timing\": { \"first\": \"2021-06-28\", \"last\": \"2021-06-30\", \"zone\": \"Europe/Vienna\" },\r\n                    \"revision\": 1",
            StringComparison.Ordinal));
        text.Should().Contain("// Austria 2021, kept by hand.").And.Contain("/* the visit, to be agreed */");
    }

    [Fact]
    public void Update_ReviewAdded_InsertsOneBlockAfterTheLastReviewAndChangesNoOtherLine()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "tests/ReviewTimelines.Cli.Tests/Data/austria-2021.json"));
        var read = Format.Read(bytes);
        var template = read.Timetable.Reviews[0];
        var copy = template with
        {
            Id = new ReviewId("COPY-REVIEW"),
            Stages = [.. template.Stages.Select(s => s with { Id = new StageId("COPY-" + s.Id.Value), Predecessors = [.. s.Predecessors.Select(p => new StageId("COPY-" + p.Value))] })],
        };
        var builder = read.Timetable.ToBuilder();
        builder.AddReview(copy);
        var changed = new TimetableDocument(builder.Build(), read.Feeds);

        var written = Format.Update(bytes, changed);

        var before = Encoding.UTF8.GetString(bytes).Split('\n');
        var after = Encoding.UTF8.GetString(written).Split('\n');
        var prefix = before.Zip(after).TakeWhile(p => p.First == p.Second).Count();
        var inserted = after.Length - before.Length;
        before[prefix].Should().Be("    }", "the last review ends there");
        after[prefix].Should().Be("    },", "only the last line of the last review gains a comma, then the new review follows");
        after.Skip(prefix + 1 + inserted).Should().Equal(before.Skip(prefix + 1));
        after.Skip(prefix + 1).Take(after.Length - before.Length).Should().Contain("      \"id\": \"COPY-REVIEW\",");
        Format.Write(Format.Read(written)).Should().Be(Format.Write(changed));
    }

    [Fact]
    public void Update_MeetingRemoved_CutsItsLinesOnly()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples/sample-timetable.json"));
        var read = Format.Read(bytes);
        var meeting = read.Timetable.Meetings[1];
        var canonical = System.Text.Json.Nodes.JsonNode.Parse(Format.Write(read))!;
        var meetings = canonical["meetings"]!.AsArray();
        meetings.Remove(meetings.First(m => (string)m!["id"]! == meeting.Id.Value));
        var changed = Format.Read(canonical.ToJsonString());

        var written = Format.Update(bytes, changed);

        var (removed, added) = LineDiff(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
        added.Should().BeEmpty();
        removed.Should().Contain($"\"id\": \"{meeting.Id.Value}\"");
        Format.Write(Format.Read(written)).Should().Be(Format.Write(changed));
    }

    [Fact]
    public void Update_RandomTimetablesReindentedWithOneStageMoved_ReadsAsTheChangedTimetable()
    {
        Gen.Int.Sample(
            seed =>
            {
                var document = RandomTimetables.Create(seed);
                var stage = document.Timetable.Stages.FirstOrDefault(s => s.Timing is DateRangeTiming && !s.IsPinned);
                if (stage is null)
                {
                    return;
                }

                // The same file with four-space indentation, tabs before nothing, and CRLF: not the writer's layout.
                var file = Encoding.UTF8.GetBytes(Format.Write(document).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "    ", StringComparison.Ordinal));
                var range = ((DateRangeTiming)stage.Timing).Dates;
                var changed = Move(document, stage.Id, ZonedDateRange.FromDates(range.Start.PlusDays(3), range.End.PlusDays(3), range.Zone));

                var written = Format.Update(file, changed);

                Format.Write(Format.Read(written)).Should().Be(Format.Write(changed));
                var (removed, added) = LineDiff(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(written));
                removed.Length.Should().BeInRange(1, 3, "first, last and at most a revision line");
                added.Length.Should().BeInRange(2, 3, "first or last, and the revision line");
            },
            iter: 200);
    }

    private static TimetableDocument Move(TimetableDocument document, StageId id, ZonedDateRange to)
    {
        var builder = document.Timetable.ToBuilder();
        builder.ReplaceStage(document.Timetable.GetStage(id).MovedTo(new DateRangeTiming(to)));
        return new TimetableDocument(builder.Build(), document.Feeds);
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    // The lines only in one text or only in the other (as multisets, trimmed), for same-length edits.
    private static (string[] Removed, string[] Added) LineDiff(string before, string after)
    {
        var a = before.Split('\n').Select(l => l.Trim().TrimEnd(',')).ToList();
        var b = after.Split('\n').Select(l => l.Trim().TrimEnd(',')).ToList();
        var removed = new List<string>(a);
        var added = new List<string>();
        foreach (var line in b)
        {
            if (!removed.Remove(line))
            {
                added.Add(line);
            }
        }

        var kept = new List<string>(b);
        var gone = new List<string>();
        foreach (var line in a)
        {
            if (!kept.Remove(line))
            {
                gone.Add(line);
            }
        }

        return ([.. gone], [.. added]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewTimelines.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }

    // A file as a person writes it: comments, four-space indent, its own property order, one-line timings.
    private const string HandWritten = """
        {
            // Austria 2021, kept by hand.
            "formatVersion": 2,
            "mechanisms": [ { "reference": "UNCAC-IRM" }, { "reference": "GRECO" } ],
            "cycles": [ { "id": "UNCAC-2", "mechanism": "UNCAC-IRM", "name": "Second cycle" } ],
            "countries": [
                { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" }
            ],
            "reviews": [
                {
                    "mechanism": "UNCAC-IRM",
                    "id": "UNCAC2-AUT",
                    "cycle": "UNCAC-2",
                    "stateUnderReview": "AUT",
                    /* the visit, to be agreed */
                    "stages": [
                        {
                            "id": "UNCAC2-AUT-visit",
                            "name": "Country visit",
                            "kind": "countryVisit",
                            "timing": { "first": "2021-06-09", "last": "2021-06-11", "zone": "Europe/Vienna" }
                        }
                    ]
                }
            ]
        }

        """;
}
