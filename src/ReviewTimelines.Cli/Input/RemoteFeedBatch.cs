using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Web.Remote;

namespace ReviewTimelines.Cli.Input;

/// <summary>The remote feeds of one run (<c>--ics-url</c> and feed references whose path is an https URL), fetched
/// through <see cref="RemoteFeedFetcher"/> with the last good copies kept in a cache folder.</summary>
/// <remarks>
/// The cache folder (<c>--feed-cache</c>, default <c>review-timelines/feed-cache</c> under the user's local application
/// data folder) holds per address <c>&lt;sha256&gt;.ics</c> and <c>&lt;sha256&gt;.json</c> (address, ETag, Last-Modified,
/// when fetched), so the next run asks conditionally and a failing server leaves the last good copy in use, with a
/// warning and a note on the feed's line. A failure without any earlier copy is an error.
/// </remarks>
internal sealed class RemoteFeedBatch
{
    private static readonly InstantPattern Stamp = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm 'UTC'");
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> notes = new(StringComparer.Ordinal);

    /// <summary>The warnings of the run: one per feed served from its last good copy.</summary>
    public List<string> Notices { get; } = [];

    public string TextOf(Uri address) => texts[address.AbsoluteUri];

    public string? NoteOf(Uri address) => notes.GetValueOrDefault(address.AbsoluteUri);

    /// <summary>The default cache folder.</summary>
    public static string DefaultFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "review-timelines", "feed-cache");

    /// <summary>Reads an address given by the user; anything but https (or http to loopback) is an error naming where it came from.</summary>
    public static Uri Address(string text, string origin)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address))
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0}: '{1}' is not an absolute https address.", origin, text));
        }

        try
        {
            RemoteFeedFetcher.CheckAddress(address);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(origin + ": " + Commands.CommandRunner.UserMessage(e), e);
        }

        return address;
    }

    /// <summary>Whether a feed reference's path names a URL rather than a file.</summary>
    public static bool IsUrl(string path) =>
        path.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fetches every remote request once (conditionally, with the cached copies), writing confirmed copies back.</summary>
    public static RemoteFeedBatch Fetch(IEnumerable<FeedRequest> requests, RunSettings settings, CliEnvironment environment)
    {
        var batch = new RemoteFeedBatch();
        var remote = requests.Where(r => r.Url is not null).GroupBy(r => r.Url!.AbsoluteUri, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (remote.Count == 0)
        {
            return batch;
        }

        var folder = settings.FeedCache?.FullName ?? DefaultFolder;
        using var fetcher = new RemoteFeedFetcher(new FixedClock(settings.Now));
        foreach (var request in remote)
        {
            var address = request.Url!;
            var cached = Load(folder, address);
            var result = fetcher.FetchAsync(address, cached).GetAwaiter().GetResult();
            batch.Take(request, result, folder, environment);
        }

        return batch;
    }

    private void Take(FeedRequest request, RemoteFeedResult result, string folder, CliEnvironment environment)
    {
        var address = request.Url!;
        switch (result.Outcome)
        {
            case RemoteFeedOutcome.Fetched:
            case RemoteFeedOutcome.NotModified:
                Save(folder, result.Copy!, environment);
                notes[address.AbsoluteUri] = result.Outcome == RemoteFeedOutcome.Fetched ? "fetched" : "not modified since the cached copy (HTTP 304)";
                break;
            case RemoteFeedOutcome.LastGoodCopy:
                var note = string.Format(CultureInfo.InvariantCulture, "{0}; using the last good copy, fetched {1}", result.Problem, Stamp.Format(result.Copy!.FetchedAt));
                notes[address.AbsoluteUri] = "LAST GOOD COPY: " + note;
                Notices.Add(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': {2}.", request.Origin, request.ShownPath, note));
                environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: {0} '{1}': {2}.", request.Origin, request.ShownPath, note));
                break;
            default:
                throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "{0} '{1}': {2}; there is no earlier copy to use (cache folder '{3}').", request.Origin, request.ShownPath, result.Problem, folder));
        }

        texts[address.AbsoluteUri] = result.Copy!.Text;
    }

    private static string Key(Uri address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address.AbsoluteUri)));

    private static RemoteFeedCopy? Load(string folder, Uri address)
    {
        var key = Key(address);
        var meta = Path.Combine(folder, key + ".json");
        var body = Path.Combine(folder, key + ".ics");
        try
        {
            if (!File.Exists(meta) || !File.Exists(body))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(meta));
            var root = document.RootElement;
            if (root.GetProperty("address").GetString() != address.AbsoluteUri)
            {
                return null;
            }

            var fetched = InstantPattern.ExtendedIso.Parse(root.GetProperty("fetchedAt").GetString() ?? string.Empty);
            return new RemoteFeedCopy(address, File.ReadAllText(body, Encoding.UTF8), Optional(root, "etag"), Optional(root, "lastModified"), fetched.Success ? fetched.Value : Instant.MinValue);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An unreadable cache entry is no copy: the fetch goes ahead unconditionally.
            return null;
        }
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Save(string folder, RemoteFeedCopy copy, CliEnvironment environment)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var key = Key(copy.Address);
            var meta = JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["address"] = copy.Address.AbsoluteUri,
                ["etag"] = copy.EntityTag,
                ["lastModified"] = copy.LastModified,
                ["fetchedAt"] = InstantPattern.ExtendedIso.Format(copy.FetchedAt),
            });
            Commands.AtomicFileWriter.Write(new FileInfo(Path.Combine(folder, key + ".ics")), copy.Text, "--feed-cache");
            Commands.AtomicFileWriter.Write(new FileInfo(Path.Combine(folder, key + ".json")), meta, "--feed-cache");
        }
        catch (Exception e) when (e is CliInputException or IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "warning: --feed-cache '{0}': the copy of {1} could not be kept: {2}", folder, copy.Address, e.Message));
        }
    }
}
