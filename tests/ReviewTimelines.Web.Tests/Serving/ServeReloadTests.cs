using System.Text.Json;

namespace ReviewTimelines.Web.Tests.Serving;

/// <summary><c>serve</c> reloads and re-checks when its timetable file changes, and keeps the last good version when a change does not read.</summary>
public sealed class ServeReloadTests
{
    [Fact]
    public async Task Serve_TimetableFileChanges_ReloadsLogsCountsAndKeepsTheLastGoodVersionOnABadWrite()
    {
        var folder = Directory.CreateTempSubdirectory("rt-serve-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "feeds"));
            File.Copy(TestData.Path("feeds/expert-deu-1.ics"), Path.Combine(folder.FullName, "feeds", "expert-deu-1.ics"));
            var file = Path.Combine(folder.FullName, "timetable.json");
            var original = await File.ReadAllTextAsync(TestData.Path("timetable.json"));
            await File.WriteAllTextAsync(file, original);
            await using var serve = await ServeProcess.StartAsync("--input", file, "--now", "2021-03-01T00:00:00Z");
            serve.Log.Should().MatchRegex(@"loaded .*timetable\.json .*: \d+ scheduled item\(s\), 2 outside busy time\(s\); \d+ conflict\(s\): \d+ hard");
            using var client = new HttpClient { BaseAddress = serve.Base };

            await File.WriteAllTextAsync(file, original.Replace("these days are not the published ones", "these days were changed", StringComparison.Ordinal));
            (await serve.WaitForLogAsync("reloaded after a change to timetable.json", TimeSpan.FromSeconds(20))).Should().BeTrue(serve.Log);
            (await client.GetStringAsync("api/timetable")).Should().Contain("these days were changed");

            await File.WriteAllTextAsync(file, "{ \"broken\": ");
            (await serve.WaitForLogAsync("reload failed", TimeSpan.FromSeconds(20))).Should().BeTrue(serve.Log);
            using var json = JsonDocument.Parse(await client.GetStringAsync("api/conflicts"));
            json.RootElement.GetProperty("timetable").GetProperty("notices")[0].GetString().Should().Contain("could not be read");
            (await client.GetStringAsync("api/timetable")).Should().Contain("these days were changed");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
