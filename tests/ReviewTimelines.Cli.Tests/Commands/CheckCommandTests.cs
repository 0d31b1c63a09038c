using System.Text.Json;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_EmbeddedTimetable_SaysSoInTheHeaderAndExitsByHardConflicts()
    {
        var result = CliRun.Run("check");

        result.Error.Should().BeEmpty();
        result.Out.Should().StartWith("review-timelines check\n");
        result.Out.Should().Contain("the embedded reference timetable");
        result.Out.Should().Contain("ILLUSTRATIVE");
        var json = JsonDocument.Parse(CliRun.Run("check", "--format", "json").Out).RootElement;
        var hard = json.GetProperty("summary").GetProperty("hard").GetInt32();
        result.ExitCode.Should().Be(hard > 0 ? 2 : 0);
        result.Out.Should().Contain(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} hard", hard));
    }

    [Fact]
    public void Check_EmbeddedTimetable_FindsTheIrgResumedSessionHeldDuringCosp8()
    {
        // Published dates: COSP 8 ran 16-20 December 2019 in Abu Dhabi, the IRG's second resumed 10th session 17-18 December there.
        var json = JsonDocument.Parse(CliRun.Run("check", "--format", "json").Out).RootElement;

        var conflicts = json.GetProperty("conflicts").EnumerateArray()
            .Where(c => c.GetProperty("items").EnumerateArray().Select(i => i.GetString()).SequenceEqual(["meeting:COSP-08", "meeting:IRG-10-R2"]))
            .ToArray();

        conflicts.Should().ContainSingle();
        conflicts[0].GetProperty("severity").GetString().Should().Be("hard");
        conflicts[0].GetProperty("start").GetString().Should().Be("2019-12-16T20:00:00Z");
        conflicts[0].GetProperty("end").GetString().Should().Be("2019-12-18T20:00:00Z");
    }

    [Fact]
    public void Check_WindowWithoutConflicts_ExitsZero()
    {
        var result = CliRun.Run("check", "--from", "2018-01-01", "--to", "2018-12-31");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Window: 2018-01-01 to 2018-12-31 (UTC days, inclusive)");
        result.Out.Should().Contain("0 conflict(s): 0 hard");
    }

    [Fact]
    public void Check_WindowAroundCosp8_ExitsTwo()
    {
        var result = CliRun.Run("check", "--from", "2019-12-01", "--to", "2019-12-31");

        result.ExitCode.Should().Be(2);
        result.Out.Should().Contain("meeting:COSP-08, meeting:IRG-10-R2");
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
    public void Check_IcsFeedBusyForASeat_ReportsItsEventAgainstThePlenary()
    {
        // Bureau retreat 18 June 2019 10:00-12:00 Paris time, during GRECO 83 (17-21 June 2019, Strasbourg).
        var feed = CliRun.DataPath("other-secretariat.ics");

        var result = CliRun.Run("check", "--ics", "seat:GRECO=" + feed, "--format", "json");

        result.ExitCode.Should().Be(2);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("timetable").GetProperty("feeds")[0].GetString().Should().StartWith("other-secretariat.ics (2 busy event(s)");
        var conflict = json.GetProperty("conflicts").EnumerateArray()
            .Single(c => c.GetProperty("items").EnumerateArray().Any(i => i.GetString()!.EndsWith("ics:other-secretariat.ics:1", StringComparison.Ordinal)));
        conflict.GetProperty("items")[0].GetString().Should().Be("meeting:GRECO-83");
        conflict.GetProperty("resource").GetString().Should().Be("seat:GRECO");
        conflict.GetProperty("start").GetString().Should().Be("2019-06-18T08:00:00Z");
        conflict.GetProperty("end").GetString().Should().Be("2019-06-18T10:00:00Z");
    }

    [Fact]
    public void Check_IcsFeedWithoutResource_IsShownButNotChecked()
    {
        var withFeed = CliRun.Run("check", "--ics", CliRun.DataPath("other-secretariat.ics"), "--format", "json");
        var without = CliRun.Run("check", "--format", "json");

        withFeed.ExitCode.Should().Be(without.ExitCode);
        JsonDocument.Parse(withFeed.Out).RootElement.GetProperty("conflicts").GetArrayLength()
            .Should().Be(JsonDocument.Parse(without.Out).RootElement.GetProperty("conflicts").GetArrayLength());
        withFeed.Out.Should().Contain("no resource given: shown, not checked");
    }
}
