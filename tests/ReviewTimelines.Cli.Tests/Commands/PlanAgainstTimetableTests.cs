namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Issue 14 item 6: <c>plan</c> takes the existing timetable and chooses a visit window that creates no hard conflict (CAC/COSP/IRG/2021/4 §22), listing the windows it rejected and why.</summary>
public sealed class PlanAgainstTimetableTests
{
    [Fact]
    public void Plan_GrecoReviewOfAustriaIntoTheSample_MovesTheVisitPastVisitsPlenaryAndHolidays()
    {
        // The planner alone puts the on-site visit on Mon 4 - Fri 8 Oct 2021, right after the sample's GRECO and WGB visits
        // to Austria (27 Sep - 1 Oct): too close; 18-22 Oct overlaps the FATF plenary Austria attends; the weeks of
        // 25 Oct and 1 Nov hold Austrian holidays; 8-12 Nov is clear, and the adoption moves with it.
        var result = CliRun.Run("plan", "-m", "GRECO", "--start", "2021-04-28", "--country", "AUT");

        result.ExitCode.Should().Be(0);
        result.Out.Should().MatchRegex(@"(?m)^G3\s+On-site visit\s+CountryVisit\s+Mon 2021-11-08 to Fri 2021-11-12\s+Europe/Vienna\s+-\s+MovedClearOfTimetable\s");
        var lines = result.Out.Split('\n').Where(l => l.StartsWith("- rejected ", StringComparison.Ordinal) || l.StartsWith("- clear", StringComparison.Ordinal)).ToArray();
        lines.Should().HaveCount(6);
        lines[0].Should().StartWith("- rejected G3 Mon 2021-10-04 to Fri 2021-10-08 Europe/Vienna: ").And.Contain("at least 10 are needed");
        lines[1].Should().StartWith("- rejected G3 Mon 2021-10-11 to Fri 2021-10-15 Europe/Vienna: ").And.Contain("at least 10 are needed");
        lines[2].Should().StartWith("- rejected G3 Mon 2021-10-18 to Fri 2021-10-22 Europe/Vienna: ").And.Contain("FATF plenary October 2021");
        lines[3].Should().Be("- rejected G3 Mon 2021-10-25 to Fri 2021-10-29 Europe/Vienna: Tue 2021-10-26 is National Day (illustrative) in the calendar 'AUT (illustrative sample calendar, public holidays 2021-2030)'.");
        lines[4].Should().StartWith("- rejected G3 Mon 2021-11-01 to Fri 2021-11-05 Europe/Vienna: Mon 2021-11-01 is All Saints' Day (illustrative)");
        lines[5].Should().Be("- clear from G3 Mon 2021-11-08 to Fri 2021-11-12 Europe/Vienna (moved from Mon 2021-10-04 to Fri 2021-10-08 Europe/Vienna); the later stages follow it.");
    }

    [Fact]
    public void Plan_IgnoreTimetable_KeepsThePlannersVisit()
    {
        var result = CliRun.Run("plan", "-m", "GRECO", "--start", "2021-04-28", "--country", "AUT", "--ignore-timetable");

        result.ExitCode.Should().Be(0);
        result.Out.Should().MatchRegex(@"(?m)^G3\s+On-site visit\s+CountryVisit\s+Mon 2021-10-04 to Fri 2021-10-08\s+Europe/Vienna\s+-\s+Computed\s");
        result.Out.Should().NotContain("Against the timetable");
    }

    [Fact]
    public void Plan_ClearStart_SaysSo()
    {
        var result = CliRun.Run("plan", "-m", "GRECO", "--start", "2021-03-01", "--country", "AUT");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("- clear: the plan creates no hard conflict.");
    }
}
