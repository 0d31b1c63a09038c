using System.Text.RegularExpressions;
using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Tests.WriteBack;

/// <summary><c>plan --add-to</c>: the planned review is appended to the file as one block, with the dates the plan printed.</summary>
public sealed class PlanAddToTests
{
    [Fact]
    public void PlanAddTo_SampleFile_AppendsTheReviewWithThePrintedDatesAndChangesNoOtherLine()
    {
        using var temp = ProposeApplyTests.CopyOfSampleFile(out var input);
        var output = Path.Combine(temp.Path, "planned.json");

        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2022-03-01", "--country", "AUT", "--add-to", input, "--out", output);

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Added review GRECO-AUT-2022 (9 stages) to the timetable. Wrote " + output + ".");
        var review = new TimetableJson(DateTimeZoneProviders.Tzdb).Read(File.ReadAllBytes(output)).Timetable.Reviews.Single(r => r.Id == new ReviewId("GRECO-AUT-2022"));
        review.Cycle.Should().Be(new CycleId("GRECO-5"), "the file's only GRECO cycle");
        review.Stages.Should().HaveCount(9);
        foreach (var stage in review.Stages)
        {
            var key = stage.Id.Value["GRECO-AUT-2022/".Length..];
            var dates = ((DateRangeTiming)stage.Timing).Dates;
            var text = dates.Start == dates.End ? Iso(dates.Start) : Iso(dates.Start) + " to " + Iso(dates.End);
            result.Out.Should().MatchRegex("(?m)^" + Regex.Escape(key) + @"\s.*\s" + Regex.Escape(text) + @"\s+" + Regex.Escape(dates.Zone.Id) + @"\s");
        }

        review.Stages.Single(s => s.Id == new StageId("GRECO-AUT-2022/G2")).Deadline!.Party.Should().Be(TimetableResource.ForCountry(new CountryCode("AUT")));
        var before = File.ReadAllLines(input);
        var after = File.ReadAllLines(output);
        var prefix = before.Zip(after).TakeWhile(p => p.First == p.Second).Count();
        after[prefix].Should().Be("    },");
        after[prefix + 1].Should().Be("    {");
        after[prefix + 2].Should().Be("      \"id\": \"GRECO-AUT-2022\",");
        after.Skip(prefix + after.Length - before.Length).Should().Equal(before.Skip(prefix), "the review is one inserted block after the last review");
    }

    [Fact]
    public void PlanAddTo_WithoutOut_ExitsOneAndWritesNothing()
    {
        using var temp = ProposeApplyTests.CopyOfSampleFile(out var input);

        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2022-03-01", "--country", "AUT", "--add-to", input);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--add-to needs --out FILE (a new file) or --in-place (over --input)");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().Equal(["austria-2021.json"]);
    }

    [Fact]
    public void PlanAddTo_ReviewIdTaken_ExitsOne()
    {
        using var temp = new TempFolder();

        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2022-03-01", "--country", "AUT", "--add-to", CliRun.DataPath("austria-2021.json"), "--review-id", "GRECO5-AUT", "--out", Path.Combine(temp.Path, "x.json"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the timetable already has a review 'GRECO5-AUT'; give another --review-id");
        Directory.GetFiles(temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Plan_OutWithoutAddTo_ExitsOne()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2022-03-01", "--out", "x.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--out, --in-place, --review-id and --cycle go with --add-to");
    }

    // The plan prints local dates with their weekday ("Mon 2022-08-01").
    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Create("ddd uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Format(date);
}
