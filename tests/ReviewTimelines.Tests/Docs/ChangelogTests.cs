using System.Text.RegularExpressions;

namespace ReviewTimelines.Tests.Docs;

/// <summary>The newest CHANGELOG.md entry is the version the packages are packed with.</summary>
public sealed partial class ChangelogTests
{
    [Fact]
    public void Changelog_LatestVersion_IsThePackedVersion()
    {
        var root = DocSnippetTests.RepositoryRoot();
        var props = File.ReadAllText(Path.Combine(root, "Directory.Build.props"));
        var changelog = File.ReadAllText(Path.Combine(root, "CHANGELOG.md"));

        var packed = PackedVersion().Match(props).Groups[1].Value;
        var latest = ReleaseHeading().Match(changelog).Groups[1].Value;

        packed.Should().NotBeEmpty();
        latest.Should().Be(packed, "the top entry of CHANGELOG.md describes the version in Directory.Build.props");
        changelog.Should().Contain($"[{packed}]: ", "the version heading needs its link reference");
    }

    [GeneratedRegex(@"<Version>([^<]+)</Version>")]
    private static partial Regex PackedVersion();

    [GeneratedRegex(@"^## \[(\d+\.\d+\.\d+[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex ReleaseHeading();
}
