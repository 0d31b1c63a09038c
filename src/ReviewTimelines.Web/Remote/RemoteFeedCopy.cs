using NodaTime;

namespace ReviewTimelines.Web.Remote;

/// <summary>A good copy of a remote feed: its text and the validators the server sent, for the next conditional fetch.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RemoteFeedCopy
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="address">The configured address the copy was fetched for.</param>
    /// <param name="text">The feed's text.</param>
    /// <param name="entityTag">The server's <c>ETag</c> header as sent, or null.</param>
    /// <param name="lastModified">The server's <c>Last-Modified</c> header as sent, or null.</param>
    /// <param name="fetchedAt">When the server last confirmed the copy (a 200 or a 304).</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> or <paramref name="text"/> is null.</exception>
    public RemoteFeedCopy(Uri address, string text, string? entityTag, string? lastModified, Instant fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(text);
        Address = address;
        Text = text;
        EntityTag = entityTag;
        LastModified = lastModified;
        FetchedAt = fetchedAt;
    }

    /// <summary>Gets the configured address.</summary>
    public Uri Address { get; }

    /// <summary>Gets the feed's text.</summary>
    public string Text { get; }

    /// <summary>Gets the server's <c>ETag</c>, sent back as <c>If-None-Match</c>; null when the server sent none.</summary>
    public string? EntityTag { get; }

    /// <summary>Gets the server's <c>Last-Modified</c>, sent back as <c>If-Modified-Since</c>; null when the server sent none.</summary>
    public string? LastModified { get; }

    /// <summary>Gets when the server last confirmed this copy.</summary>
    public Instant FetchedAt { get; }
}
