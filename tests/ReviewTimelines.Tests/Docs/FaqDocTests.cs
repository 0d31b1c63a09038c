using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Docs;

/// <summary>Keeps docs/faq.md honest: every test it names exists, in the class it names, and every field case has tests.</summary>
public sealed partial class FaqDocTests
{
    private static readonly string Faq = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "docs", "faq.md"));

    [Fact]
    public void Faq_EveryNamedTest_ExistsInTheNamedClass()
    {
        var testFiles = Directory.GetFiles(Path.Combine(DocSnippetTests.RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal)
            .ToDictionary(g => g.Key!, g => string.Concat(g.Select(File.ReadAllText)), StringComparer.Ordinal);
        var cited = CitedTest().Matches(Faq).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value)).ToList();

        cited.Should().HaveCountGreaterThan(60);
        foreach (var (type, method) in cited)
        {
            testFiles.Should().ContainKey(type, "docs/faq.md cites {0}.{1}", type, method);
            testFiles[type].Should().Contain($"void {method}(", "docs/faq.md cites {0}.{1}", type, method);
        }
    }

    [Fact]
    public void Faq_EveryFieldCaseSection_CitesItsOwnTests()
    {
        var sections = Regex.Split(Faq, @"^### ", RegexOptions.Multiline).Skip(1).ToList();
        var caseIds = new List<string>();

        foreach (var section in sections)
        {
            var id = CaseHeading().Match(section);
            id.Success.Should().BeTrue("every FAQ entry is a field case: {0}", section.Split('\n')[0]);
            var number = id.Groups[1].Value;
            caseIds.Add(number);
            CitedTest().Matches(section).Select(m => m.Groups[2].Value)
                .Should().Contain(m => m.StartsWith("BC" + number, StringComparison.Ordinal), "BC-{0} must name its tests", number);
        }

        // The field cases kept in the project's field-case file.
        caseIds.Order(StringComparer.Ordinal).Should().Equal(
            "01", "02", "03", "04", "06", "07", "09", "11", "12", "13", "15", "17", "19", "20", "22", "23", "25");
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]+)\.(BC[0-9]+[a-z]?_[A-Za-z0-9_]+)`")]
    private static partial Regex CitedTest();

    [GeneratedRegex(@"^BC-([0-9]{2}):")]
    private static partial Regex CaseHeading();
}
