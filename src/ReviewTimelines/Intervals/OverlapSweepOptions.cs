using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>Settings for an <see cref="OverlapSweep"/>: the minimum separation required between items per resource kind.</summary>
/// <remarks>
/// A mutable settings bag (Polly style): fill it, then pass it to <see cref="OverlapSweep(OverlapSweepOptions)"/>,
/// which validates it once and copies it, so later changes to the options do not affect the engine.
/// </remarks>
/// <threadsafety>Not thread-safe while being filled; the engine built from it is.</threadsafety>
public sealed class OverlapSweepOptions
{
    /// <summary>Gets the minimum separation per resource kind (ordinal, case-sensitive kind names), as exact elapsed time.</summary>
    /// <remarks>
    /// Two items holding the same resource of kind <c>k</c> that do not overlap must leave a gap of at least
    /// <c>Separations[k]</c> between the earlier one's end and the later one's start (a gap exactly equal to it is
    /// enough). Kinds not listed use <see cref="DefaultSeparation"/>. Separations in working days are not expressed
    /// here but as each item's reach (<see cref="SweepItem{TId}.WithReach"/>).
    /// </remarks>
    public IDictionary<string, Duration> Separations { get; } = new Dictionary<string, Duration>(StringComparer.Ordinal);

    /// <summary>Gets or sets the separation used for kinds not listed in <see cref="Separations"/>; zero by default (touching items do not clash).</summary>
    public Duration DefaultSeparation { get; set; } = Duration.Zero;
}
