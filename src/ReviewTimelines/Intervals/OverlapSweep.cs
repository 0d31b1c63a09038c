using System.Buffers;
using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>Finds every pair of items that hold a common resource and overlap or stand closer than allowed, in O(n + m log m + k) for m (item, resource) entries and k clashes.</summary>
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
/// <b>Cost.</b> For n items holding m (item, resource) entries in total and k clashes: one pass to map resources, a
/// stable bucketing of the entries by resource, one sort of each resource's entries by start, and a forward scan per
/// resource that stops at the first entry that cannot clash, so it touches only reported pairs: O(n + m log m + k) time
/// (m is a small multiple of n) and O(n + m + k) memory, 8 bytes per clash in chunks that are never copied; clash
/// values are built on access. Each item's instants are converted to 64-bit nanoseconds once, when the item is made.
/// Items whose reach starts before their range cost one extra sort of their resource's entries. Instants must lie
/// between 1677-09-21 and 2262-04-11 UTC.
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

        // Scratch arrays come from the shared pool (they would otherwise land on the large object heap on every sweep);
        // only the snapshot, the entries and the clashes are kept by the result.
        var longs = ArrayPool<long>.Shared;
        var ints = ArrayPool<int>.Shared;
        var start = longs.Rent(n);
        var end = longs.Rent(n);
        var reachEnd = longs.Rent(n);
        var keyResource = ints.Rent(Math.Max(16, n * 3));
        long[]? entryStart = null;
        long[]? bound = null;
        try
        {
            return Sweep(items, snapshot, start, end, reachEnd, ref keyResource, ref entryStart, ref bound);
        }
        finally
        {
            longs.Return(start);
            longs.Return(end);
            longs.Return(reachEnd);
            ints.Return(keyResource);
            if (entryStart is not null)
            {
                longs.Return(entryStart);
            }

            if (bound is not null)
            {
                longs.Return(bound);
            }
        }
    }

    private OverlapSweepResult<TId> Sweep<TId>(
        IReadOnlyList<SweepItem<TId>> items,
        SweepItem<TId>[] snapshot,
        long[] start,
        long[] end,
        long[] reachEnd,
        ref int[] keyResource,
        ref long[]? entryStart,
        ref long[]? bound)
        where TId : notnull
    {
        var n = snapshot.Length;
        var resourceIds = new Dictionary<ResourceKey, int>();
        var resources = new List<ResourceKey>();
        var counts = new List<int>();
        var anyBeforeReach = false;

        // Pass 1: snapshot, validate, map resources to dense ids and count entries per resource.
        var totalKeys = 0;
        for (var i = 0; i < n; i++)
        {
            var item = items[i] ?? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The item at position {0} is null.", i), nameof(items));
            var nanos = item.Nanos;
            if (!nanos.Representable)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(items),
                    item.Reach,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "Item {0} at position {1} has an instant outside 1677-09-21..2262-04-11 UTC, which the sweep cannot represent.",
                        item.Id,
                        i));
            }

            snapshot[i] = item;
            start[i] = nanos.Start;
            end[i] = nanos.End;
            reachEnd[i] = nanos.ReachEnd;
            anyBeforeReach |= nanos.ReachStart < nanos.Start;
            foreach (var key in item.ResourceArray)
            {
                if (!resourceIds.TryGetValue(key, out var id))
                {
                    id = resources.Count;
                    resourceIds.Add(key, id);
                    resources.Add(key);
                    counts.Add(0);
                }

                if (totalKeys == keyResource.Length)
                {
                    var larger = ArrayPool<int>.Shared.Rent(totalKeys * 2);
                    Array.Copy(keyResource, larger, totalKeys);
                    ArrayPool<int>.Shared.Return(keyResource);
                    keyResource = larger;
                }

                keyResource[totalKeys++] = id;
                counts[id]++;
            }
        }

        var reachStart = anyBeforeReach ? Array.ConvertAll(snapshot, x => x.Nanos.ReachStart) : start;
        int next;

        // Resources in ordinal order; group g (the resource of rank g) occupies entries [groupStart[g], groupStart[g + 1]).
        var resourceCount = resources.Count;
        var byRank = new int[resourceCount];
        for (var r = 0; r < resourceCount; r++)
        {
            byRank[r] = r;
        }

        var sortedKeys = resources.ToArray();
        Array.Sort(sortedKeys, byRank);
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

        // Pass 2: bucket the entries by resource (stable: input order), then sort each bucket by start.
        var entries = new int[totalKeys];
        entryStart = ArrayPool<long>.Shared.Rent(totalKeys);
        var fill = new int[resourceCount];
        Array.Copy(groupStart, fill, resourceCount);
        next = 0;
        for (var i = 0; i < n; i++)
        {
            for (var k = snapshot[i].ResourceArray.Length; k > 0; k--)
            {
                var pos = fill[rankOf[keyResource[next++]]]++;
                entries[pos] = i;
                entryStart[pos] = start[i];
            }
        }

        var tieComparer = new TieComparer(start, end, reachEnd);
        bound = ArrayPool<long>.Shared.Rent(totalKeys);
        var pairs = new PairStore();
        for (var g = 0; g < resourceCount; g++)
        {
            int lo = groupStart[g], hi = groupStart[g + 1];
            SortGroup(entryStart, entries, lo, hi, tieComparer);
            var separation = groupSeparation[g];
            for (var p = lo; p < hi; p++)
            {
                var item = entries[p];
                bound[p] = AfterBound(end[item], separation, reachEnd[item]);
            }

            // Sweep 1: every later entry q that starts before p's bound clashes with p; stop at the first that does not.
            for (var p = lo; p < hi; p++)
            {
                var limit = bound[p];
                for (var q = p + 1; q < hi && entryStart[q] < limit; q++)
                {
                    pairs.Add(((long)p << 32) | (uint)q);
                }
            }
        }

        if (anyBeforeReach)
        {
            var extra = new PairStore();
            for (var g = 0; g < resourceCount; g++)
            {
                ScanBefore(entries, groupStart[g], groupStart[g + 1], entryStart, bound, start, end, reachStart, extra);
            }

            if (extra.Count > 0)
            {
                pairs = PairStore.Merge(pairs, extra.ToSortedArray());
            }
        }

        return new OverlapSweepResult<TId>(snapshot, entries, groupStart, groupKeys, pairs);
    }

    internal long SeparationNanosFor(string kind) =>
        separationNanos.TryGetValue(kind, out var nanos) ? nanos : defaultSeparationNanos;

    /// <summary>
    /// Sweep 2, on the time-mirrored group: pairs where the later item's reach starts before the earlier one ends,
    /// keeping only those sweep 1 did not report. Reported pairs are given by their sweep-order positions.
    /// </summary>
    private static void ScanBefore(
        int[] entries, int lo, int hi, long[] entryStart, long[] bound, long[] start, long[] end, long[] reachStart, PairStore pairs)
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
            var mirroredBound = reachStart[a]; // mirrored: later ones must have End > mirroredBound
            for (var j = i + 1; j < positions.Length && end[entries[positions[j]]] > mirroredBound; j++)
            {
                int p = positions[i], q = positions[j];
                if (p > q)
                {
                    (p, q) = (q, p);
                }

                // Skip what sweep 1 reports.
                if (entryStart[q] < bound[p])
                {
                    continue;
                }

                pairs.Add(((long)p << 32) | (uint)q);
            }
        }
    }

    private static long AfterBound(long end, long separation, long reachEnd)
    {
        var separated = end > long.MaxValue - separation ? long.MaxValue : end + separation;
        return separated > reachEnd ? separated : reachEnd;
    }

    /// <summary>Sorts entries [lo, hi) into sweep order: start, then the documented tie order.</summary>
    private static void SortGroup(long[] entryStart, int[] entries, int lo, int hi, TieComparer comparer)
    {
        Array.Sort(entryStart, entries, lo, hi - lo);

        // Array.Sort is not stable: put each run of equal starts into the documented tie order.
        for (var i = lo; i < hi;)
        {
            var j = i + 1;
            while (j < hi && entryStart[j] == entryStart[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(entries, i, j - i, comparer);
            }

            i = j;
        }
    }

    private static long ToSeparationNanos(Duration separation, string name)
    {
        if (separation < Duration.Zero || separation > MaxSeparation)
        {
            throw new ArgumentOutOfRangeException(name, separation, "A separation must be between zero and 36,500 days.");
        }

        return separation.ToInt64Nanoseconds();
    }

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
}
