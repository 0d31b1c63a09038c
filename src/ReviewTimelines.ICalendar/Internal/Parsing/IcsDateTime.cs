using NodaTime;

namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>A DATE or DATE-TIME value as written (RFC 5545 §3.3.4, §3.3.5): local value, whether it has a time, UTC or a TZID.</summary>
/// <param name="Local">The written date and time (midnight for a DATE).</param>
/// <param name="HasTime">False for a DATE value.</param>
/// <param name="IsUtc">True for a UTC (<c>Z</c>) DATE-TIME.</param>
/// <param name="TzId">The TZID parameter, or null.</param>
internal readonly record struct IcsDateTime(LocalDateTime Local, bool HasTime, bool IsUtc, string? TzId);
