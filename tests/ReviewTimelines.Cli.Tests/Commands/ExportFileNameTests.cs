namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>Two feed ids that sanitize to the same file name must not overwrite each other.</summary>
public sealed class ExportFileNameTests
{
    [Fact]
    public void Export_TwoPersonIdsWithTheSameFileName_WritesBothUnderDistinctNames()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(CliRun.DataPath("austria-2021.json")).Replace("\"fp-hun\"", "\"fp/aut\"", StringComparison.Ordinal);
        var input = folder.File("collide.json", text);
        Directory.CreateDirectory(Path.Combine(folder.Path, "feeds"));
        File.Copy(CliRun.DataPath(Path.Combine("feeds", "expert-deu-1.ics")), Path.Combine(folder.Path, "feeds", "expert-deu-1.ics"));
        var output = Path.Combine(folder.Path, "out");

        var result = CliRun.Run("export", "--out", output, "--feed", "persons", "--input", input, "--now", "2021-03-01T09:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var written = Directory.GetFiles(output).Select(Path.GetFileName).ToArray();
        var wrote = result.Out.Split('\n').Single(l => l.StartsWith("Wrote ", StringComparison.Ordinal));
        wrote.Should().StartWith("Wrote " + written.Length + " feed(s)");
        written.Should().NotContain("person-fp-aut.ics");
        written.Where(n => n!.StartsWith("person-fp-aut-", StringComparison.Ordinal)).Should().HaveCount(2);
        File.ReadAllText(Path.Combine(output, global::ReviewTimelines.Cli.Commands.FeedSelection.UniqueFileNames(["person:fp/aut", "person:fp-aut"])["person:fp/aut"]))
            .Should().Contain("Focal point (Hungary)");
    }

    [Fact]
    public void UniqueFileNames_NoClash_KeepsPlainNames()
    {
        var names = global::ReviewTimelines.Cli.Commands.FeedSelection.UniqueFileNames(["country:AUT", "person:a-b", "person:a/b", "person:A-B"]);

        names["country:AUT"].Should().Be("country-AUT.ics");
        names.Values.Should().OnlyHaveUniqueItems();
        names.Values.Select(v => v.ToUpperInvariant()).Should().OnlyHaveUniqueItems("case-insensitive file systems must not merge them");
        names["person:a-b"].Should().MatchRegex("^person-a-b-[0-9a-f]{8}\\.ics$");
    }
}

/// <summary>A feed without events is not a valid iCalendar object (RFC 5545 §3.6 needs one component): it is skipped and named.</summary>
public sealed class ExportEmptyFeedTests
{
    [Fact]
    public void Export_MechanismWithoutItems_IsSkippedAndNamed()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        var result = CliRun.Run("export", "--out", output, "--feed", "mechanisms", "--now", "2021-03-01T00:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var written = Directory.GetFiles(output).Select(Path.GetFileName).ToArray();
        written.Should().NotContain("mechanism-AU-ABC.ics").And.Contain("mechanism-GRECO.ics");
        result.Out.Should().Contain("Wrote " + written.Length + " feed(s)");
        result.Out.Should().Contain("Skipped ").And.Contain("mechanism-AU-ABC.ics");
        foreach (var file in written)
        {
            File.ReadAllText(Path.Combine(output, file!)).Should().Contain("BEGIN:VEVENT", "every written feed holds at least one component");
        }
    }
}
