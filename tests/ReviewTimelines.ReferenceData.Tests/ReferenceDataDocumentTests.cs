using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewTimelines.ReferenceData.Tests;

public class ReferenceDataDocumentTests
{
    [Fact]
    public void ReferenceDataMd_GeneratedTables_MatchTheCatalog()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "reference-data.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = document.IndexOf(ReferenceDataDocument.Begin, StringComparison.Ordinal);
        var end = document.IndexOf(ReferenceDataDocument.End, StringComparison.Ordinal);
        begin.Should().BeGreaterThanOrEqualTo(0, "docs/reference-data.md must hold the generated-tables markers");
        end.Should().BeGreaterThan(begin);

        var expected = ReferenceDataDocument.Render(TestCatalog.Catalog);
        var actual = document[(begin + ReferenceDataDocument.Begin.Length)..end].Trim('\n') + "\n";

        if (actual != expected && Environment.GetEnvironmentVariable("REVIEWTIMELINES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, document[..(begin + ReferenceDataDocument.Begin.Length)] + "\n" + expected + document[end..]);
            actual = expected;
        }

        actual.Should().Be(expected, "regenerate with REVIEWTIMELINES_UPDATE_DOCS=1 dotnet test --filter ReferenceDataMd");
    }

    [Fact]
    public void ReferenceDataMd_ReleaseSection_StatesTheVersionAndTheCatalogCounts()
    {
        var root = RepositoryRoot();
        var document = Regex.Replace(File.ReadAllText(Path.Combine(root, "docs", "reference-data.md")), @"\s+", " ");
        var version = Regex.Match(File.ReadAllText(Path.Combine(root, "Directory.Build.props")), "<Version>(.+?)</Version>").Groups[1].Value;
        var catalog = TestCatalog.Catalog;
        var dated = catalog.Meetings.Count(m => m.Dates is not null);

        document.Should().Contain("**Version** " + version + " ");
        document.Should().Contain(string.Format(
            CultureInfo.InvariantCulture,
            "**This release holds** {0} mechanisms, {1} published meetings ({2} with exact days, {3} dated by month only), {4} stage rule sets",
            catalog.Mechanisms.Count,
            catalog.Meetings.Count,
            dated,
            catalog.Meetings.Count - dated,
            catalog.Mechanisms.Count(m => m.RuleSet is not null)));
    }

    private static string RepositoryRoot()
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
