using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Docs;

/// <summary>Keeps docs/threading.md in step with the <c>&lt;threadsafety&gt;</c> tags of every public type under src/.</summary>
public sealed partial class ThreadingDocTests
{
    private static readonly string Root = DocSnippetTests.RepositoryRoot();

    [Fact]
    public void Threading_EveryMutableType_IsListedAsMutable()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "threading.md"));
        var mutableSection = doc[doc.IndexOf("## 2. Mutable types", StringComparison.Ordinal)..doc.IndexOf("## 3.", StringComparison.Ordinal)];
        var tags = ThreadSafetyTags();

        tags.Should().HaveCountGreaterThan(100, "every public type carries a <threadsafety> tag");
        var mutable = tags.Where(t => t.Text.Contains("Not thread-safe", StringComparison.OrdinalIgnoreCase)
            || t.Text.StartsWith("Mutable", StringComparison.OrdinalIgnoreCase)).Select(t => t.Type).ToList();
        mutable.Should().Contain(["TimetableBuilder", "WorkingCalendarBuilder", "ConflictDetectorOptions"]);
        foreach (var type in mutable)
        {
            mutableSection.Should().Contain($"`{type}`", "{0} is documented as mutable in its <threadsafety> tag", type);
        }
    }

    [Fact]
    public void Threading_TypesNamedAsImmutable_AreNotMutable()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "threading.md"));
        var immutableSection = doc[doc.IndexOf("## 3.", StringComparison.Ordinal)..doc.IndexOf("## 4.", StringComparison.Ordinal)];
        var byType = ThreadSafetyTags().GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);

        foreach (var name in CodeName().Matches(immutableSection).Select(m => m.Groups[1].Value).Where(byType.ContainsKey))
        {
            byType[name].Should().MatchRegex("(?i)immutable|stateless", "docs/threading.md lists {0} as immutable", name);
        }
    }

    private static List<(string Type, string Text)> ThreadSafetyTags()
    {
        var result = new List<(string, string)>();
        var sep = Path.DirectorySeparatorChar;
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var tag = Tag().Match(lines[i]);
                if (!tag.Success)
                {
                    continue;
                }

                var declaration = lines.Skip(i + 1).Take(5).Select(l => Declaration().Match(l)).FirstOrDefault(m => m.Success);
                if (declaration is not null)
                {
                    result.Add((declaration.Groups[1].Value, tag.Groups[1].Value));
                }
            }
        }

        return result;
    }

    [GeneratedRegex("<threadsafety>(.*?)</threadsafety>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"public (?:sealed |static |abstract |readonly |partial )*(?:record struct|record|class|struct|interface) (\w+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex CodeName();
}
