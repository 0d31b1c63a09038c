using NodaTime;
using NodaTime.Testing;

namespace ReviewTimelines.Cli.Tests;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the tool in process with captured stdout/stderr, a fixed clock and tzdb.</summary>
internal static class CliRun
{
    /// <summary>The clock the runs use when no <c>--now</c> is given: a fixed instant, so no test reads the machine's clock.</summary>
    public static Instant FixedNow { get; } = Instant.FromUtc(2021, 3, 1, 9, 0);

    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = ReviewTimelinesCli.Run(args, output, error, new FakeClock(FixedNow), DateTimeZoneProviders.Tzdb);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewTimelines.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rt-cli-tests-" + System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
