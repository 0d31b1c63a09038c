using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Docs;

/// <summary>Every relative link in README.md, CHANGELOG.md and docs/*.md points at a file or folder of the repository.</summary>
public sealed partial class DocLinkTests
{
    [Fact]
    public void Links_Relative_PointAtExistingFiles()
    {
        var root = DocSnippetTests.RepositoryRoot();
        var documents = new[] { "README.md", "CHANGELOG.md" }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.Combine("docs", Path.GetFileName(f))));
        var broken = new List<string>();

        foreach (var document in documents)
        {
            var folder = Path.GetDirectoryName(Path.Combine(root, document))!;
            foreach (Match link in Link().Matches(File.ReadAllText(Path.Combine(root, document))))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(folder, target));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{document} -> {target}");
                }
            }
        }

        broken.Should().BeEmpty();
    }

    [GeneratedRegex(@"\]\(([^)#\s]+)(?:#[^)]*)?\)")]
    private static partial Regex Link();
}
