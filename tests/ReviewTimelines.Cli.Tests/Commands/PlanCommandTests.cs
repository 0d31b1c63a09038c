namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    [Fact]
    public void Plan_GrecoFromFirstOfMarch2021_DatesTheStagesByTheRules()
    {
        var result = CliRun.Run("plan", "--mechanism", "GRECO", "--start", "2021-03-01", "--country", "AUT", "--zone", "Europe/Vienna");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("the embedded ILLUSTRATIVE sample timetable");
        result.Out.Should().Contain("T0 = 2021-03-01");
        var rows = Rows(result.Out);

        // G1: questionnaire sent on T0, a deadline at the end of that day in Strasbourg (CET, UTC+1).
        // The deadline names the responsible party's local day and zone, never a bare UTC instant (issue 13 item 5).
        rows["G1"].Should().Contain("2021-03-01").And.Contain("2021-03-01 Europe/Paris").And.NotContain("T23:00:00Z");
        result.Out.Should().Contain("Deadline (end of day, party's zone)").And.NotContain("(UTC)");

        // G2: replies three months after G1: 1 June 2021, end of day in Vienna (CEST, UTC+2).
        rows["G2"].Should().Contain("2021-06-01").And.Contain("2021-06-01 Europe/Vienna");

        // G3: five working days from G2 + 2 months = Sunday 1 August 2021, so Monday 2 to Friday 6 August.
        rows["G3"].Should().Contain("Mon 2021-08-02 to Fri 2021-08-06").And.Contain("Europe/Vienna");
    }

    [Fact]
    public void Plan_MesicicReviewOfAustria_IsAnErrorUnlessForced()
    {
        // Issue 14 item 5: Austria is not an OAS member; the sample timetable lists MESICIC's member States.
        var refused = CliRun.Run("plan", "-m", "OAS-MESICIC", "--start", "2025-03-03", "--country", "AUT");
        var forced = CliRun.Run("plan", "-m", "OAS-MESICIC", "--start", "2025-03-03", "--country", "AUT", "--force");
        var member = CliRun.Run("plan", "-m", "OAS-MESICIC", "--start", "2025-03-03", "--country", "COL");

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain("AUT is not a member State of").And.Contain("OAS-MESICIC");
        refused.Out.Should().BeEmpty();
        forced.ExitCode.Should().Be(0);
        forced.Error.Should().Contain("warning: Forced: AUT is not a member State of");
        Rows(forced.Out).Keys.Should().Contain("M12");
        member.ExitCode.Should().Be(0);
        member.Error.Should().NotContain("member State");
    }

    [Fact]
    public void Plan_FormatJson_GivesLocalDatesWeekdaysZonesAndEstimates()
    {
        var result = CliRun.Run("plan", "-m", "GRECO", "--start", "2025-01-06", "--country", "AUT", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        var stages = doc.RootElement.GetProperty("stages").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        var visit = stages["G3"];
        visit.GetProperty("firstWeekday").GetString().Should().Be("Monday");
        visit.GetProperty("lastWeekday").GetString().Should().Be("Friday");
        stages["G2"].GetProperty("deadline").GetProperty("zone").GetString().Should().Be("Europe/Vienna");
        stages["G2"].GetProperty("deadline").GetProperty("roll").GetString().Should().Be("NextWorkingDay");

        // No GRECO plenary after 2021 is published in the data: the adoption is estimated from the stored pattern, on weekdays.
        stages["G5"].GetProperty("placement").GetString().Should().Be("EstimatedPlenary");
        stages["G5"].GetProperty("firstWeekday").GetString().Should().Be("Monday");
        doc.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().Contain(w => w!.Contains("estimated from the stored meeting pattern", StringComparison.Ordinal));
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

    [Fact]
    public void Plan_CalendarCovering2021Only_StopsWithAnErrorOrWarnsWhenAllowed()
    {
        // Austria's calendar in the file declares holidays for 2021 only; GRECO's replies fall due in January 2022.
        using var folder = new TempFolder();
        var text = File.ReadAllText(CliRun.DataPath("austria-2021.json")).ReplaceLineEndings("\n");
        text.Should().Contain("\"localTimeResolution\": \"strict\",");
        var path = Path.Combine(folder.Path, "covered-2021.json");
        File.WriteAllText(path, text.Replace(
            "\"localTimeResolution\": \"strict\",",
            "\"localTimeResolution\": \"strict\", \"holidayCoverage\": [ { \"first\": \"2021-01-01\", \"last\": \"2021-12-31\" } ],",
            StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder.Path, "feeds"));
        File.Copy(CliRun.DataPath(Path.Combine("feeds", "expert-deu-1.ics")), Path.Combine(folder.Path, "feeds", "expert-deu-1.ics"));

        var stopped = CliRun.Run("plan", "-m", "GRECO", "--start", "2021-10-01", "-c", "AUT", "--input", path);
        var warned = CliRun.Run("plan", "-m", "GRECO", "--start", "2021-10-01", "-c", "AUT", "--input", path, "--allow-uncovered-dates");

        stopped.ExitCode.Should().Be(1);
        stopped.Error.Should().StartWith("error: calendar 'AUT' has no holiday data for 2022 (asked about 2022-01-01 to 2022-01-03); 'plan' stops").And.Contain("--allow-uncovered-dates");
        warned.ExitCode.Should().Be(0);
        warned.Error.Should().StartWith("warning: Calendar 'AUT'").And.Contain("the year 2022 is not covered");
        warned.Out.Should().Contain("G2");
    }
}
