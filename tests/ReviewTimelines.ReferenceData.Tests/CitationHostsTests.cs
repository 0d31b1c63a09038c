using ReviewTimelines.Model;
using static ReviewTimelines.ReferenceData.Tests.TestCatalog;

namespace ReviewTimelines.ReferenceData.Tests;

public class CitationHostsTests
{
    [Fact]
    public void Hosts_ReadsEveryAddress_LowerCaseWithoutTrailingDotOrPort()
    {
        CitationHosts.Hosts("SG/MESICIC/doc.442/15 rev.2, https://VDocuments.mx/x.html ; http://slideplayer.com./amp/1 ; http://www.leagueofarabstates.net:80/en/news")
            .Should().Equal("vdocuments.mx", "slideplayer.com", "www.leagueofarabstates.net");
        CitationHosts.Hosts("CAC/COSP/IRG/2021/4").Should().BeEmpty();
    }

    [Fact]
    public void MirrorHostsIn_MatchesHostAndSubdomains_NotLookAlikes()
    {
        CitationHosts.MirrorHostsIn("https://www.scribd.com/document/1 ; https://slideplayer.com./amp/7416701").Should().Equal("www.scribd.com", "slideplayer.com");
        CitationHosts.MirrorHostsIn("https://notscribd.com/x ; https://www.coe.int/en/web/greco").Should().BeEmpty();
        CitationHosts.MirrorHosts.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems().And.Contain(["slideplayer.com", "scribd.com", "vdocuments.net", "docslib.org"]);
    }

    [Fact]
    public void Catalog_NoSourcedFigure_RestsOnAMirrorSite()
    {
        var offending = AllSources()
            .Where(s => s.Source.Confidence == Confidence.Sourced && CitationHosts.MirrorHostsIn(s.Source.Citation).Count > 0)
            .Select(s => s.Where + ": " + s.Source.Citation)
            .ToList();

        offending.Should().BeEmpty("a copy on a mirror site is at best S-ex (docs/reference-data.md, Sources that hold)");
        AllSources().Count(s => CitationHosts.MirrorHostsIn(s.Source.Citation).Count > 0)
            .Should().BeGreaterThan(0, "the oracle can fail: mirror citations remain, tagged S-ex or weaker");
    }

    [Fact]
    public void ReferenceDataMd_ListsEveryMirrorHost()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "reference-data.md"));
        var section = text[text.IndexOf("## Sources that hold", StringComparison.Ordinal)..text.IndexOf("## Every figure", StringComparison.Ordinal)];

        foreach (var host in CitationHosts.MirrorHosts)
        {
            section.Should().Contain("`" + host + "`");
        }
    }
}
