using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>Finds every pair of items that hold a common resource and overlap or stand closer than allowed, in O(n log n + m + k).</summary>
/// <remarks>
/// <para><b>Clash rule.</b> Two distinct items <c>A</c> and <c>B</c> that both hold resource <c>r</c> of kind <c>k</c> clash on <c>r</c> iff</para>
/// <list type="number">
/// <item><description><see cref="ClashKind.Overlap"/>: <c>A.Range.Overlaps(B.Range)</c> (half-open; a zero-length marker at <c>t</c>
/// overlaps <c>[s, e)</c> iff <c>s &lt;= t &lt; e</c>, RFC 4791 §9.9; two markers never overlap); or</description></item>
/// <item><description><see cref="ClashKind.Separation"/>: they do not overlap, and for an ordering <c>(E, L)</c> of the two with
/// <c>E.End &lt;= L.Start</c> (both orderings when both are markers at one instant), <c>L.Start - E.End &lt; sep(k)</c>, or
/// <c>L.Start &lt; E.Reach.End</c>, or <c>L.Reach.Start &lt; E.End</c>. So a gap exactly equal to the separation is
/// enough, an item's reach must stay clear of other items' ranges, and two reaches may overlap each other.</description></item>
/// </list>
/// <para>
/// <b>Result order</b> (deterministic, independent of machine, culture and thread): by resource (ordinal kind, then
/// ordinal value), then by the first item, then by the second, where items are ranked in <em>sweep order</em>: start
/// ascending; at equal starts non-empty ranges before markers, markers by reach end descending; then input position
/// ascending. In each clash the first item is the one earlier in sweep order. A pair is reported once per shared
/// resource; an item is never paired with itself. Ids are carried, not compared: two items with equal ids are still
/// two items.
/// </para>
/// <para>
/// <b>Cost.</b> One sort of the n items by start, a linear bucketing of the m (item, resource) entries, and a forward
/// scan per resource that touches only reported pairs: O(n log n + m + k) time and O(n + m + k) memory (8 bytes per
/// clash; clashes are materialized on access). Items with a reach that starts before their range cost one extra sort
/// of their resource's entries. Instants must lie between 1677-09-21 and 2262-04-11 UTC (64-bit nanoseconds).
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; <see cref="FindClashes{TId}"/> may be called concurrently.</threadsafety>
public sealed class OverlapSweep
{
    private readonly Dictionary<string, long> separationNanos;
    private readonly long defaultSeparationNanos;

    /// <summary>Initializes a new instance of the <see cref="OverlapSweep"/> class, validating and copying <paramref name="options"/>.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A separation kind is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A separation is negative or longer than 100 years.</exception>
    public OverlapSweep(OverlapSweepOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        defaultSeparationNanos = ToSeparationNanos(options.DefaultSeparation, "DefaultSeparation");
        separationNanos = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, separation) in options.Separations)
        {
            if (string.IsNullOrEmpty(kind))
            {
                throw new ArgumentException("A separation is configured for an empty resource kind.", nameof(options));
            }

            separationNanos[kind] = ToSeparationNanos(separation, "Separations[" + kind + "]");
        }
    }

    /// <summary>Gets the minimum separation that applies to <paramref name="kind"/>.</summary>
    /// <param name="kind">The resource kind.</param>
    /// <returns>The configured separation, or the default one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public Duration SeparationFor(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Duration.FromNanoseconds(SeparationNanosFor(kind));
    }

    /// <summary>Finds every clash among <paramref name="items"/> (see the class remarks for the rule and the order).</summary>
    /// <typeparam name="TId">The caller's id type.</typeparam>
    /// <param name="items">The items; the list is copied, never changed.</param>
    /// <returns>The clashes, in the documented order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null (the message names its position).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item's range or reach lies outside 1677-09-21..2262-04-11 UTC (the message names the item).</exception>
    /// <exception cref="InvalidOperationException">There are more clashes than an array can hold.</exception>
    public OverlapSweepResult<TId> FindClashes<TId>(IReadOnlyList<SweepItem<TId>> items)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        var n = items.Count;
        var snapshot = new SweepItem<TId>[n];
        var start = new long[n];
        var end = new long[n];
        var reachStart = new long[n];
        var reachEnd = new long[n];
        var keyOffsets = new int[n + 1];
        var resourceIds = new Dictionary<ResourceKey, int>();
        var resources = new List<ResourceKey>();
        var anyBeforeReach = false;

        var totalKeys = 0;
        for (var i = 0; i < n; i++)
        {
            var item = items[i] ?? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The item at position {0} is null.", i), nameof(items));
            snapshot[i] = item;
            keyOffsets[i] = totalKeys;
            totalKeys += item.ResourceArray.Length;
            start[i] = ToNanos(item.Range.Start, item, i);
            end[i] = ToNanos(item.Range.End, item, i);
            if (item.Reach == item.Range)
            {
                reachStart[i] = start[i];
                reachEnd[i] = end[i];
            }
            else
            {
                reachStart[i] = ToNanos(item.Reach.Start, item, i);
                reachEnd[i] = ToNanos(item.Reach.End, item, i);
                anyBeforeReach |= reachStart[i] < start[i];
            }
        }

        keyOffsets[n] = totalKeys;
        var keyResource = new int[totalKeys];
        var counts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var keys = snapshot[i].ResourceArray;
            var offset = keyOffsets[i];
            for (var k = 0; k < keys.Length; k++)
            {
                if (!resourceIds.TryGetValue(keys[k], out var id))
                {
                    id = resources.Count;
                    resourceIds.Add(keys[k], id);
                    resources.Add(keys[k]);
                    counts.Add(0);
                }

                keyResource[offset + k] = id;
                counts[id]++;
            }
        }

        // Resources in ordinal order; groupStart[g] is where resource of rank g begins in the entries.
        var resourceCount = resources.Count;
        var byRank = new int[resourceCount];
        for (var r = 0; r < resourceCount; r++)
        {
            byRank[r] = r;
        }

        Array.Sort(byRank, (x, y) => resources[x].CompareTo(resources[y]));
        var rankOf = new int[resourceCount];
        var groupKeys = new ResourceKey[resourceCount];
        var groupStart = new int[resourceCount + 1];
        var groupSeparation = new long[resourceCount];
        for (var g = 0; g < resourceCount; g++)
        {
            var r = byRank[g];
            rankOf[r] = g;
            groupKeys[g] = resources[r];
            groupStart[g + 1] = groupStart[g] + counts[r];
            groupSeparation[g] = SeparationNanosFor(resources[r].Kind);
        }

        var order = SweepOrder(start, end, reachEnd);
        var entries = new int[totalKeys];
        var fill = new int[resourceCount];
        Array.Copy(groupStart, fill, resourceCount);
        foreach (var i in order)
        {
            for (var k = keyOffsets[i]; k < keyOffsets[i + 1]; k++)
            {
                entries[fill[rankOf[keyResource[k]]]++] = i;
            }
        }

        var pairs = new PairBuffer();
        for (var g = 0; g < resourceCount; g++)
        {
            ScanAfter(entries, groupStart[g], groupStart[g + 1], groupSeparation[g], start, end, reachEnd, ref pairs);
        }

        var result = pairs.ToArray();
        if (anyBeforeReach)
        {
            var extra = new PairBuffer();
            for (var g = 0; g < resourceCount; g++)
            {
                ScanBefore(entries, groupStart[g], groupStart[g + 1], groupSeparation[g], start, end, reachStart, reachEnd, ref extra);
            }

            if (extra.Count > 0)
            {
                var more = extra.ToArray();
                Array.Sort(more);
                result = Merge(result, more);
            }
        }

        return new OverlapSweepResult<TId>(snapshot, entries, groupStart, groupKeys, result);
    }

    internal long SeparationNanosFor(string kind) =>
        separationNanos.TryGetValue(kind, out var nanos) ? nanos : defaultSeparationNanos;

    /// <summary>Sweep 1: pairs (p, q), p before q in sweep order, with q.Start &lt; max(p.End + sep, p.Reach.End).</summary>
    private static void ScanAfter(int[] entries, int lo, int hi, long separation, long[] start, long[] end, long[] reachEnd, ref PairBuffer pairs)
    {
        for (var p = lo; p < hi; p++)
        {
            var a = entries[p];
            var bound = AfterBound(end[a], separation, reachEnd[a]);
            for (var q = p + 1; q < hi && start[entries[q]] < bound; q++)
            {
                pairs.Add(Pack(p, q));
            }
        }
    }

    /// <summary>
    /// Sweep 2, on the time-mirrored group: pairs where the later item's reach starts before the earlier one ends,
    /// keeping only those sweep 1 did not report. Reported pairs are given by their sweep-order positions.
    /// </summary>
    private static void ScanBefore(
        int[] entries, int lo, int hi, long separation, long[] start, long[] end, long[] reachStart, long[] reachEnd, ref PairBuffer pairs)
    {
        var needed = false;
        for (var p = lo; p < hi && !needed; p++)
        {
            needed = reachStart[entries[p]] < start[entries[p]];
        }

        if (!needed)
        {
            return;
        }

        // Mirrored sweep order: end descending; at equal ends markers first (a marker at a range's exclusive end does not
        // overlap it, so mirroring must not treat it as inside), markers by reach start ascending; then position.
        var positions = new int[hi - lo];
        for (var p = lo; p < hi; p++)
        {
            positions[p - lo] = p;
        }

        Array.Sort(positions, (x, y) =>
        {
            int a = entries[x], b = entries[y];
            var c = end[b].CompareTo(end[a]);
            if (c != 0)
            {
                return c;
            }

            bool ea = start[a] == end[a], eb = start[b] == end[b];
            if (ea != eb)
            {
                return ea ? -1 : 1;
            }

            if (ea)
            {
                c = reachStart[a].CompareTo(reachStart[b]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.CompareTo(y);
        });

        for (var i = 0; i < positions.Length; i++)
        {
            var a = entries[positions[i]];
            var bound = reachStart[a]; // mirrored: later ones must have End > bound
            for (var j = i + 1; j < positions.Length && end[entries[positions[j]]] > bound; j++)
            {
                int p = positions[i], q = positions[j];
                if (p > q)
                {
                    (p, q) = (q, p);
                }

                // Skip what sweep 1 reports.
                if (start[entries[q]] < AfterBound(end[entries[p]], separation, reachEnd[entries[p]]))
                {
                    continue;
                }

                pairs.Add(Pack(p, q));
            }
        }
    }

    private static long AfterBound(long end, long separation, long reachEnd)
    {
        var separated = end > long.MaxValue - separation ? long.MaxValue : end + separation;
        return separated > reachEnd ? separated : reachEnd;
    }

    private static int[] SweepOrder(long[] start, long[] end, long[] reachEnd)
    {
        var n = start.Length;
        var keys = (long[])start.Clone();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);

        // Array.Sort is not stable: put each run of equal starts into the documented tie order.
        var comparer = new TieComparer(start, end, reachEnd);
        for (var lo = 0; lo < n;)
        {
            var hi = lo + 1;
            while (hi < n && keys[hi] == keys[lo])
            {
                hi++;
            }

            if (hi - lo > 1)
            {
                Array.Sort(order, lo, hi - lo, comparer);
            }

            lo = hi;
        }

        return order;
    }

    private static long[] Merge(long[] a, long[] b)
    {
        var merged = new long[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }

        while (i < a.Length)
        {
            merged[k++] = a[i++];
        }

        while (j < b.Length)
        {
            merged[k++] = b[j++];
        }

        return merged;
    }

    private static long Pack(int p, int q) => ((long)p << 32) | (uint)q;

    private static long ToNanos<TId>(Instant instant, SweepItem<TId> item, int position)
        where TId : notnull
    {
        if (instant < MinInstant || instant > MaxInstant)
        {
            throw new ArgumentOutOfRangeException(
                "items",
                instant,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Item {0} at position {1} has an instant outside 1677-09-21..2262-04-11 UTC, which the sweep cannot represent.",
                    item.Id,
                    position));
        }

        return (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
    }

    private static long ToSeparationNanos(Duration separation, string name)
    {
        if (separation < Duration.Zero || separation > MaxSeparation)
        {
            throw new ArgumentOutOfRangeException(name, separation, "A separation must be between zero and 36,500 days.");
        }

        return separation.ToInt64Nanoseconds();
    }

    private static readonly Instant MinInstant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MinValue);
    private static readonly Instant MaxInstant = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MaxValue);
    private static readonly Duration MaxSeparation = Duration.FromDays(36_500);

    private sealed class TieComparer(long[] start, long[] end, long[] reachEnd) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            bool ex = start[x] == end[x], ey = start[y] == end[y];
            if (ex != ey)
            {
                return ex ? 1 : -1;
            }

            if (ex)
            {
                var c = reachEnd[y].CompareTo(reachEnd[x]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.CompareTo(y);
        }
    }

    private struct PairBuffer
    {
        private long[]? buffer;

        public int Count { get; private set; }

        public void Add(long pair)
        {
            buffer ??= new long[16];
            if (Count == buffer.Length)
            {
                if (buffer.Length >= Array.MaxLength)
                {
                    throw new InvalidOperationException("There are more clashes than an array can hold; narrow the input.");
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
            }

            buffer[Count++] = pair;
        }

        public readonly long[] ToArray() => buffer is null ? [] : buffer.AsSpan(0, Count).ToArray();
    }
}
