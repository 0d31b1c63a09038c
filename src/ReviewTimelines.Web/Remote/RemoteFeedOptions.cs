using NodaTime;

namespace ReviewTimelines.Web.Remote;

/// <summary>The bounds of <see cref="RemoteFeedFetcher"/>: time-out, size and redirects.</summary>
/// <threadsafety>Immutable after initialization; safe to share between threads.</threadsafety>
public sealed class RemoteFeedOptions
{
    /// <summary>Gets the longest a fetch may take, redirects and body included (default 30 seconds, at most 10 minutes).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or is over 10 minutes.</exception>
    public Duration Timeout
    {
        get;
        init => field = value > Duration.Zero && value <= Duration.FromMinutes(10)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "The time-out must be positive and at most 10 minutes.");
    } = Duration.FromSeconds(30);

    /// <summary>Gets the largest body accepted, in bytes (default 10 MiB, at most 256 MiB); a larger feed fails.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 256 MiB.</exception>
    public int MaxBytes
    {
        get;
        init => field = value is >= 1 and <= 256 * 1024 * 1024
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The size limit must be between 1 byte and 256 MiB.");
    } = 10 * 1024 * 1024;

    /// <summary>Gets how many redirects a fetch follows (default 5, at most 20); each target must pass the same address rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above 20.</exception>
    public int MaxRedirects
    {
        get;
        init => field = value is >= 0 and <= 20
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRedirects), value, "The redirect limit must be between 0 and 20.");
    } = 5;
}
