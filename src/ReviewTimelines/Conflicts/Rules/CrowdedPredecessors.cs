using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Groups a stage's sequence violations when more than K of its predecessors end after it starts: one conflict for the stage, naming every violated predecessor.</summary>
/// <remarks>
/// Interval: from the stage's start to the latest end of the violated predecessors; resource: the State under review;
/// items: the violated predecessors in ordinal id order, then the stage; the sentence names the first K and counts the
/// rest. With K or fewer, the rule reports one conflict per predecessor as before.
/// </remarks>
internal static class CrowdedPredecessors
{
    /// <summary>Reports the grouped conflict when <paramref name="stage"/> has more than K violated predecessors.</summary>
    /// <returns>True when it did (the rule then reports no per-predecessor conflict for the stage).</returns>
    internal static bool Report(ConflictContext context, ConflictKind kind, CheckedItem item, TimetableResource country, Stage stage, Func<CheckedItem, StageId, InstantRange> rangeOf)
    {
        var k = context.Settings.CrowdThreshold;
        if (stage.Predecessors.Length <= k)
        {
            return false;
        }

        var violated = new List<(StageId Id, InstantRange Range)>();
        var end = item.Range.Start;
        foreach (var predecessorId in stage.Predecessors)
        {
            var before = rangeOf(item, predecessorId);
            if (item.Range.Start < before.End)
            {
                violated.Add((predecessorId, before));
                end = before.End > end ? before.End : end;
            }
        }

        if (violated.Count <= k)
        {
            return false;
        }

        var interval = InstantRange.FromInstants(item.Range.Start, end);
        string Sentence()
        {
            var zone = context.ZoneOf(country);
            var named = string.Join("; ", violated.Take(k).Select(p => context.LabelWithDates(Predecessor(context, item, p.Id, p.Range), zone)));
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} starts before {1} of its predecessors end (grouped, more than {2}): {3}; and {4} more.",
                context.LabelWithDates(item, zone),
                violated.Count,
                k,
                named,
                violated.Count - k);
        }

        context.Report(kind, ConflictSeverity.Hard, [.. violated.Select(p => ConflictItemRef.For(p.Id)), item.Ref], country, interval, Sentence, isGroup: true);
        return true;
    }

    private static CheckedItem Predecessor(ConflictContext context, CheckedItem item, StageId id, InstantRange range) => new()
    {
        Index = -1,
        Ref = ConflictItemRef.For(id),
        Range = range,
        Keys = [],
        BlockingKeys = [],
        Stage = context.Timetable.GetStage(id),
        Review = item.Review,
    };
}
