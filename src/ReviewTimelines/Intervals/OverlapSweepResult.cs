using System.Collections;

namespace ReviewTimelines.Intervals;

/// <summary>The clashes found by one <see cref="OverlapSweep.FindClashes{TId}"/> call, in the order documented on <see cref="OverlapSweep"/>.</summary>
/// <typeparam name="TId">The caller's item id type.</typeparam>
/// <remarks>
/// The list stores each clash as two sweep positions (8 bytes) and builds the <see cref="OverlapClash{TId}"/> value on
/// access, in O(log r) for r resources; enumerating all clashes is O(k + r).
/// </remarks>
/// <threadsafety>Immutable; safe to read from several threads.</threadsafety>
public sealed class OverlapSweepResult<TId> : IReadOnlyList<OverlapClash<TId>>
    where TId : notnull
{
    private readonly SweepItem<TId>[] items;
    private readonly int[] entries;
    private readonly int[] groupStart;
    private readonly ResourceKey[] groupKeys;
    private readonly PairStore pairs;

    internal OverlapSweepResult(SweepItem<TId>[] items, int[] entries, int[] groupStart, ResourceKey[] groupKeys, PairStore pairs)
    {
        this.items = items;
        this.entries = entries;
        this.groupStart = groupStart;
        this.groupKeys = groupKeys;
        this.pairs = pairs;
    }

    /// <summary>Gets the number of clashes.</summary>
    public int Count => pairs.Count;

    /// <summary>Gets the <paramref name="index"/>-th clash.</summary>
    /// <param name="index">A zero-based index below <see cref="Count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public OverlapClash<TId> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, pairs.Count);
            var pair = pairs[index];
            var p = (int)(pair >> 32);
            var q = (int)(pair & 0xFFFF_FFFF);
            var group = Array.BinarySearch(groupStart, p);
            if (group < 0)
            {
                group = ~group - 1;
            }
            else
            {
                // Skip empty groups that share the same start offset.
                while (group + 1 < groupKeys.Length && groupStart[group + 1] == p)
                {
                    group++;
                }
            }

            return Build(p, q, group);
        }
    }

    /// <inheritdoc />
    /// <remarks>Pairs are stored in ascending first position, so the enumerator follows the resource groups forward instead of searching them: O(k + r).</remarks>
    public IEnumerator<OverlapClash<TId>> GetEnumerator()
    {
        var group = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var p = (int)(pair >> 32);
            while (group + 1 < groupKeys.Length && groupStart[group + 1] <= p)
            {
                group++;
            }

            yield return Build(p, (int)(pair & 0xFFFF_FFFF), group);
        }
    }

    private OverlapClash<TId> Build(int p, int q, int group)
    {
        int ia = entries[p], ib = entries[q];
        SweepItem<TId> a = items[ia], b = items[ib];
        ClashKind kind;
        InstantRange interval;
        if (a.Range.Overlaps(b.Range))
        {
            kind = ClashKind.Overlap;
            interval = a.Range.Intersect(b.Range)!.Value;
        }
        else
        {
            kind = ClashKind.Separation;
            interval = a.Range.GapTo(b.Range)!.Value;
        }

        return new OverlapClash<TId>(groupKeys[group], kind, interval, a.Id, ia, a.Range, b.Id, ib, b.Range);
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
