using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>A crowd: more than K items that hold one resource at one instant, reported as one grouped conflict instead of every pair.</summary>
/// <param name="Resource">The shared resource.</param>
/// <param name="Items">The items of the crowd's cluster, in order of start, then position.</param>
/// <param name="Interval">The span of the items' ranges: from the earliest start to the latest end.</param>
internal sealed record Crowd(ResourceKey Resource, CheckedItem[] Items, InstantRange Interval);

/// <summary>Takes crowds out of a rule's sweep entries before the sweep, so a rule's output and memory grow with the items, not with their pairs.</summary>
/// <remarks>
/// <para>
/// Per resource, the entries are ordered by the start of their reach (range and reach together) and cut into clusters:
/// maximal runs in which each entry starts before the latest reach end of the ones before it. Two entries that clash lie in
/// one cluster (a clash needs their reaches to overlap). When more than K entries of a cluster hold the resource at one
/// instant (their reaches counted), the whole cluster is one crowd: the resource is removed from those entries, so the
/// sweep never lists their pairs on it, and the rule reports one grouped conflict naming every item of the cluster.
/// Every pair the sweep would have reported on that resource is thus either still reported or inside a crowd naming both.
/// </para>
/// <para>
/// A cluster in which the rule would report no pair at all (by <c>pairCounts</c> over the item categories: two outside
/// intervals, two plenaries of one mechanism...) is not a crowd and its resource is removed silently: nothing is lost.
/// Cost: O(m log m) for m (entry, resource) pairs; memory O(m).
/// </para>
/// </remarks>
internal static class Crowds
{
    /// <summary>Removes crowded resources from <paramref name="entries"/> and returns the crowds.</summary>
    /// <param name="context">The check (items by index).</param>
    /// <param name="entries">The rule's sweep entries (ids are item indexes); replaced in place by the entries left for the sweep.</param>
    /// <param name="category">A key of the item properties that <paramref name="pairCounts"/> depends on.</param>
    /// <param name="pairCounts">Whether the rule reports a clash between items of these two categories.</param>
    /// <param name="clusterCounts">Optionally, a further test on the resource and the cluster's item ranges (a rule that counts only pairs that do not overlap).</param>
    /// <returns>The crowds, in order of resource, then start.</returns>
    internal static List<Crowd> Split(ConflictContext context, List<SweepItem<int>> entries, Func<CheckedItem, object> category, Func<CheckedItem, CheckedItem, bool> pairCounts, Func<ResourceKey, Crowd, bool>? clusterCounts = null)
    {
        var k = context.Settings.CrowdThreshold;
        var crowds = new List<Crowd>();
        if (entries.Count <= k)
        {
            return crowds;
        }

        var byResource = new Dictionary<ResourceKey, List<int>>();
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var key in entries[e].Resources)
            {
                if (!byResource.TryGetValue(key, out var list))
                {
                    list = [];
                    byResource.Add(key, list);
                }

                list.Add(e);
            }
        }

        HashSet<(int Entry, ResourceKey Key)>? removed = null;
        foreach (var (key, list) in byResource.OrderBy(p => p.Key))
        {
            if (list.Count <= k)
            {
                continue;
            }

            var sorted = list.ToArray();
            var starts = Array.ConvertAll(sorted, e => From(entries[e]));
            Array.Sort(starts, sorted);
            var ends = new PriorityQueue<int, Instant>();
            var first = 0;
            var depth = 0;
            var reachEnd = Instant.MinValue;
            for (var i = 0; i <= sorted.Length; i++)
            {
                if (i == sorted.Length || (i > first && starts[i] >= reachEnd))
                {
                    if (depth > k && AnyPairCounts(context, sorted, first, i, entries, category, pairCounts)
                        && MakeCrowd(context, key, sorted, first, i, entries) is var crowd
                        && (clusterCounts is null || clusterCounts(key, crowd)))
                    {
                        crowds.Add(crowd);
                        removed ??= [];
                        for (var c = first; c < i; c++)
                        {
                            removed.Add((sorted[c], key));
                        }
                    }
                    else if (depth > k)
                    {
                        // No pair of the cluster counts for this rule: drop the resource from it, as the rule would drop every pair.
                        removed ??= [];
                        for (var c = first; c < i; c++)
                        {
                            removed.Add((sorted[c], key));
                        }
                    }

                    if (i == sorted.Length)
                    {
                        break;
                    }

                    first = i;
                    depth = 0;
                    ends.Clear();
                }

                while (ends.TryPeek(out _, out var end) && end <= starts[i])
                {
                    ends.Dequeue();
                }

                var to = To(entries[sorted[i]]);
                ends.Enqueue(sorted[i], to);
                depth = Math.Max(depth, ends.Count);
                reachEnd = i == first ? to : Max(to, reachEnd);
            }
        }

        if (removed is not null)
        {
            var kept = new List<SweepItem<int>>(entries.Count);
            var keys = new List<ResourceKey>();
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                keys.Clear();
                foreach (var key in entry.Resources)
                {
                    if (!removed.Contains((e, key)))
                    {
                        keys.Add(key);
                    }
                }

                if (keys.Count == entry.Resources.Count)
                {
                    kept.Add(entry);
                }
                else if (keys.Count > 0)
                {
                    kept.Add(SweepItem<int>.FromSortedDistinct(entry.Id, entry.Range, entry.Reach, [.. keys]));
                }
            }

            entries.Clear();
            entries.AddRange(kept);
        }

        return crowds;
    }

    /// <summary>Reports each crowd as one grouped conflict of <paramref name="kind"/>: the resource, the span, every item, a sentence naming the first K.</summary>
    internal static void Report(ConflictContext context, ConflictKind kind, ConflictSeverity severity, List<Crowd> crowds, string what)
    {
        var k = context.Settings.CrowdThreshold;
        foreach (var crowd in crowds)
        {
            var resource = context.ResourceOf(crowd.Resource);
            string Sentence()
            {
                var zone = context.ZoneOf(resource);
                var named = string.Join("; ", crowd.Items.Take(k).Select(i => context.LabelWithDates(i, zone)));
                var more = crowd.Items.Length > k ? string.Format(CultureInfo.InvariantCulture, "; and {0} more", crowd.Items.Length - k) : string.Empty;
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} items {1} {2} at once ({3}, more than {4} at one time; grouped, not listed pair by pair): {5}{6}.",
                    crowd.Items.Length,
                    what,
                    context.NameOf(resource),
                    ConflictText.Range(crowd.Interval, zone),
                    k,
                    named,
                    more);
            }

            context.Report(kind, severity, [.. crowd.Items.Select(i => i.Ref)], resource, crowd.Interval, Sentence, isGroup: true);
        }
    }

    private static Instant From(SweepItem<int> entry) => entry.Reach.Start < entry.Range.Start ? entry.Reach.Start : entry.Range.Start;

    private static Instant To(SweepItem<int> entry) => entry.Reach.End > entry.Range.End ? entry.Reach.End : entry.Range.End;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static bool AnyPairCounts(ConflictContext context, int[] sorted, int from, int to, List<SweepItem<int>> entries, Func<CheckedItem, object> category, Func<CheckedItem, CheckedItem, bool> pairCounts)
    {
        // Two representatives per category are enough: whether a pair counts depends only on the categories.
        var seen = new Dictionary<object, int>();
        var reps = new List<CheckedItem>();
        for (var i = from; i < to; i++)
        {
            var item = context.Items[entries[sorted[i]].Id];
            var c = category(item);
            seen.TryGetValue(c, out var count);
            if (count < 2)
            {
                seen[c] = count + 1;
                foreach (var other in reps)
                {
                    if (pairCounts(other, item) || pairCounts(item, other))
                    {
                        return true;
                    }
                }

                reps.Add(item);
            }
        }

        return false;
    }

    private static Crowd MakeCrowd(ConflictContext context, ResourceKey key, int[] sorted, int from, int to, List<SweepItem<int>> entries)
    {
        var items = new CheckedItem[to - from];
        var start = Instant.MaxValue;
        var end = Instant.MinValue;
        for (var i = from; i < to; i++)
        {
            var item = context.Items[entries[sorted[i]].Id];
            items[i - from] = item;
            start = item.Range.Start < start ? item.Range.Start : start;
            end = item.Range.End > end ? item.Range.End : end;
        }

        Array.Sort(items, (a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : a.Index.CompareTo(b.Index));
        return new Crowd(key, items, InstantRange.FromInstants(start, end));
    }
}
