using System.Collections;
using System.Text;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>An immutable, normalized set of instants, held as sorted, disjoint, non-touching half-open ranges.</summary>
/// <remarks>
/// <para>
/// Normalized means: the ranges are sorted by start, none is zero-length, and no two overlap or touch
/// (<c>[a, b) ∪ [b, c)</c> is stored as <c>[a, c)</c>). Two sets holding the same instants are therefore
/// equal range by range. Zero-length ranges hold no instant and are dropped on construction.
/// </para>
/// <para>
/// Set operations (<see cref="Union"/>, <see cref="Intersect"/>, <see cref="Except"/>,
/// <see cref="ComplementWithin"/>) are linear merges: O(n + m) time for sets of n and m ranges.
/// Construction from unsorted ranges sorts them first: O(n log n).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class InstantRangeSet : IReadOnlyList<InstantRange>, IEquatable<InstantRangeSet>
{
    private readonly InstantRange[] ranges;

    private InstantRangeSet(InstantRange[] normalized)
    {
        ranges = normalized;
    }

    /// <summary>Gets the empty set.</summary>
    public static InstantRangeSet Empty { get; } = new([]);

    /// <summary>Gets the number of disjoint ranges in the set.</summary>
    public int Count => ranges.Length;

    /// <summary>Gets a value indicating whether the set holds no instant.</summary>
    public bool IsEmpty => ranges.Length == 0;

    /// <summary>Gets the sum of the ranges' exact durations.</summary>
    public Duration TotalDuration
    {
        get
        {
            var total = Duration.Zero;
            foreach (var r in ranges)
            {
                total += r.Duration;
            }

            return total;
        }
    }

    /// <summary>Gets the smallest range that covers the whole set, or <see langword="null"/> when the set is empty.</summary>
    public InstantRange? Span => ranges.Length == 0 ? null : InstantRange.FromInstants(ranges[0].Start, ranges[^1].End);

    /// <summary>Gets the <paramref name="index"/>-th range in start order.</summary>
    /// <param name="index">A zero-based index below <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public InstantRange this[int index] => ranges[index];

    /// <summary>Gets the ranges as a read-only span, in start order.</summary>
    public ReadOnlySpan<InstantRange> AsSpan() => ranges;

    /// <summary>Builds a normalized set from ranges in any order, merging overlapping and touching ones.</summary>
    /// <param name="source">The ranges; zero-length ranges are ignored.</param>
    /// <returns>The normalized set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static InstantRangeSet FromRanges(IEnumerable<InstantRange> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var list = source.Where(r => !r.IsEmpty).ToArray();
        if (list.Length == 0)
        {
            return Empty;
        }

        Array.Sort(list);
        return new InstantRangeSet(MergeSorted(list));
    }

    /// <summary>Builds a normalized set from ranges in any order.</summary>
    /// <param name="source">The ranges; zero-length ranges are ignored.</param>
    /// <returns>The normalized set.</returns>
    public static InstantRangeSet FromRanges(params ReadOnlySpan<InstantRange> source)
    {
        var list = new List<InstantRange>(source.Length);
        foreach (var r in source)
        {
            if (!r.IsEmpty)
            {
                list.Add(r);
            }
        }

        if (list.Count == 0)
        {
            return Empty;
        }

        var array = list.ToArray();
        Array.Sort(array);
        return new InstantRangeSet(MergeSorted(array));
    }

    /// <summary>Tells whether <paramref name="instant"/> belongs to the set. O(log n).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True iff some range <c>[s, e)</c> has <c>s &lt;= instant &lt; e</c>.</returns>
    public bool Contains(Instant instant)
    {
        var i = IndexOfLastStartAtOrBefore(instant);
        return i >= 0 && ranges[i].Contains(instant);
    }

    /// <summary>Tells whether every instant of <paramref name="range"/> belongs to the set. O(log n).</summary>
    /// <param name="range">The range; a zero-length range is covered iff its instant is contained.</param>
    /// <returns>True when the range lies inside one range of the set.</returns>
    public bool Covers(InstantRange range)
    {
        var i = IndexOfLastStartAtOrBefore(range.Start);
        return i >= 0 && ranges[i].Contains(range);
    }

    /// <summary>Tells whether the set shares at least one instant with <paramref name="range"/> (RFC 4791 §9.9 rule for markers). O(log n).</summary>
    /// <param name="range">The range.</param>
    /// <returns>True when some range of the set overlaps <paramref name="range"/>.</returns>
    public bool Overlaps(InstantRange range)
    {
        if (range.IsEmpty)
        {
            return Contains(range.Start);
        }

        // The first range whose end is after range.Start is the only candidate.
        var i = IndexOfFirstEndAfter(range.Start);
        return i < ranges.Length && ranges[i].Start < range.End;
    }

    /// <summary>Returns the set of instants in this set or in <paramref name="other"/>. O(n + m).</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The normalized union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public InstantRangeSet Union(InstantRangeSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var merged = new InstantRange[ranges.Length + other.ranges.Length];
        int i = 0, j = 0, k = 0;
        while (i < ranges.Length && j < other.ranges.Length)
        {
            merged[k++] = ranges[i].Start <= other.ranges[j].Start ? ranges[i++] : other.ranges[j++];
        }

        while (i < ranges.Length)
        {
            merged[k++] = ranges[i++];
        }

        while (j < other.ranges.Length)
        {
            merged[k++] = other.ranges[j++];
        }

        return new InstantRangeSet(MergeSorted(merged));
    }

    /// <summary>Returns the set of instants in both this set and <paramref name="other"/>. O(n + m).</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The normalized intersection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public InstantRangeSet Intersect(InstantRangeSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = new List<InstantRange>();
        int i = 0, j = 0;
        while (i < ranges.Length && j < other.ranges.Length)
        {
            var a = ranges[i];
            var b = other.ranges[j];
            var start = a.Start > b.Start ? a.Start : b.Start;
            var end = a.End < b.End ? a.End : b.End;
            if (start < end)
            {
                result.Add(InstantRange.FromInstants(start, end));
            }

            if (a.End <= b.End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result.Count == 0 ? Empty : new InstantRangeSet([.. result]);
    }

    /// <summary>Returns the set of instants in this set but not in <paramref name="other"/>. O(n + m).</summary>
    /// <param name="other">The set to remove.</param>
    /// <returns>The normalized difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public InstantRangeSet Except(InstantRangeSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return this;
        }

        var result = new List<InstantRange>();
        var j = 0;
        foreach (var a in ranges)
        {
            var cursor = a.Start;
            while (j < other.ranges.Length && other.ranges[j].End <= cursor)
            {
                j++;
            }

            var k = j;
            while (k < other.ranges.Length && other.ranges[k].Start < a.End)
            {
                var b = other.ranges[k];
                if (b.Start > cursor)
                {
                    result.Add(InstantRange.FromInstants(cursor, b.Start));
                }

                if (b.End > cursor)
                {
                    cursor = b.End;
                }

                if (b.End > a.End)
                {
                    break;
                }

                k++;
            }

            if (cursor < a.End)
            {
                result.Add(InstantRange.FromInstants(cursor, a.End));
            }

            j = k;
        }

        return result.Count == 0 ? Empty : new InstantRangeSet([.. result]);
    }

    /// <summary>Returns the instants of <paramref name="bounds"/> that are not in this set (the free time within bounds). O(n).</summary>
    /// <param name="bounds">The window; zero-length bounds give the empty set.</param>
    /// <returns>The normalized complement, clipped to <paramref name="bounds"/>.</returns>
    public InstantRangeSet ComplementWithin(InstantRange bounds) => FromRanges(bounds).Except(this);

    /// <summary>Returns the free ranges within <paramref name="bounds"/> that last at least <paramref name="minimum"/>, in start order. O(n).</summary>
    /// <param name="bounds">The window searched.</param>
    /// <param name="minimum">The shortest gap reported; must be positive, so that touching ranges never yield a gap.</param>
    /// <returns>The gaps, each a maximal free range inside <paramref name="bounds"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is zero or negative.</exception>
    public IReadOnlyList<InstantRange> GapsOfAtLeast(InstantRange bounds, Duration minimum)
    {
        if (minimum <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "The minimum gap must be positive.");
        }

        return ComplementWithin(bounds).ranges.Where(r => r.Duration >= minimum).ToArray();
    }

    /// <summary>Returns the part of this set inside <paramref name="bounds"/>. O(log n + k).</summary>
    /// <param name="bounds">The window.</param>
    /// <returns>The clipped set.</returns>
    public InstantRangeSet ClipTo(InstantRange bounds)
    {
        if (bounds.IsEmpty || IsEmpty)
        {
            return Empty;
        }

        var result = new List<InstantRange>();
        for (var i = IndexOfFirstEndAfter(bounds.Start); i < ranges.Length && ranges[i].Start < bounds.End; i++)
        {
            var r = ranges[i];
            var start = r.Start > bounds.Start ? r.Start : bounds.Start;
            var end = r.End < bounds.End ? r.End : bounds.End;
            result.Add(InstantRange.FromInstants(start, end));
        }

        return result.Count == 0 ? Empty : new InstantRangeSet([.. result]);
    }

    /// <inheritdoc />
    public IEnumerator<InstantRange> GetEnumerator() => ((IEnumerable<InstantRange>)ranges).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(InstantRangeSet? other) =>
        other is not null && ranges.AsSpan().SequenceEqual(other.ranges);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InstantRangeSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in ranges)
        {
            hash.Add(r);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>{start/end, start/end}</c> in ISO-8601 UTC.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < ranges.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(ranges[i].ToString());
        }

        return sb.Append('}').ToString();
    }

    private static InstantRange[] MergeSorted(InstantRange[] sorted)
    {
        var k = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var r = sorted[i];
            if (r.IsEmpty)
            {
                continue;
            }

            if (k > 0 && r.Start <= sorted[k - 1].End)
            {
                if (r.End > sorted[k - 1].End)
                {
                    sorted[k - 1] = InstantRange.FromInstants(sorted[k - 1].Start, r.End);
                }
            }
            else
            {
                sorted[k++] = r;
            }
        }

        if (k != sorted.Length)
        {
            Array.Resize(ref sorted, k);
        }

        return sorted;
    }

    private int IndexOfLastStartAtOrBefore(Instant instant)
    {
        int lo = 0, hi = ranges.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (ranges[mid].Start <= instant)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int IndexOfFirstEndAfter(Instant instant)
    {
        int lo = 0, hi = ranges.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (ranges[mid].End > instant)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
