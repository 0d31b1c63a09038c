using System.Text.Json;

namespace ReviewTimelines.Cli.Tests.Commands;

/// <summary>A feed named twice is read once; busy ids stay unique when two feeds in different folders share a file name.</summary>
public sealed class FeedDeduplicationTests
{
    [Fact]
    public void Check_FeedInFileAndAgainWithIcs_IsReadOnceWithOneWarning()
    {
        var input = CliRun.DataPath("austria-2021.json");
        var feed = CliRun.DataPath(Path.Combine("feeds", "expert-deu-1.ics"));

        var once = CliRun.Run("check", "--input", input, "--format", "json");
        var twice = CliRun.Run("check", "--input", input, "--ics", "person:expert-deu-1=" + feed, "--format", "json");

        twice.ExitCode.Should().Be(once.ExitCode);
        twice.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("warning: --ics '" + feed + "' is the same feed as --input '")
            .And.EndWith("for person:expert-deu-1; it is read once.");
        ConflictIds(twice.Out).Should().OnlyHaveUniqueItems().And.Equal(ConflictIds(once.Out));
    }

    [Fact]
    public void Check_TwoFeedsWithTheSameFileNameInDifferentFolders_GetDistinctBusyIds()
    {
        using var folder = new TempFolder();
        var feed = File.ReadAllText(CliRun.DataPath(Path.Combine("feeds", "expert-deu-1.ics")));
        Directory.CreateDirectory(Path.Combine(folder.Path, "d1"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "d2"));
        var first = folder.File(Path.Combine("d1", "x.ics"), feed);
        var second = folder.File(Path.Combine("d2", "x.ics"), feed);

        var result = CliRun.Run("check", "--ics", "person:expert-deu-1=" + first, "--ics", "country:AUT=" + second, "--input", CliRun.DataPath("austria-2021.json"), "--format", "json");

        result.Error.Should().BeEmpty();
        ConflictIds(result.Out).Should().OnlyHaveUniqueItems();
        var items = BusyItems(result.Out);
        items.Should().Contain(i => i.StartsWith("busy:ics:" + first + ":", StringComparison.Ordinal));
        items.Should().Contain(i => i.StartsWith("busy:ics:" + second + ":", StringComparison.Ordinal));
    }

    private static string[] ConflictIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
    }

    private static string[] BusyItems(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("conflicts").EnumerateArray()
            .SelectMany(c => c.GetProperty("items").EnumerateArray().Select(i => i.GetString()!))
            .Where(i => i.StartsWith("busy:", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
    }
}
