using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Export;

/// <summary>One VEVENT of an exported feed, described in our own neutral terms (the model mapping builds these).</summary>
/// <remarks>
/// Exactly one of <see cref="Range"/> (timed, written with <see cref="TimeZoneId"/> as TZID) and <see cref="Dates"/>
/// (all-day, written as <c>VALUE=DATE</c> with an exclusive DTEND) must be set. <see cref="Uid"/> must be stable across
/// exports of the same item (derive it from the item id), and <see cref="Sequence"/> is the item's revision.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FeedEvent
{
    /// <summary>Gets the stable UID (RFC 5545 §3.8.4.7).</summary>
    public required string Uid { get; init; }

    /// <summary>Gets the SUMMARY.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the DESCRIPTION, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the LOCATION, or <see langword="null"/>.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the CATEGORIES values (mechanism, stage kind), written in this order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Gets the SEQUENCE (the item's revision, RFC 5545 §3.8.7.4).</summary>
    public int Sequence { get; init; }

    /// <summary>Gets the half-open instant range of a timed item, or <see langword="null"/>.</summary>
    public InstantRange? Range { get; init; }

    /// <summary>Gets the IANA zone id the timed item is written in (TZID), or <see langword="null"/> for all-day items.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Gets the inclusive local dates of an all-day item, or <see langword="null"/>.</summary>
    public DateInterval? Dates { get; init; }

    /// <summary>Gets how long before the start a DISPLAY VALARM fires, or <see langword="null"/> for none (deadlines).</summary>
    public Duration? AlarmBefore { get; init; }

    /// <summary>Gets conflict notes shown on the event (appended to DESCRIPTION, one line each, and flagged by the <c>CONFLICT</c> category).</summary>
    public IReadOnlyList<string> ConflictNotes { get; init; } = [];
}
