using System.Diagnostics;
using NodaTime;
using NodaTime.Testing;

namespace ReviewTimelines.Cli.Tests;

public sealed class ReadmeTests
{
    private const string MainJobPrefix = "dotnet run --project src/ReviewTimelines.Cli -- ";

    [Fact]
    public void Readme_MainJobCommand_RunsAsWrittenAndPrintsTheConflicts()
    {
        var root = CliRun.RepositoryRoot();
        var lines = MainJobLines(root);
        var main = lines[0];
        main.Should().Be(MainJobPrefix + "check");
        Directory.Exists(Path.Combine(root, "src/ReviewTimelines.Cli")).Should().BeTrue();

        // The built tool as `dotnet run` would start it: the same program, the same arguments, from the repository root.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "review-timelines.dll"));
        foreach (var arg in main[MainJobPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        stderr.Should().BeEmpty();
        process.ExitCode.Should().BeOneOf(0, 2);
        stdout.Should().StartWith("review-timelines check").And.Contain("the embedded ILLUSTRATIVE sample timetable").And.Contain("conflict(s):");
    }

    [Fact]
    public void Readme_SecondLine_ChecksTheUsersOwnFile()
    {
        var lines = MainJobLines(CliRun.RepositoryRoot());

        lines.Should().HaveCount(2);
        lines[1].Should().Be(MainJobPrefix + "check --input my-timetable.json");
        var args = lines[1][MainJobPrefix.Length..].Split(' ');
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, new FakeClock(CliRun.FixedNow), DateTimeZoneProviders.Tzdb);
        ReviewTimelinesCli.CreateRoot(environment).Parse(args).Errors.Should().BeEmpty();
    }

    /// <summary>The lines of the README's first code block after "Run the main job".</summary>
    private static string[] MainJobLines(string root)
    {
        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var at = Array.FindIndex(readme, l => l.StartsWith("Run the main job", StringComparison.Ordinal));
        at.Should().BeGreaterThanOrEqualTo(0, "README.md has a 'Run the main job' paragraph");
        var open = Array.FindIndex(readme, at, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(readme, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return readme[(open + 1)..close].Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
    }
}
