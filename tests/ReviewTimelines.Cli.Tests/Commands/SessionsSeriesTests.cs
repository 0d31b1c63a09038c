using System.Text.Json;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class SessionsSeriesTests
{
    [Fact]
    public void Sessions_SeriesViennaNairobiCairo_JsonAndIcsSkipCairoFridayAndMashujaaDay()
    {
        using var temp = new TempFolder();
        var ics = Path.Combine(temp.Path, "sessions.ics");

        var result = CliRun.Run("sessions", "-p", "Vienna=Europe/Vienna,lang=en", "-p", "Nairobi=Africa/Nairobi,holidays=2021-10-20,lang=en+sw", "-p", "Cairo=Africa/Cairo,weekend=fri-sat,lang=ar+en", "--date", "2021-10-11", "--count", "8", "--per-day", "1", "--length", "90", "--format", "json", "--ics-out", ics);

        result.ExitCode.Should().Be(0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var cairoStarts = doc.RootElement.GetProperty("sessions").EnumerateArray()
            .Select(s => s.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Cairo").GetProperty("localStart").GetString()!)
            .ToArray();
        cairoStarts.Should().Equal(
            "2021-10-11T09:00:00+02:00", "2021-10-12T09:00:00+02:00", "2021-10-13T09:00:00+02:00", "2021-10-14T09:00:00+02:00",
            "2021-10-18T09:00:00+02:00", "2021-10-19T09:00:00+02:00", "2021-10-21T09:00:00+02:00");
        doc.RootElement.GetProperty("warnings")[0].GetString().Should().StartWith("Only 7 of 8 sessions could be placed");

        var text = File.ReadAllText(ics).Replace("\r\n ", string.Empty, StringComparison.Ordinal); // RFC 5545 §3.1 unfolding
        text.Split("BEGIN:VEVENT").Length.Should().Be(8);
        text.Should().Contain("DESCRIPTION:Vienna: Mon 2021-10-11 09:00-10:30 (Europe/Vienna)\\nNairobi: Mon 2021-10-11 10:00-11:30 (Africa/Nairobi)\\nCairo: Mon 2021-10-11 09:00-10:30 (Africa/Cairo)");
    }

    [Fact]
    public void Sessions_BadParticipantAttribute_IsAnErrorNamingIt()
    {
        var result = CliRun.Run("sessions", "-p", "Cairo=Africa/Cairo,weekend=thu-fri", "--date", "2021-10-11", "--count", "2");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("'weekend=thu-fri' is not understood");
    }
}
