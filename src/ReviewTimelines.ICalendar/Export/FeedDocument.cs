using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Export;

/// <summary>The busy time of one person or country, exported as one VFREEBUSY (RFC 5545 §3.6.4).</summary>
/// <param name="Uid">The stable UID.</param>
/// <param name="Owner">The person or country the busy time belongs to (written as a COMMENT).</param>
/// <param name="Window">The half-open range the free/busy information covers (DTSTART/DTEND).</param>
/// <param name="Busy">The busy instants; merged, clipped to <paramref name="Window"/> and written as sorted UTC periods.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FeedFreeBusy(string Uid, string Owner, InstantRange Window, InstantRangeSet Busy);

/// <summary>A whole feed: calendar name, refresh interval, events and free/busy blocks.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FeedDocument
{
    /// <summary>Gets the calendar name (RFC 7986 NAME and X-WR-CALNAME).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the suggested refresh interval (RFC 7986 REFRESH-INTERVAL and X-PUBLISHED-TTL); default one day.</summary>
    public Duration RefreshInterval { get; init; } = Duration.FromDays(1);

    /// <summary>Gets the events, written in UID order.</summary>
    public IReadOnlyList<FeedEvent> Events { get; init; } = [];

    /// <summary>Gets the free/busy blocks, written in UID order.</summary>
    public IReadOnlyList<FeedFreeBusy> FreeBusy { get; init; } = [];

    /// <summary>Gets the DTSTAMP of events without <see cref="FeedEvent.LastModified"/>: when the data last changed as a whole (a server's snapshot time), or null to use the latest last change of the feed's events. Never the clock.</summary>
    public Instant? DefaultStamp { get; init; }

    /// <summary>Gets the publisher written as ORGANIZER on every VEVENT (RFC 5546 §3.2.1 for METHOD:PUBLISH), or null to write none.</summary>
    public FeedOrganizer? Organizer { get; init; }
}
