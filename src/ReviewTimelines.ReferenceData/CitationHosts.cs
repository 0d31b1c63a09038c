using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewTimelines.ReferenceData;

/// <summary>
/// Document-mirror sites: hosts that republish other organisations' documents (slides, PDFs, encyclopaedia pages)
/// without being their author. A figure whose only evidence is such a copy is at best a sourced example
/// (<c>S-ex</c>), never <c>S</c>: the copy cannot be checked against the issuing body.
/// </summary>
/// <remarks>The list is part of the data release (docs/reference-data.md, "Sources that hold"); a host matches
/// itself and its subdomains, case-insensitively, with any trailing dot ignored (<c>slideplayer.com.</c>).</remarks>
/// <threadsafety>Immutable; safe to use from any thread.</threadsafety>
public static partial class CitationHosts
{
    private static readonly string[] MirrorList =
    [
        "askwikinow.com",
        "coursehero.com",
        "docest.com",
        "docplayer.net",
        "docslib.org",
        "documents.pub",
        "dokumen.tips",
        "fayllar.org",
        "fdocuments.in",
        "finintercontrolnet.org",
        "globelaw.info",
        "greekheraldry.com",
        "info.5y1.org",
        "kiwix.lema.org",
        "pdf4pro.com",
        "pdfslide.net",
        "piglix.com",
        "qaz.wiki",
        "readkong.com",
        "scribd.com",
        "silo.tips",
        "slideplayer.com",
        "studylib.net",
        "translateexamples.com",
        "vdocument.in",
        "vdocuments.mx",
        "vdocuments.net",
        "vdocuments.site",
        "yumpu.com",
    ];

    private static readonly FrozenSet<string> Mirrors = MirrorList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the mirror hosts, sorted ordinally.</summary>
    public static IReadOnlyList<string> MirrorHosts { get; } = MirrorList;

    /// <summary>Gets the hosts of every <c>http</c>/<c>https</c> address in <paramref name="citation"/>, lower-case, without a trailing dot or port, in order of appearance.</summary>
    /// <param name="citation">A citation: free text with zero or more addresses.</param>
    /// <returns>The hosts (empty when the citation names a document symbol only).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public static IReadOnlyList<string> Hosts(string citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return UrlHost().Matches(citation)
            .Select(m => m.Groups["host"].Value.TrimEnd('.').ToLower(CultureInfo.InvariantCulture))
            .ToArray();
    }

    /// <summary>Gets the hosts in <paramref name="citation"/> that are mirror sites (<see cref="MirrorHosts"/> or a subdomain of one).</summary>
    /// <param name="citation">A citation.</param>
    /// <returns>The mirror hosts found, in order of appearance; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public static IReadOnlyList<string> MirrorHostsIn(string citation) =>
        Hosts(citation).Where(IsMirrorHost).ToArray();

    private static bool IsMirrorHost(string host)
    {
        for (var h = host; h.Length > 0;)
        {
            if (Mirrors.Contains(h))
            {
                return true;
            }

            var dot = h.IndexOf('.', StringComparison.Ordinal);
            h = dot < 0 ? string.Empty : h[(dot + 1)..];
        }

        return false;
    }

    [GeneratedRegex(@"https?://(?<host>[A-Za-z0-9.\-]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlHost();
}
