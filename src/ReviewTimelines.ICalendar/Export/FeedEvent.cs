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

    /// <summary>Gets when the item last changed, or null; written as DTSTAMP and LAST-MODIFIED (RFC 5545 §3.8.7.2, §3.8.7.3). See <see cref="IcsExporter"/> for the fallback.</summary>
    public Instant? LastModified { get; init; }

    /// <summary>Gets a value indicating whether the event does not block time (TRANSP:TRANSPARENT, RFC 5545 §3.8.2.7), e.g. a soft blackout; false writes TRANSP:OPAQUE.</summary>
    public bool IsTransparent { get; init; }

    /// <summary>Gets the conflicts shown on the event, in this order.</summary>
    /// <remarks>Each one is a DESCRIPTION paragraph <c>Conflict (&lt;severity&gt;): &lt;sentence&gt;</c> and an
    /// <c>X-REVIEWTIMELINES-CONFLICT;X-KIND=&lt;kind&gt;;X-SEVERITY=&lt;severity&gt;:&lt;id&gt;</c> property; any conflict adds
    /// the <c>CONFLICT</c> category.</remarks>
    public IReadOnlyList<FeedConflict> Conflicts { get; init; } = [];
}

/// <summary>A conflict shown on an exported event, in neutral terms (the model mapping builds these from the conflict detector's results).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FeedConflict
{
    /// <summary>Initializes a new instance of the <see cref="FeedConflict"/> class.</summary>
    /// <param name="id">The conflict's stable id (the X- property's value).</param>
    /// <param name="kind">The kind as a slug of letters, digits and hyphens, e.g. <c>country-visit-overlap</c>.</param>
    /// <param name="severity">The severity as a slug, e.g. <c>hard</c>.</param>
    /// <param name="sentence">The plain sentence shown in DESCRIPTION.</param>
    /// <exception cref="ArgumentException">An argument is null or blank, or <paramref name="kind"/> or <paramref name="severity"/> has a character other than an ASCII letter, digit or hyphen (they are written as parameter values).</exception>
    public FeedConflict(string id, string kind, string severity, string sentence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(sentence);
        Id = id;
        Kind = Slug(kind, nameof(kind));
        Severity = Slug(severity, nameof(severity));
        Sentence = sentence;
    }

    /// <summary>Gets the conflict's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the kind slug.</summary>
    public string Kind { get; }

    /// <summary>Gets the severity slug.</summary>
    public string Severity { get; }

    /// <summary>Gets the sentence.</summary>
    public string Sentence { get; }

    private static string Slug(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? value
            : throw new ArgumentException("'" + value + "' must consist of ASCII letters, digits and hyphens.", name);
    }
}
