namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class SessionsCommandTests
{
    [Fact]
    public void Sessions_AcrossTheUsDstChange_LengthensOnceNewYorkIsOnEdt()
    {
        // 09:00-17:00 local. Friday 12 March 2021: Vienna (CET) 08-16Z, New York (EST) 14-22Z, Amman (EET) 07-15Z: 14-15Z is common.
        // Monday 15 March: New York is on EDT (13-21Z), so 13-15Z is common. The weekend has no working hours.
        var result = CliRun.Run("sessions", "-p", "Secretariat=Europe/Vienna", "-p", "Washington=America/New_York", "-p", "Amman=Asia/Amman", "--date", "2021-03-12", "--days", "4");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().MatchRegex(@"Fri 2021-03-12\s+2021-03-12 14:00-15:00\s+Fri 15:00-16:00 \+01\s+Fri 09:00-10:00 -05\s+Fri 16:00-17:00 \+02\s+-");
        result.Out.Should().MatchRegex(@"Mon 2021-03-15\s+2021-03-15 13:00-15:00\s+Mon 14:00-16:00 \+01\s+Mon 09:00-11:00 -04\s+Mon 15:00-17:00 \+02\s+-");
        result.Out.Should().Contain("2021-03-13: no session:").And.Contain("2021-03-14: no session:");
        result.Out.Should().Contain("2 session(s) planned, 2 day(s) without one.");
    }

    [Fact]
    public void Sessions_MinimumLongerThanTheCommonHour_LeavesTheFridayOut()
    {
        var result = CliRun.Run("sessions", "-p", "Secretariat=Europe/Vienna", "-p", "Washington=America/New_York", "-p", "Amman=Asia/Amman", "--date", "2021-03-12", "--days", "1", "--min-length", "90");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("2021-03-12: no session:");
        result.Out.Should().Contain("0 session(s) planned, 1 day(s) without one.");
    }

    [Fact]
    public void Sessions_NeighbouringZones_TakeTheLongestSessionSplitIntoSittings()
    {
        // Paris and Berlin 09:00-17:00 CET = 08:00-16:00Z: a 180-minute session at 08:00Z, sittings of 90 min with a 15-minute break.
        var result = CliRun.Run("sessions", "-p", "A=Europe/Paris", "-p", "B=Europe/Berlin", "--date", "2021-03-08", "--days", "1");

        result.Out.Should().MatchRegex(@"Mon 2021-03-08\s+2021-03-08 08:00-11:00\s+Mon 09:00-12:00 \+01\s+Mon 09:00-12:00 \+01");
        result.Out.Should().Contain("2021-03-08: sittings 08:00-09:30, 09:45-11:00 (UTC)");
    }

    [Fact]
    public void Sessions_BadHours_ExitsOne()
    {
        var result = CliRun.Run("sessions", "-p", "A=Europe/Paris", "--date", "2021-03-08", "--hours", "09:00-09:00");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--hours '09:00-09:00'");
    }

    [Fact]
    public void Sessions_HoursAcrossMidnight_Offer90MinutesFrom2300To0030HostTime()
    {
        // 20:00-00:30 local for both: South Georgia (-02) is three hours behind Vienna (CET, +01), so the common time is
        // 23:00-00:30 Vienna = 22:00-23:30Z on Monday 13 January 2025, a session that ends after the host's midnight.
        var result = CliRun.Run("sessions", "-p", "Secretariat=Europe/Vienna", "-p", "Expert=Atlantic/South_Georgia", "--date", "2025-01-13", "--days", "1", "--hours", "20:00-00:30", "--length", "90", "--min-length", "90");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Working hours: 20:00-00:30 local time (ending the next day), Monday to Friday");
        result.Out.Should().MatchRegex(@"Mon 2025-01-13\s+2025-01-13 22:00-23:30\s+Mon 23:00-00:30 \+01\s+Mon 20:00-21:30 -02\s+-");
        result.Out.Should().Contain("1 session(s) planned, 0 day(s) without one.");
    }

    [Fact]
    public void Sessions_SameNameTwice_ExitsOne()
    {
        var result = CliRun.Run("sessions", "-p", "A=Europe/Paris", "-p", "A=Asia/Tokyo", "--date", "2021-03-08");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the name 'A' is given twice");
    }
}
