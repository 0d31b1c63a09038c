using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Docs;

/// <summary>
/// Keeps the code in the user guide compiling: every <c>&lt;!-- snippet: NAME --&gt;</c> in README.md and docs/*.md is
/// followed by a <c>```csharp</c> block that must equal, line for line (indentation aside), the region between
/// <c>// snippet: NAME</c> and <c>// end snippet</c> in some test under tests/. Leading <c>using</c> lines of a block
/// are not compared (a test file has its usings at the top).
/// </summary>
public sealed partial class DocSnippetTests
{
    /// <summary>The documents whose snippets are checked.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var document in DocumentPaths())
        {
            data.Add(document);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Snippets_InDocument_EqualTheTestedCode(string document)
    {
        var regions = SourceRegions();
        var snippets = DocumentSnippets(document);

        foreach (var (name, code) in snippets)
        {
            regions.Should().ContainKey(name, "{0} shows snippet '{1}', which must be a region of a test", document, name);
            code.Should().Equal(regions[name], "snippet '{0}' of {1} must be the tested code", name, document);
        }
    }

    [Fact]
    public void Snippets_GuidePages_AreAllTested()
    {
        // The pages written with this mechanism must keep at least one tested snippet each.
        string[] pages = ["README.md", "docs/getting-started.md", "docs/time-zones.md"];

        foreach (var page in pages)
        {
            DocumentSnippets(page).Should().NotBeEmpty("{0} shows code, and all of it is tested", page);
        }
    }

    [Fact]
    public void SourceRegions_NamesAreUnique()
    {
        var names = SourceFiles().SelectMany(f => SnippetStart().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();

        names.Should().OnlyHaveUniqueItems();
    }

    /// <summary>Finds the repository root (the folder holding ReviewTimelines.sln) above the test binaries.</summary>
    /// <returns>The absolute path of the root.</returns>
    public static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ReviewTimelines.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("ReviewTimelines.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> DocumentPaths()
    {
        var root = RepositoryRoot();
        yield return "README.md";
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return "docs/" + Path.GetFileName(file);
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string[]> SourceRegions()
    {
        var regions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var start = SnippetStart().Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// end snippet");
                end.Should().BeGreaterThan(i, "snippet '{0}' in {1} needs an '// end snippet' line", start.Groups[1].Value, file);
                regions[start.Groups[1].Value] = Dedent(lines[(i + 1)..end]);
            }
        }

        return regions;
    }

    private static List<(string Name, string[] Code)> DocumentSnippets(string document)
    {
        var lines = File.ReadAllText(Path.Combine(RepositoryRoot(), document)).ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<(string, string[])>();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = DocMarker().Match(lines[i]);
            if (!marker.Success)
            {
                continue;
            }

            var open = Array.FindIndex(lines, i + 1, l => l.Trim().Length > 0);
            open.Should().BeGreaterThan(i);
            lines[open].Trim().Should().Be("```csharp", "the snippet marker '{0}' in {1} must precede a C# block", marker.Groups[1].Value, document);
            var close = Array.FindIndex(lines, open + 1, l => l.Trim() == "```");
            var code = lines[(open + 1)..close].SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0).ToArray();
            snippets.Add((marker.Groups[1].Value, Dedent(code)));
        }

        return snippets;
    }

    private static string[] Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()).ToArray();
    }

    [GeneratedRegex(@"^\s*// snippet: ([a-z0-9-]+)\s*$")]
    private static partial Regex SnippetStart();

    [GeneratedRegex(@"^<!-- snippet: ([a-z0-9-]+) -->\s*$")]
    private static partial Regex DocMarker();
}
