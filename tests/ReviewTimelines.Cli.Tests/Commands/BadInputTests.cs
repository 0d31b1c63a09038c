namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class BadInputTests
{
    [Fact]
    public void Check_MissingInputFile_ExitsOneNamingTheFile()
    {
        var result = CliRun.Run("check", "--input", "no-such-timetable.json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("--input 'no-such-timetable.json'").And.Contain("not found");
    }

    [Fact]
    public void Check_MissingIcsFile_ExitsOneNamingTheFile()
    {
        var result = CliRun.Run("check", "--ics", "missing-feed.ics");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--ics 'missing-feed.ics': file not found");
    }

    [Fact]
    public void Check_UnreadableIcs_ExitsOneNamingTheFile()
    {
        var path = CliRun.DataPath("unreadable.ics");

        var result = CliRun.Run("check", "--ics", path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("--ics '" + path + "'");
    }

    [Fact]
    public void Check_IcsForUnknownCountry_ExitsOneNamingTheResource()
    {
        var result = CliRun.Run("check", "--ics", "country:XYZ=" + CliRun.DataPath("other-secretariat.ics"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the timetable has no country:XYZ");
    }

    [Fact]
    public void Check_IcsWithUnknownResourceKind_ExitsOne()
    {
        var result = CliRun.Run("check", "--ics", "room:A=" + CliRun.DataPath("other-secretariat.ics"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown resource kind 'room'");
    }

    [Theory]
    [InlineData("--now", "yesterday", "--now: 'yesterday' is not an ISO 8601 instant")]
    [InlineData("--from", "2021-13-01", "--from: '2021-13-01' is not an ISO date")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--from", "9999-12-20", "--from: '9999-12-20' is outside the years 1900-2200")]
    public void Check_MalformedOption_ExitsOneNamingTheOption(string option, string value, string message)
    {
        var result = CliRun.Run("check", option, value);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Check_ToBeforeFrom_ExitsOne()
    {
        var result = CliRun.Run("check", "--from", "2021-02-01", "--to", "2021-01-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--to (2021-01-01) is before --from (2021-02-01)");
    }

    [Fact]
    public void Sessions_UnknownZone_ExitsOneNamingTheZone()
    {
        var result = CliRun.Run("sessions", "-p", "Secretariat=Europe/Viena", "--date", "2021-03-08");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown time zone 'Europe/Viena'").And.Contain("--participant 'Secretariat=Europe/Viena'");
    }

    [Fact]
    public void Plan_UnknownMechanism_ExitsOneListingTheKnownOnes()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECCO", "--start", "2021-03-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown mechanism 'GRECCO'").And.Contain("GRECO");
    }

    [Fact]
    public void Plan_MechanismWithoutRuleSet_ExitsOne()
    {
        var result = CliRun.Run("plan", "--mechanism", "AU-ABC", "--start", "2021-03-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("no stage rule set for 'AU-ABC'");
    }

    [Fact]
    public void Plan_StartFarInTheFuture_ExitsOneNamingTheOption()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "9999-12-20");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--start: '9999-12-20' is outside the years 1900-2200");
    }

    [Fact]
    public void Plan_UnknownZone_ExitsOne()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2021-03-01", "--country", "AUT", "--zone", "Mars/Olympus");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--zone: unknown time zone 'Mars/Olympus'");
    }

    [Fact]
    public void UnknownCommand_ExitsOne()
    {
        var result = CliRun.Run("chek");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("chek").And.Contain("Run 'review-timelines --help' for usage.");
    }
}
