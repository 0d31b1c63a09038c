namespace ReviewTimelines.Web;

/// <summary>An <see cref="ITimetableSource"/> that always serves the same snapshot.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class FixedTimetableSource : ITimetableSource
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="snapshot">The snapshot to serve.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public FixedTimetableSource(TimetableSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Current = snapshot;
    }

    /// <inheritdoc/>
    public TimetableSnapshot Current { get; }
}
