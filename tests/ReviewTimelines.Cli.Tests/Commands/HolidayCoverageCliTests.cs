using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Issue 13 item 2 through the tool: a calendar asked about years its holiday data does not cover stops the check with a clear error.</summary>
public sealed class HolidayCoverageCliTests
{
    [Fact]
    public void Check_SampleCalendarCoveringFewerYearsThanItsReview_FailsNamingCalendarYearAndDate()
    {
        // The sample's Austrian calendar holds the public holidays of 2021-2030 and declares that coverage; cut the
        // declaration to 2021 and the GRECO publication deadline of Tue 8 March 2022 falls outside it.
        using var temp = new TempFolder();
        var text = SampleTimetableFile.Text().Replace(
            "\"first\": \"2021-01-01\",\n            \"last\": \"2030-12-31\"",
            "\"first\": \"2021-01-01\",\n            \"last\": \"2021-12-31\"",
            StringComparison.Ordinal);
        text.Should().NotBe(SampleTimetableFile.Text(), "the test must change the declared coverage");
        var input = temp.File("cut-coverage.json", text);

        var result = CliRun.Run("check", "--input", input);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("calendar 'AUT (illustrative sample calendar, public holidays 2021-2030)' has no holiday data for 2022 (asked about 2022-03-08)")
            .And.Contain("'check' stops rather than treat those dates as having no public holidays. Add that year's holidays to the calendar and extend its holidayCoverage")
            .And.NotContain("supported years").And.NotContain("WorkingCalendar.Answer");
    }

    [Fact]
    public void Plan_PastTheSampleAustrianCoverage_FailsWithTheOptionToProceed_AndProceedsWithAWarning()
    {
        // A GRECO review of Austria from 2029 runs into 2031, past the declared 2021-2030.
        var refused = CliRun.Run("plan", "-m", "GRECO", "--start", "2029-01-08", "--country", "AUT");

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().StartWith("error: calendar 'AUT (illustrative sample calendar, public holidays 2021-2030)' has no holiday data for 2031 (asked about ")
            .And.Contain("'plan' stops rather than treat those dates as having no public holidays")
            .And.Contain("or pass --allow-uncovered-dates to plan as if they had none");

        var forced = CliRun.Run("plan", "-m", "GRECO", "--start", "2029-01-08", "--country", "AUT", "--allow-uncovered-dates");

        forced.ExitCode.Should().Be(0);
        forced.Error.Should().Contain("2031");
    }

    [Fact]
    public void Check_EmbeddedSample_DeclaresAustrianCoverageAndRuns()
    {
        var coverage = SampleTimetableFile.Timetable.Countries.Single(c => c.Code.Value == "AUT").Calendar!.HolidayCoverage;
        coverage.Should().ContainSingle();
        coverage[0].Dates.Equals(new NodaTime.DateInterval(new NodaTime.LocalDate(2021, 1, 1), new NodaTime.LocalDate(2030, 12, 31))).Should().BeTrue("the sample declares 2021-2030 for Austria, got {0}", coverage[0].Dates);

        CliRun.Run("check").ExitCode.Should().Be(2, "the sample has hard conflicts on purpose; no coverage error");
    }
}
