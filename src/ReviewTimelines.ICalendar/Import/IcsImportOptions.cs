using System.Globalization;
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> starts before <see cref="MinWindowStart"/> or ends after <see cref="MaxWindowEnd"/>.</exception>
    public IcsImportOptions(DateTimeZone ownerZone, InstantRange window)
    {
        ArgumentNullException.ThrowIfNull(ownerZone);
        OwnerZone = ownerZone;
        Window = CheckWindow(window, nameof(window));
    }

    /// <summary>Gets the earliest start a <see cref="Window"/> may have: 0002-01-01T00:00:00Z.</summary>
    /// <remarks>The import works on local dates and date-times a day or a year around the window (and Ical.Net on
    /// <see cref="DateTime"/>, years 1 to 9999); this bound and <see cref="MaxWindowEnd"/> keep that arithmetic representable.
    /// <c>InstantRange.FromInstants(MinWindowStart, MaxWindowEnd)</c> is the widest window ("everything").</remarks>
    public static Instant MinWindowStart { get; } = Instant.FromUtc(2, 1, 1, 0, 0);

    /// <summary>Gets the latest end a <see cref="Window"/> may have: 9997-01-01T00:00:00Z.</summary>
    public static Instant MaxWindowEnd { get; } = Instant.FromUtc(9997, 1, 1, 0, 0);

    /// <summary>Gets the owner's zone, in which DATE values are local days.</summary>
    public DateTimeZone OwnerZone { get; init; }

    /// <summary>Gets the half-open instant window of occurrences to import.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a window that starts before <see cref="MinWindowStart"/> or ends after <see cref="MaxWindowEnd"/>.</exception>
    public InstantRange Window
    {
        get;
        init => field = CheckWindow(value, nameof(value));
    }

    /// <summary>Gets the declared zone for floating date-times, or <see langword="null"/> to use the calendar's <c>X-WR-TIMEZONE</c>.</summary>
    public DateTimeZone? FloatingTimeZone { get; init; }

    /// <summary>Gets a value indicating whether invalid components are skipped and reported (lenient) instead of failing the import (strict, the default).</summary>
    public bool Lenient { get; init; }

    /// <summary>Gets the bounds against hostile input.</summary>
    public IcsImportLimits Limits { get; init; } = IcsImportLimits.Default;

    private static InstantRange CheckWindow(InstantRange window, string paramName) =>
        window.Start >= MinWindowStart && window.End <= MaxWindowEnd
            ? window
            : throw new ArgumentOutOfRangeException(
                paramName,
                window,
                string.Format(CultureInfo.InvariantCulture, "The import window {0} must lie within {1}/{2} (IcsImportOptions.MinWindowStart to MaxWindowEnd).", window, MinWindowStart, MaxWindowEnd));
}
