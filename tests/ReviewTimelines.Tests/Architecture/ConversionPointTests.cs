using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Architecture;

/// <summary>Design §3: date ranges become instants at one documented place (ZonedDateRange.ToInstantRange, via DayStart).</summary>
public class ConversionPointTests
{
    [Fact]
    public void LibrarySources_ConvertDatesToInstantsOnlyInDayStart()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => !path.EndsWith($"Calendars{Path.DirectorySeparatorChar}DayStart.cs", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}ReviewTimelines.Cli{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (path, line, index))
                .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
                .Where(x => Regex.IsMatch(x.line, @"\.AtStartOfDayInZone\(")))
            .Select(x => $"{Path.GetRelativePath(root, x.path)}:{x.index + 1}")
            .ToList();

        offenders.Should().BeEmpty("every date-to-instant conversion must go through ZonedDateRange.ToInstantRange / DayStart");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReviewTimelines.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }
}
