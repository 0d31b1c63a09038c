using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>A State (under review or reviewing) with its working calendar.</summary>
/// <remarks>
/// The calendar carries the country's zone (<see cref="Zone"/>), weekend rules and public holidays; country visits
/// and the country's deadlines are local to it. Equality is structural; calendars compare by content (name, zone,
/// weekend rules, non-working days).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Country
{
    /// <summary>Gets the ISO 3166-1 alpha-3 code.</summary>
    /// <exception cref="ArgumentException">Set to the default (invalid) code.</exception>
    public required CountryCode Code { get; init => field = ModelChecks.Id(value, nameof(Country), nameof(Code)); }

    /// <summary>Gets the name, e.g. "Austria".</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Name { get; init => field = ModelChecks.Text(value, nameof(Country), nameof(Name)); }

    /// <summary>Gets the place where visits to the country are held, usually the capital (e.g. "Bogotá"), or null; sentences then name the city of the country's zone.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space (use null for none).</exception>
    public string? Capital { get; init => field = ModelChecks.OptionalText(value, nameof(Country), nameof(Capital)); }

    /// <summary>Gets the country's working calendar.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required WorkingCalendar Calendar { get; init => field = ModelChecks.NotNull(value, nameof(Country), nameof(Calendar)); }

    /// <summary>Gets the country's time zone (the calendar's zone).</summary>
    public DateTimeZone Zone => Calendar.Zone;

    /// <inheritdoc />
    public bool Equals(Country? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Capital, other.Capital, StringComparison.Ordinal)
        && ModelChecks.SameCalendar(Calendar, other.Calendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, ModelChecks.CalendarHash(Calendar));

    /// <summary>Formats as <c>AUT Austria (Europe/Vienna)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2})", Code, Name, Zone.Id);
}
