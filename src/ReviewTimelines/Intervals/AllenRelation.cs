namespace ReviewTimelines.Intervals;

/// <summary>One of the 13 relations of Allen's interval algebra between two half-open instant ranges <c>a</c> and <c>b</c>.</summary>
/// <remarks>
/// <para>
/// Each member reads "a ... b", as returned by <see cref="InstantRange.Relate(InstantRange)"/> on <c>a</c>. For two
/// non-empty ranges the relations are the classical ones (J. F. Allen, "Maintaining knowledge about temporal
/// intervals", CACM 26(11), 1983), applied to the end points of <c>[Start, End)</c>; exactly one holds.
/// </para>
/// <para>
/// Zero-length ranges (instant markers) follow RFC 4791 §9.9: a marker at <c>t</c> shares an instant with
/// <c>[s, e)</c> iff <c>s &lt;= t &lt; e</c>. So a marker at <c>s</c> <see cref="Starts"/> <c>[s, e)</c>, a marker
/// strictly inside is <see cref="During"/> it, and a marker at <c>e</c> is <see cref="MetBy"/> it (it touches the
/// exclusive end, it is not inside). Two markers at the same instant are <see cref="Equal"/>; at different instants,
/// <see cref="Before"/> or <see cref="After"/>. A marker is never said to overlap, finish or contain anything.
/// </para>
/// </remarks>
public enum AllenRelation
{
    /// <summary><c>a.End &lt; b.Start</c>: a ends strictly before b starts, with a gap.</summary>
    Before = 0,

    /// <summary><c>a.End == b.Start</c>: a ends exactly where b starts (touching; no shared instant).</summary>
    Meets = 1,

    /// <summary><c>a.Start &lt; b.Start &lt; a.End &lt; b.End</c>: a starts first and they share a middle part.</summary>
    Overlaps = 2,

    /// <summary><c>a.Start == b.Start</c> and <c>a.End &lt; b.End</c>: a is a proper prefix of b (a marker at <c>b.Start</c> included).</summary>
    Starts = 3,

    /// <summary><c>b.Start &lt; a.Start</c> and <c>a.End &lt; b.End</c>: a lies strictly inside b.</summary>
    During = 4,

    /// <summary><c>b.Start &lt; a.Start</c> and <c>a.End == b.End</c>: a is a proper suffix of b (a and b non-empty).</summary>
    Finishes = 5,

    /// <summary><c>a.Start == b.Start</c> and <c>a.End == b.End</c>: the same range (also two markers at the same instant).</summary>
    Equal = 6,

    /// <summary>The converse of <see cref="Finishes"/>: b is a proper suffix of a.</summary>
    FinishedBy = 7,

    /// <summary>The converse of <see cref="During"/>: b lies strictly inside a.</summary>
    Contains = 8,

    /// <summary>The converse of <see cref="Starts"/>: b is a proper prefix of a.</summary>
    StartedBy = 9,

    /// <summary>The converse of <see cref="Overlaps"/>: b starts first and they share a middle part.</summary>
    OverlappedBy = 10,

    /// <summary>The converse of <see cref="Meets"/>: <c>b.End == a.Start</c>.</summary>
    MetBy = 11,

    /// <summary>The converse of <see cref="Before"/>: <c>b.End &lt; a.Start</c>.</summary>
    After = 12,
}
