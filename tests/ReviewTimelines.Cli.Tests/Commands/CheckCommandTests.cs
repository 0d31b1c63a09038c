using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_EmbeddedTimetable_SaysSoInTheHeaderAndExitsByHardConflicts()
    {
        var result = CliRun.Run("check");

        result.Error.Should().BeEmpty();
        result.Out.Should().StartWith("review-timelines check\n");
        result.Out.Should().Contain("Timetable: the embedded ILLUSTRATIVE sample timetable (no --input given; samples/sample-timetable.json).");
        result.Out.Should().Contain("  Note: Illustrative sample timetable, not a real schedule");
        var json = JsonDocument.Parse(CliRun.Run("check", "--format", "json").Out).RootElement;
        json.GetProperty("timetable").GetProperty("source").GetString().Should().Be("embedded");
        json.GetProperty("timetable").GetProperty("note").GetString().Should().Be(SampleTimetableFile.Timetable.Note);
        var hard = json.GetProperty("summary").GetProperty("hard").GetInt32();
        result.ExitCode.Should().Be(hard > 0 ? 2 : 0);
        result.Out.Should().Contain(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} hard", hard));
    }

    [Theory]
    [InlineData("country:AUT", "stage:SAMPLE-GRECO5-AUT/G3", "stage:SAMPLE-WGB4-AUT/W4")]
    [InlineData("person:ESP-EXPERT-1", "stage:SAMPLE-GRECO5-AUT/G3", "stage:SAMPLE-IRM2-ARE/U8")]
    [InlineData("person:PER-EXPERT-1", "stage:SAMPLE-IRM2-COL/U8", "meeting:IRG-12")]
    public void Check_EmbeddedTimetable_ReportsEachPlantedClashAsHard(string resource, string first, string second)
    {
        var sample = SampleTimetableFile.Timetable;
        var json = JsonDocument.Parse(CliRun.Run("check", "--format", "json").Out).RootElement;
        string[] items = [first, second];
        var ranges = items.Select(i => Range(sample, i)).ToArray();
        var overlap = ranges[0].Intersect(ranges[1])!.Value;
        var matching = json.GetProperty("conflicts").EnumerateArray()
            .Where(c => c.GetProperty("resource").GetString() == resource
                && items.All(i => c.GetProperty("items").EnumerateArray().Any(x => x.GetString() == i)))
            .ToArray();

        matching.Should().NotBeEmpty("{0} is planted on {1}", string.Join(", ", items), resource);
        matching.Should().OnlyContain(c => c.GetProperty("severity").GetString() == "hard");
        matching.Should().Contain(c => c.GetProperty("start").GetString() == InstantPattern.ExtendedIso.Format(overlap.Start)
            && c.GetProperty("end").GetString() == InstantPattern.ExtendedIso.Format(overlap.End));
    }

    [Fact]
    public void Check_WindowWithoutConflicts_ExitsZero()
    {
        var result = CliRun.Run("check", "--from", "2022-01-01", "--to", "2022-12-31");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Window: 2022-01-01 to 2022-12-31 (UTC days, inclusive)");
        result.Out.Should().Contain("0 conflict(s): 0 hard");
    }

    [Fact]
    public void Check_WindowAroundTheAustrianVisits_ExitsTwo()
    {
        var result = CliRun.Run("check", "--from", "2021-09-01", "--to", "2021-10-31");

        result.ExitCode.Should().Be(2);
        result.Out.Should().Contain("stage:SAMPLE-GRECO5-AUT/G3, stage:SAMPLE-WGB4-AUT/W4");
    }

    [Fact]
    public void Check_FormatMarkdown_WritesATable()
    {
        var result = CliRun.Run("check", "--format", "markdown");

        result.Out.Should().StartWith("# review-timelines check\n");
        result.Out.Should().Contain("| # | Severity | Kind | Resource | Local dates | Items | Conflict |");
    }

    [Fact]
    public void Check_SameArguments_SameOutput()
    {
        CliRun.Run("check", "--format", "json", "--now", "2021-03-01T00:00:00Z").Out
            .Should().Be(CliRun.Run("check", "--format", "json", "--now", "2021-03-01T00:00:00Z").Out);
    }

    [Fact]
    public void Check_IcsFeedBusyForAPerson_ReportsItsEventAgainstTheVisit()
    {
        // A working group meeting on 28 September 2021, 10:00-12:00 Paris time (CEST), in the feed of the Spanish expert,
        // who is on the GRECO visit to Austria (27 September to 1 October 2021, all day in Vienna).
        var feed = CliRun.DataPath("other-secretariat.ics");

        var result = CliRun.Run("check", "--ics", "person:ESP-EXPERT-1=" + feed, "--format", "json");

        result.ExitCode.Should().Be(2);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("timetable").GetProperty("feeds")[0].GetString().Should().StartWith("other-secretariat.ics (2 busy event(s)");
        var conflict = json.GetProperty("conflicts").EnumerateArray()
            .Single(c => c.GetProperty("items").EnumerateArray().Any(i => i.GetString()!.EndsWith("ics:other-secretariat.ics:1", StringComparison.Ordinal))
                && c.GetProperty("items").EnumerateArray().Any(i => i.GetString() == "stage:SAMPLE-GRECO5-AUT/G3"));
        conflict.GetProperty("kind").GetString().Should().Be("person-double-booked");
        conflict.GetProperty("severity").GetString().Should().Be("hard");
        conflict.GetProperty("resource").GetString().Should().Be("person:ESP-EXPERT-1");
        conflict.GetProperty("start").GetString().Should().Be("2021-09-28T08:00:00Z");
        conflict.GetProperty("end").GetString().Should().Be("2021-09-28T10:00:00Z");
    }

    [Fact]
    public void Check_IcsFeedWithoutResource_IsShownButNotChecked()
    {
        var withFeed = CliRun.Run("check", "--ics", CliRun.DataPath("other-secretariat.ics"), "--format", "json");
        var without = CliRun.Run("check", "--format", "json");

        withFeed.ExitCode.Should().Be(without.ExitCode);
        JsonDocument.Parse(withFeed.Out).RootElement.GetProperty("conflicts").GetArrayLength()
            .Should().Be(JsonDocument.Parse(without.Out).RootElement.GetProperty("conflicts").GetArrayLength());
        withFeed.Out.Should().Contain("no resource given: counted, not checked");
    }

    private static InstantRange Range(Timetable timetable, string item) => item.StartsWith("stage:", StringComparison.Ordinal)
        ? timetable.GetStage(new StageId(item["stage:".Length..])).Timing.ToInstantRange()
        : timetable.GetMeeting(new MeetingId(item["meeting:".Length..])).Timing.ToInstantRange();
}
