namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class SessionsCommandTests
{
    [Fact]
    public void Sessions_AcrossTheUsDstChange_FindsTimeOnlyAfterIt()
    {
        // 09:00-17:00 local. Friday 12 March 2021: Vienna 08-16Z, New York (EST) 14-22Z, Amman 07-15Z: 60 common minutes, too
        // short for 90. Monday 15 March: New York is on EDT (13-21Z), so 13:00-15:00Z is common: one 90-minute session at 13:00Z.
        var result = CliRun.Run("sessions", "-p", "Secretariat=Europe/Vienna", "-p", "Washington=America/New_York", "-p", "Amman=Asia/Amman", "--date", "2021-03-12", "--days", "4");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("2021-03-12: no common working time for a 90-minute session.");
        result.Out.Should().MatchRegex(@"1\s+2021-03-15 13:00-14:30\s+Mon 2021-03-15 14:00-15:30\s+Mon 2021-03-15 09:00-10:30\s+Mon 2021-03-15 15:00-16:30");
        result.Out.Should().Contain("1 session(s) planned.");
    }

    [Fact]
    public void Sessions_SameZone_FillsTheDayUpToThePerDayLimit()
    {
        var result = CliRun.Run("sessions", "-p", "A=Europe/Paris", "-p", "B=Europe/Berlin", "--date", "2021-03-08", "--days", "1", "--length", "120", "--break", "30", "--per-day", "5");

        // 09:00-17:00 CET = 08:00-16:00Z: 08:00, 10:30, 13:00 (ends 15:00); a fourth at 15:30 would end after 16:00.
        result.Out.Should().Contain("2021-03-08 08:00-10:00").And.Contain("2021-03-08 10:30-12:30").And.Contain("2021-03-08 13:00-15:00");
        result.Out.Should().Contain("3 session(s) planned.");
    }

    [Fact]
    public void Sessions_BadHours_ExitsOne()
    {
        var result = CliRun.Run("sessions", "-p", "A=Europe/Paris", "--date", "2021-03-08", "--hours", "17:00-09:00");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--hours '17:00-09:00'");
    }
}
