using NodaTime;
using NodaTime.TimeZones;

namespace ReviewTimelines.Calendars;

/// <summary>How a local wall-clock time that is skipped or repeated by a zone transition becomes an instant.</summary>
/// <remarks>The one policy of ReviewTimelines design §3, the same as RFC 5545 §3.3.5.</remarks>
public enum LocalTimeResolution
{
    /// <summary>
    /// A skipped time (spring-forward gap) moves forward by the length of the gap; an ambiguous time (fall-back)
    /// takes the earlier offset, i.e. its first occurrence. NodaTime's <c>InZoneLeniently</c>.
    /// </summary>
    Lenient = 0,

    /// <summary>
    /// A skipped time throws <see cref="SkippedTimeException"/>; an ambiguous time throws
    /// <see cref="AmbiguousTimeException"/>. NodaTime's <c>InZoneStrictly</c>.
    /// </summary>
    Strict = 1,
}

/// <summary>Resolves local wall-clock times to instants under a <see cref="LocalTimeResolution"/> policy.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class LocalTimeResolver
{
    /// <summary>Maps <paramref name="local"/> in <paramref name="zone"/> to an instant.</summary>
    /// <param name="local">The wall-clock date and time.</param>
    /// <param name="zone">The zone of the wall clock.</param>
    /// <param name="resolution">The policy for skipped and repeated times.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="SkippedTimeException"><paramref name="resolution"/> is <see cref="LocalTimeResolution.Strict"/> and the time is skipped.</exception>
    /// <exception cref="AmbiguousTimeException"><paramref name="resolution"/> is <see cref="LocalTimeResolution.Strict"/> and the time occurs twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not a defined value.</exception>
    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone, LocalTimeResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return resolution switch
        {
            LocalTimeResolution.Lenient => local.InZoneLeniently(zone).ToInstant(),
            LocalTimeResolution.Strict => local.InZoneStrictly(zone).ToInstant(),
            _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Unknown local time resolution."),
        };
    }
}
