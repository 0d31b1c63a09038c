using System.Text.Json;
using NodaTime;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Every command on the sample file Data/austria-2021.json (three mechanisms in Austria, shared experts, a plenary,
/// blackouts, a deadline, and the outside feed Data/feeds/expert-deu-1.ics of one expert).</summary>
public sealed class SampleFileTests
{
    private static readonly string Sample = CliRun.DataPath("austria-2021.json");

    [Fact]
    public void Check_SampleFile_ReportsTheOverlappingAustrianVisitsByValue()
    {
        var result = CliRun.Run("check", "--input", Sample, "--format", "json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().BeEmpty();
        var conflicts = JsonDocument.Parse(result.Out).RootElement.GetProperty("conflicts").EnumerateArray().ToArray();

        // GRECO visit 7-11 June 2021 and UNCAC visit 9-11 June 2021, both all-day in Vienna (CEST, UTC+2).
        var overlap = conflicts.Single(c => c.GetProperty("kind").GetString() == "country-visit-overlap");
        overlap.GetProperty("resource").GetString().Should().Be("country:AUT");
        overlap.GetProperty("items").EnumerateArray().Select(i => i.GetString()).Should().Equal("stage:GRECO5-AUT-visit", "stage:UNCAC2-AUT-visit");
        overlap.GetProperty("start").GetString().Should().Be("2021-06-08T22:00:00Z");
        overlap.GetProperty("end").GetString().Should().Be("2021-06-11T22:00:00Z");
        overlap.GetProperty("localDates").GetString().Should().Be("2021-06-09 to 2021-06-11");

        // The file's own feed: a hearing on 8 June 2021, 14:00-17:00 Berlin time (12:00-15:00Z), during the GRECO visit.
        var hearing = conflicts.Single(c => c.GetProperty("items").EnumerateArray().Any(i => i.GetString()!.EndsWith("ics:expert-deu-1.ics:1", StringComparison.Ordinal)));
        hearing.GetProperty("kind").GetString().Should().Be("person-double-booked");
        hearing.GetProperty("start").GetString().Should().Be("2021-06-08T12:00:00Z");
        hearing.GetProperty("end").GetString().Should().Be("2021-06-08T15:00:00Z");
    }

    [Fact]
    public void Check_SampleFile_HeaderNamesTheFileAndNotTheEmbeddedData()
    {
        var result = CliRun.Run("check", "--input", Sample);

        result.Out.Should().Contain("Timetable: " + Sample);
        result.Out.Should().NotContain("embedded ILLUSTRATIVE sample timetable");
        result.Out.Should().Contain("Outside feed: expert-deu-1.ics (2 busy event(s)");
    }

    [Fact]
    public void CheckFormatJson_SampleFileWithNow_MatchesTheGoldenFile()
    {
        var golden = CliRun.DataPath(Path.Combine("golden", "check-austria-2021.json"));

        var result = CliRun.Run("check", "--input", Sample, "--format", "json", "--now", "2021-03-01T00:00:00Z");

        if (Environment.GetEnvironmentVariable("REVIEWTIMELINES_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(CliRun.RepositoryRoot(), "tests", "ReviewTimelines.Cli.Tests", "Data", "golden", "check-austria-2021.json"), result.Out);
        }

        result.ExitCode.Should().Be(2);
        result.Out.Should().Be(File.ReadAllText(golden));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", "de-DE")]
    [InlineData("America/St_Johns", "ar-SA")]
    public void CheckFormatJson_OtherMachineZoneAndCulture_SameBytesAsTheGoldenFile(string machineZone, string culture)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TZ"] = machineZone;
        start.Environment["LANG"] = culture.Replace('-', '_') + ".UTF-8";
        start.Environment["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8";
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "review-timelines.dll"), "check", "--input", Sample, "--format", "json", "--now", "2021-03-01T00:00:00Z" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(2);
        stdout.Should().Be(File.ReadAllText(CliRun.DataPath(Path.Combine("golden", "check-austria-2021.json"))));
    }

    [Fact]
    public void Plan_SampleFileCountry_UsesTheFilesCalendar()
    {
        var result = CliRun.Run("plan", "--input", Sample, "--mechanism", "GRECO", "--start", "2021-01-04", "--country", "AUT");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("State under review: AUT (Austria), working calendar");
        result.Out.Should().Contain("from the timetable, zone Europe/Vienna.");
    }

    [Fact]
    public void Export_SampleFilePerCountryAndPerson_WritesTheirFeeds()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");

        var result = CliRun.Run("export", "--input", Sample, "--out", folder, "--feed", "country:AUT", "--feed", "person:expert-deu-1", "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(0);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal("country-AUT.ics", "person-expert-deu-1.ics");
        var window = InstantRange.FromInstants(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2023, 1, 1, 0, 0));
        var person = new IcsImporter(DateTimeZoneProviders.Tzdb).Import(File.ReadAllText(Path.Combine(folder, "person-expert-deu-1.ics")), new IcsImportOptions(DateTimeZone.Utc, window));
        person.Events.Select(e => e.Summary).Should().Contain(s => s.Contains("On-site visit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("malformed.json", "malformed JSON", "$.countries[0], line 7, column 7")]
    [InlineData("wrong-types.json", "expected a whole number but found a string", "$.formatVersion, line 2, column 20")]
    [InlineData("unknown-ids.json", "unknown cycle 'GRECO-4'", "$.reviews[0].cycle, line 26, column 16")]
    [InlineData("unknown-zone.json", "unknown zone \"Europe/Viena\"", "$.countries[3].zone, line 41, column 15")]
    public void Check_InvalidFile_ExitsOneNamingPathLineAndColumn(string file, string message, string place)
    {
        var path = CliRun.DataPath(Path.Combine("invalid", file));

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("error: --input '" + path + "'").And.Contain(message).And.Contain(place);
    }

    [Fact]
    public void Export_InvalidFile_WritesNothing()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feeds");

        var result = CliRun.Run("export", "--input", CliRun.DataPath(Path.Combine("invalid", "unknown-zone.json")), "--out", folder);

        result.ExitCode.Should().Be(1);
        Directory.GetFileSystemEntries(temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Check_FileListingAMissingFeed_ExitsOneNamingTheFeed()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Sample).Replace("feeds/expert-deu-1.ics", "feeds/nowhere.ics", StringComparison.Ordinal);
        var path = temp.File("timetable.json", text);

        var result = CliRun.Run("check", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.feeds[0] 'feeds/nowhere.ics': file not found");
    }
}
