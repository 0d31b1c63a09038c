namespace ReviewTimelines.Web.Remote;

/// <summary>What a fetch of a remote feed gave.</summary>
public enum RemoteFeedOutcome
{
    /// <summary>The server sent the feed (200); <see cref="RemoteFeedResult.Copy"/> is the new copy.</summary>
    Fetched = 0,

    /// <summary>The server confirmed the last good copy (304); <see cref="RemoteFeedResult.Copy"/> is that copy.</summary>
    NotModified = 1,

    /// <summary>The fetch failed; <see cref="RemoteFeedResult.Copy"/> is the last good copy, <see cref="RemoteFeedResult.Problem"/> says why.</summary>
    LastGoodCopy = 2,

    /// <summary>The fetch failed and there is no good copy; <see cref="RemoteFeedResult.Problem"/> says why.</summary>
    Failed = 3,
}

/// <summary>The outcome of <see cref="RemoteFeedFetcher.FetchAsync"/>: the copy to use and, after a failure, why.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RemoteFeedResult
{
    internal RemoteFeedResult(RemoteFeedOutcome outcome, RemoteFeedCopy? copy, string? problem)
    {
        Outcome = outcome;
        Copy = copy;
        Problem = problem;
    }

    /// <summary>Gets what happened.</summary>
    public RemoteFeedOutcome Outcome { get; }

    /// <summary>Gets the copy to use: new, confirmed, or the last good one; null only for <see cref="RemoteFeedOutcome.Failed"/>.</summary>
    public RemoteFeedCopy? Copy { get; }

    /// <summary>Gets why the fetch failed (a sentence naming the address), or null when it did not.</summary>
    public string? Problem { get; }
}
