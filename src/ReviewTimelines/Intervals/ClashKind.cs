namespace ReviewTimelines.Intervals;

/// <summary>Why two items that share a resource were reported by the <see cref="OverlapSweep"/>.</summary>
public enum ClashKind
{
    /// <summary>The two ranges share at least one instant (half-open; markers per RFC 4791 §9.9). The clash interval is their intersection.</summary>
    Overlap = 0,

    /// <summary>The ranges do not overlap but stand closer than the kind's minimum separation or than one item's reach allows. The clash interval is the gap between them (zero-length when they touch).</summary>
    Separation = 1,
}
