using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>What an import needs to know about the feed's owner, the window of interest and the limits.</summary>
/// <remarks>
/// <para>
/// <see cref="OwnerZone"/> places DATE values (all-day items): an all-day item is the local days of the owner,
/// never UTC midnights (RFC 5545 §3.3.4, §3.6.1). It decides which all-day occurrences fall inside
/// <see cref="Window"/>; the imported items themselves keep their local <see cref="DateInterval"/>.
/// </para>
/// <para>
/// Floating date-times (RFC 5545 §3.3.5 form 1, no <c>Z</c> and no TZID) are read in
/// <see cref="FloatingTimeZone"/>; when it is <see langword="null"/>, in the zone the calendar declares with
/// <c>X-WR-TIMEZONE</c>; when neither exists, the component is an error naming its UID and property.
/// </para>
/// <para>Recurring series are expanded only up to the end of <see cref="Window"/>; an occurrence is imported
/// when its half-open instant range overlaps the window (zero-length items follow RFC 4791 §9.9).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsImportOptions
{
    /// <summary>Initializes a new instance of the <see cref="IcsImportOptions"/> class.</summary>
    /// <param name="ownerZone">The zone whose local days DATE values mean.</param>
    /// <param name="window">The half-open instant window to import occurrences for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ownerZone"/> is null.</exception>
    public IcsImportOptions(DateTimeZone ownerZone, InstantRange window)
    {
        ArgumentNullException.ThrowIfNull(ownerZone);
        OwnerZone = ownerZone;
        Window = window;
    }

    /// <summary>Gets the owner's zone, in which DATE values are local days.</summary>
    public DateTimeZone OwnerZone { get; init; }

    /// <summary>Gets the half-open instant window of occurrences to import.</summary>
    public InstantRange Window { get; init; }

    /// <summary>Gets the declared zone for floating date-times, or <see langword="null"/> to use the calendar's <c>X-WR-TIMEZONE</c>.</summary>
    public DateTimeZone? FloatingTimeZone { get; init; }

    /// <summary>Gets a value indicating whether invalid components are skipped and reported (lenient) instead of failing the import (strict, the default).</summary>
    public bool Lenient { get; init; }

    /// <summary>Gets the bounds against hostile input.</summary>
    public IcsImportLimits Limits { get; init; } = IcsImportLimits.Default;
}
