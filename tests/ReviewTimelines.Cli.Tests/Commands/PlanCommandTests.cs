namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_GrecoFromFirstOfMarch2021_DatesTheStagesByTheRules()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2021-03-01", "--country", "AUT", "--zone", "Europe/Vienna");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("the embedded reference timetable");
        result.Out.Should().Contain("T0 = 2021-03-01");
        var rows = Rows(result.Out);

        // G1: questionnaire sent on T0, a deadline at the end of that day in Strasbourg (CET, UTC+1).
        // The deadline names the responsible party's local day and zone, never a bare UTC instant (issue 13 item 5).
        rows["G1"].Should().Contain("2021-03-01").And.Contain("2021-03-01 Europe/Paris").And.NotContain("T23:00:00Z");
        result.Out.Should().Contain("Deadline (end of day, party's zone)").And.NotContain("(UTC)");

        // G2: replies three months after G1: 1 June 2021, end of day in Vienna (CEST, UTC+2).
        rows["G2"].Should().Contain("2021-06-01").And.Contain("2021-06-01 Europe/Vienna");

        // G3: five working days from G2 + 2 months = Sunday 1 August 2021, so Monday 2 to Friday 6 August.
        rows["G3"].Should().Contain("2021-08-02 to 2021-08-06").And.Contain("Europe/Vienna");
    }

    [Fact]
    public void Plan_WithoutCountry_UsesTheSeatZoneAndSaysSo()
    {
        var result = CliRun.Run("plan", "-m", "UNCAC-IRM", "--start", "2021-03-01");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("State under review: State under review: no calendar in the timetable; Monday-Friday working days, no holidays, zone Europe/Vienna.");
        Rows(result.Out).Keys.Should().Equal("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10");
    }

    [Fact]
    public void Plan_MissingStart_ExitsOne()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--start");
    }

    private static Dictionary<string, string> Rows(string output) => output
        .Split('\n')
        .SkipWhile(l => !l.StartsWith("Key ", StringComparison.Ordinal))
        .Skip(2)
        .TakeWhile(l => l.Length > 0)
        .ToDictionary(l => l.Split(' ')[0], l => l, StringComparer.Ordinal);
}
