using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Tests.WriteBack;

/// <summary><c>propose --apply</c>: the written timetable holds the moves, and <c>check</c> on it finds the hard conflicts propose predicted.</summary>
public sealed class ProposeApplyTests
{
    [Fact]
    public void ProposeApply_ThenCheck_FindsExactlyThePredictedHardConflicts()
    {
        using var temp = CopyOfSampleFile(out var input);
        var output = Path.Combine(temp.Path, "new.json");

        var propose = CliRun.Run("propose", "--input", input, "--apply", "--out", output);
        var check = CliRun.Run("check", "--input", output, "--format", "json");

        propose.Error.Should().BeEmpty();
        propose.ExitCode.Should().Be(2, "the German expert's outside hearing still overlaps the pinned GRECO visit");
        propose.Out.Should().Contain("Applied 2 of 2 move(s). Wrote " + output + ".");
        var predicted = Regex.Match(propose.Out, @"Hard conflicts check will find in it: (\d+): (.*)\n");
        predicted.Success.Should().BeTrue(propose.Out);
        var predictedIds = predicted.Groups[2].Value.Split(", ");
        check.ExitCode.Should().Be(2);
        HardIds(check.Out).Should().Equal(predictedIds);
        predictedIds.Should().Equal(["person-double-booked/16f2891f2b6b3d3d"]);
        var moved = Read(output);
        Dates(moved, "UNCAC2-AUT-visit").Should().Be("2021-06-28/2021-06-30");
        Dates(moved, "WGB4-HUN-visit").Should().Be("2021-06-21/2021-06-24");
        File.ReadAllBytes(input).Should().Equal(File.ReadAllBytes(CliRun.DataPath("austria-2021.json")), "the input is never written without --in-place");
    }

    [Fact]
    public void ProposeApply_AcceptOneMove_ChangesOnlyThatVisitsLines()
    {
        using var temp = CopyOfSampleFile(out var input);
        var output = Path.Combine(temp.Path, "new.json");

        var propose = CliRun.Run("propose", "--input", input, "--apply", "--accept", "WGB4-HUN-visit", "--out", output);

        propose.Out.Should().Contain("Applied 1 of 2 move(s).");
        var before = File.ReadAllLines(input);
        var after = File.ReadAllLines(output);
        var prefix = before.Zip(after).TakeWhile(p => p.First == p.Second).Count();
        var suffix = before.Reverse().Zip(after.Reverse()).TakeWhile(p => p.First == p.Second).Count();
        before[prefix..^suffix].Select(l => l.Trim()).Should().Equal(
            "\"first\": \"2021-06-14\",", "\"last\": \"2021-06-17\",", "\"zone\": \"Europe/Budapest\"", "},", "\"participants\": [",
            "\"expert-deu-1\",", "\"fp-hun\",", "\"sec-oecd-1\"", "],", "\"location\": \"in-country\"");
        after[prefix..^suffix].Select(l => l.Trim()).Should().Equal(
            "\"first\": \"2021-06-21\",", "\"last\": \"2021-06-24\",", "\"zone\": \"Europe/Budapest\"", "},", "\"participants\": [",
            "\"expert-deu-1\",", "\"fp-hun\",", "\"sec-oecd-1\"", "],", "\"location\": \"in-country\",", "\"revision\": 1");
        var moved = Read(output);
        Dates(moved, "UNCAC2-AUT-visit").Should().Be("2021-06-09/2021-06-11");
        moved.GetStage(new StageId("WGB4-HUN-visit")).Revision.Should().Be(1);
    }

    [Fact]
    public void ProposeApply_OutIsTheInput_RefusesWithoutInPlace()
    {
        using var temp = CopyOfSampleFile(out var input);

        var result = CliRun.Run("propose", "--input", input, "--apply", "--out", input);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("is the --input file; add --in-place to write over it");
        File.ReadAllBytes(input).Should().Equal(File.ReadAllBytes(CliRun.DataPath("austria-2021.json")));
    }

    [Fact]
    public void ProposeApply_InPlace_ReplacesTheInputAndLeavesNoTemporaryFile()
    {
        using var temp = CopyOfSampleFile(out var input);

        var result = CliRun.Run("propose", "--input", input, "--apply", "--in-place");

        result.Out.Should().Contain("Replaced " + Path.GetFullPath(input) + ".");
        Dates(Read(input), "UNCAC2-AUT-visit").Should().Be("2021-06-28/2021-06-30");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["austria-2021.json"]);
    }

    [Fact]
    public void ProposeApply_AcceptNotAMove_ExitsOneNamingTheMovesAndWritesNothing()
    {
        using var temp = CopyOfSampleFile(out var input);
        var output = Path.Combine(temp.Path, "new.json");

        var result = CliRun.Run("propose", "--input", input, "--apply", "--accept", "GRECO5-AUT-visit", "--out", output);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--accept stage:GRECO5-AUT-visit: not among the proposed moves (stage:UNCAC2-AUT-visit, stage:WGB4-HUN-visit)");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("--accept", "WGB4-HUN-visit")]
    [InlineData("--out", "x.json")]
    [InlineData("--in-place", null)]
    public void Propose_WriteOptionWithoutApply_ExitsOne(string option, string? value)
    {
        var result = CliRun.Run(value is null ? ["propose", option] : ["propose", option, value]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--accept, --out and --in-place go with --apply");
    }

    [Fact]
    public void ProposeApply_EmbeddedTimetableWithoutOut_ExitsOne()
    {
        var result = CliRun.Run("propose", "--apply", "--in-place");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--in-place: there is no --input file to write over");
    }

    internal static TempFolder CopyOfSampleFile(out string input)
    {
        var temp = new TempFolder();
        input = Path.Combine(temp.Path, "austria-2021.json");
        File.Copy(CliRun.DataPath("austria-2021.json"), input);
        Directory.CreateDirectory(Path.Combine(temp.Path, "feeds"));
        foreach (var feed in Directory.GetFiles(CliRun.DataPath("feeds")))
        {
            File.Copy(feed, Path.Combine(temp.Path, "feeds", Path.GetFileName(feed)));
        }

        return temp;
    }

    private static Timetable Read(string path) => new TimetableJson(DateTimeZoneProviders.Tzdb).Read(File.ReadAllBytes(path)).Timetable;

    private static string Dates(Timetable timetable, string stage) =>
        ((DateRangeTiming)timetable.GetStage(new StageId(stage)).Timing).Dates is var d
            ? NodaTime.Text.LocalDatePattern.Iso.Format(d.Start) + "/" + NodaTime.Text.LocalDatePattern.Iso.Format(d.End)
            : string.Empty;

    private static string[] HardIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("conflicts").EnumerateArray()
            .Where(c => c.GetProperty("severity").GetString() == "hard")
            .Select(c => c.GetProperty("id").GetString()!)];
    }
}
