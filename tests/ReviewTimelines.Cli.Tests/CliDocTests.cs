namespace ReviewTimelines.Cli.Tests;

public sealed class CliDocTests
{
    [Fact]
    public void Docs_EveryExample_RunsWithTheDocumentedExitCode()
    {
        var root = CliRun.RepositoryRoot();
        var examples = Examples(File.ReadAllLines(Path.Combine(root, "docs", "cli.md")));
        examples.Select(e => e[0]).Distinct().Should().BeEquivalentTo(["check", "propose", "plan", "sessions", "export", "template", "import", "reference"]);

        using var temp = new TempFolder();
        foreach (var example in examples)
        {
            var args = example.Select(a => a.StartsWith("tests/", StringComparison.Ordinal) || a.Contains("=tests/", StringComparison.Ordinal)
                ? a.Replace("tests/", root + "/tests/", StringComparison.Ordinal)
                : a).ToArray();
            var outAt = Array.IndexOf(args, "--out");
            if (outAt >= 0)
            {
                args[outAt + 1] = Path.Combine(temp.Path, args[outAt + 1]);
            }

            // A file an earlier example wrote (import --from sheets/timetable.xlsx) is read from the same folder.
            var fromAt = Array.IndexOf(args, "--from");
            if (example[0] == "import" && fromAt >= 0 && !args[fromAt + 1].StartsWith(root, StringComparison.Ordinal))
            {
                args[fromAt + 1] = Path.Combine(temp.Path, args[fromAt + 1]);
            }

            var result = CliRun.Run(args);

            result.Error.Should().BeEmpty(string.Join(" ", example));
            if (example[0] is "check" or "propose")
            {
                result.ExitCode.Should().BeOneOf([0, 2], string.Join(" ", example));
            }
            else
            {
                result.ExitCode.Should().Be(0, string.Join(" ", example));
            }
        }
    }

    private static List<string[]> Examples(string[] lines)
    {
        var examples = new List<string[]>();
        var inShell = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line == "```sh";
                continue;
            }

            if (inShell && line.StartsWith("review-timelines ", StringComparison.Ordinal))
            {
                examples.Add(line["review-timelines ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return examples;
    }
}
