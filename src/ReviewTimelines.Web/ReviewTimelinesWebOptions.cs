using NodaTime;
using ReviewTimelines.ICalendar.Feeds;

namespace ReviewTimelines.Web;

/// <summary>Settings of the endpoints that <see cref="ReviewTimelinesEndpoints.MapReviewTimelines"/> mounts.</summary>
/// <remarks>Validated when set; the feeds' UID domain, name and <c>REFRESH-INTERVAL</c> (which is also the feeds'
/// <c>Cache-Control: max-age</c>) live in <see cref="Feeds"/> only.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReviewTimelinesWebOptions
{
    /// <summary>The default of <see cref="MaxCheckRequestBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxCheckRequestBytes = 1024 * 1024;

    /// <summary>The largest allowed <see cref="MaxCheckRequestBytes"/>: 64 MiB.</summary>
    public const int MaxAllowedCheckRequestBytes = 64 * 1024 * 1024;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="zones">The zone provider (for example <c>DateTimeZoneProviders.Tzdb</c> at the application edge) that
    /// resolves the feeds' zone ids and the zones of documents posted to <c>/api/check</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is null.</exception>
    public ReviewTimelinesWebOptions(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        Zones = zones;
    }

    /// <summary>Gets the zone provider.</summary>
    public IDateTimeZoneProvider Zones { get; }

    /// <summary>Gets the feed settings: UID domain, timetable name (also the page title), <c>REFRESH-INTERVAL</c>, alarms.</summary>
    /// <remarks>Default: domain <c>review-timelines.invalid</c>, a refresh interval of one day.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimetableFeedOptions Feeds
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Feeds));
    } = new("review-timelines.invalid");

    /// <summary>Gets the largest body <c>POST /api/check</c> accepts, in bytes (default 1 MiB); a larger one gets 413.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxAllowedCheckRequestBytes"/>.</exception>
    public int MaxCheckRequestBytes
    {
        get;
        init => field = value is >= 1 and <= MaxAllowedCheckRequestBytes
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxCheckRequestBytes), value, "The limit must be between 1 byte and 64 MiB.");
    } = DefaultMaxCheckRequestBytes;

    /// <summary>Gets the <c>Cache-Control</c> max-age of the feeds: their <c>REFRESH-INTERVAL</c>, in whole seconds.</summary>
    internal long FeedMaxAgeSeconds => (long)Feeds.RefreshInterval.TotalSeconds;
}
