using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Conflicts;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Web.Internal;

/// <summary>What the endpoints derive from one snapshot, computed once and kept until the source serves another one:
/// the conflicts (every rule, default options) and every response body with its validators.</summary>
internal sealed partial class SnapshotView
{
    public const string CalendarType = "text/calendar; charset=utf-8";

    private readonly ReviewTimelinesWebOptions options;
    private readonly Lazy<ImmutableArray<Conflict>> conflicts;
    private readonly Lazy<TimetableFeeds> feeds;
    private readonly Lazy<ConflictFacts> facts;
    private readonly ConcurrentDictionary<string, Lazy<CachedBody>> bodies = new(StringComparer.Ordinal);

    public SnapshotView(TimetableSnapshot snapshot, ReviewTimelinesWebOptions options)
    {
        Snapshot = snapshot;
        this.options = options;
        conflicts = new(() => Detect(snapshot));
        facts = new(() => new ConflictFacts(snapshot.Timetable, snapshot.OutsideBusy));
        feeds = new(() => new TimetableFeeds(snapshot.Timetable, FeedOptions(snapshot, options.Feeds), conflicts.Value));
    }

    public TimetableSnapshot Snapshot { get; }

    public ImmutableArray<Conflict> Conflicts => conflicts.Value;

    public ConflictFacts Facts => facts.Value;

    /// <summary>Runs the detector with every rule and its default options, as <c>review-timelines check</c> does.</summary>
    public static ImmutableArray<Conflict> Detect(TimetableSnapshot snapshot, InstantRange? window = null)
    {
        var detectorOptions = new ConflictDetectorOptions { EvaluationWindow = window };
        return new ConflictDetector(detectorOptions).Detect(snapshot.Timetable, snapshot.OutsideBusy);
    }

    public CachedBody Feed(string key, FeedScope scope, bool freeBusyOnly) => Body("feed:" + key, () =>
    {
        var document = feeds.Value.Build(scope);
        if (freeBusyOnly)
        {
            document = document with { Name = document.Name + " (free/busy)", Events = [] };
        }

        var text = new IcsExporter(options.Zones).Export(document with { DefaultStamp = Snapshot.LastChanged });
        var cacheControl = "max-age=" + options.FeedMaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        return CachedBody.Of(text, CalendarType, LatestStamp(text) ?? Snapshot.LastChanged, cacheControl);
    });

    public CachedBody Page(string feedBase) => Body("page:" + feedBase, () =>
        CachedBody.Of(TimelinePage.Render(Snapshot, Conflicts, options, feedBase), "text/html; charset=utf-8", Snapshot.LastChanged, "no-cache"));

    public CachedBody TimetableJson() => Body("timetable", () =>
        CachedBody.Of(new Json.TimetableJson(options.Zones).Write(Snapshot.Timetable), ApiJson.ContentType, Snapshot.LastChanged, "no-cache"));

    public CachedBody ConflictsJson(ConflictQuery query)
    {
        if (!query.IsEmpty)
        {
            return CachedBody.Of(ApiJson.Conflicts(Snapshot, query, Filter(query)), ApiJson.ContentType, Snapshot.LastChanged, "no-cache");
        }

        return Body("conflicts", () => CachedBody.Of(ApiJson.Conflicts(Snapshot, query, Conflicts), ApiJson.ContentType, Snapshot.LastChanged, "no-cache"));
    }

    private List<Conflict> Filter(ConflictQuery query)
    {
        var found = query.Window is { } window ? Detect(Snapshot, window) : Conflicts;
        return found.Where(c => query.Matches(c, Facts)).ToList();
    }

    private CachedBody Body(string key, Func<CachedBody> build) =>
        bodies.GetOrAdd(key, _ => new Lazy<CachedBody>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The free/busy window: the configured one, else the span of every scheduled item, so a person or country
    /// without items still gets a (free) VFREEBUSY.</summary>
    private static TimetableFeedOptions FeedOptions(TimetableSnapshot snapshot, TimetableFeedOptions feedOptions)
    {
        if (feedOptions.FreeBusyWindow is not null)
        {
            return feedOptions;
        }

        var span = InstantRangeSet.FromRanges(snapshot.Timetable.ScheduledItems().Select(i => i.Range)).Span;
        return feedOptions with { FreeBusyWindow = span };
    }

    /// <summary>The latest DTSTAMP of an exported feed: what the feed says about when its content last changed.</summary>
    private static Instant? LatestStamp(string text)
    {
        Instant? latest = null;
        foreach (Match match in Stamp().Matches(text))
        {
            var parsed = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'").Parse(match.Groups[1].Value);
            if (parsed.Success && (latest is null || parsed.Value > latest))
            {
                latest = parsed.Value;
            }
        }

        return latest;
    }

    [GeneratedRegex(@"^DTSTAMP:(\d{8}T\d{6}Z)\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
