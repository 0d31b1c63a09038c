using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>One imported occurrence of a VEVENT: either a timed half-open instant range or an all-day run of local dates.</summary>
/// <remarks>
/// <para>Exactly one of <see cref="Range"/> (timed) and <see cref="Dates"/> (all-day) is non-null.
/// <see cref="Dates"/> is inclusive at both ends, as NodaTime's <see cref="DateInterval"/> defines it, and is
/// local to the owner's zone (RFC 5545 DATE values carry no zone); convert it with <see cref="ToInstantRange"/>.</para>
/// <para>A recurring series yields one <see cref="ImportedEvent"/> per occurrence, all with the series UID.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ImportedEvent : IEquatable<ImportedEvent>
{
    internal ImportedEvent(
        string uid,
        string summary,
        IReadOnlyList<string> categories,
        InstantRange? range,
        DateInterval? dates,
        string? sourceTimeZoneId,
        bool isBusy)
    {
        Uid = uid;
        Summary = summary;
        Categories = categories;
        Range = range;
        Dates = dates;
        SourceTimeZoneId = sourceTimeZoneId;
        IsBusy = isBusy;
    }

    /// <summary>Gets the UID of the component (a synthesized <c>urn:reviewtimelines:missing-uid:...</c> when the feed had none; see the warnings).</summary>
    public string Uid { get; }

    /// <summary>Gets the SUMMARY, unescaped (empty when absent).</summary>
    public string Summary { get; }

    /// <summary>Gets the CATEGORIES values, unescaped, in feed order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Gets the half-open instant range of a timed occurrence, or <see langword="null"/> for an all-day one.</summary>
    public InstantRange? Range { get; }

    /// <summary>Gets the inclusive local dates of an all-day occurrence, or <see langword="null"/> for a timed one.</summary>
    public DateInterval? Dates { get; }

    /// <summary>Gets the TZID the start was written in, as it appeared in the feed, or <see langword="null"/> for UTC, floating and DATE values.</summary>
    public string? SourceTimeZoneId { get; }

    /// <summary>Gets a value indicating whether the occurrence blocks time (false for <c>TRANSP:TRANSPARENT</c> or <c>STATUS:CANCELLED</c>).</summary>
    public bool IsBusy { get; }

    /// <summary>Gets a value indicating whether this is an all-day occurrence.</summary>
    public bool IsAllDay => Dates is not null;

    /// <summary>Gets the instants this occurrence blocks for an owner in <paramref name="ownerZone"/>.</summary>
    /// <remarks>A timed occurrence returns <see cref="Range"/> unchanged. An all-day occurrence returns
    /// <c>[first.AtStartOfDayInZone(zone), (last + 1 day).AtStartOfDayInZone(zone))</c>, so a day is 23, 24 or 25 hours.</remarks>
    /// <param name="ownerZone">The zone whose local days DATE values mean.</param>
    /// <returns>The half-open instant range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ownerZone"/> is null.</exception>
    public InstantRange ToInstantRange(DateTimeZone ownerZone)
    {
        ArgumentNullException.ThrowIfNull(ownerZone);
        if (Range is { } range)
        {
            return range;
        }

        return new ZonedDateRange(Dates!, ownerZone).ToInstantRange();
    }

    /// <inheritdoc/>
    public bool Equals(ImportedEvent? other) =>
        other is not null
        && Uid == other.Uid
        && Summary == other.Summary
        && Categories.SequenceEqual(other.Categories)
        && Range == other.Range
        && Equals(Dates, other.Dates)
        && SourceTimeZoneId == other.SourceTimeZoneId
        && IsBusy == other.IsBusy;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImportedEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Uid, Range, Dates);

    /// <summary>Formats the occurrence as <c>uid start/end summary</c> with ISO-8601 instants or dates.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} {2}",
            Uid,
            Range is { } r ? r.ToString() : string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd}/{1:yyyy-MM-dd}", Dates!.Start, Dates.End),
            Summary);
}
