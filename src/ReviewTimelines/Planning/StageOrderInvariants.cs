using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>The order a rule set must guarantee between its stages, checked once when a <see cref="StageRuleSet"/> is built.</summary>
/// <remarks>
/// <para>
/// "A ends before B starts" is derived from the rules alone: B counts from A's end (<see cref="OffsetAnchor.PredecessorEnd"/>) or
/// lists A in <see cref="StageRule.AlsoAfter"/>; or B counts (from either end) from a stage that A ends before. An
/// <see cref="StageRule.AlsoAfter"/> of a stage aligned with lead working days constrains the plenary, not the stage, so it does
/// not count. The <see cref="Planner"/> then keeps every such pair in order on real dates.
/// </para>
/// <para>The invariants (CAC/COSP/IRG/2021/4 §12; REVIEW-MECHANISMS.md §8):</para>
/// <list type="number">
/// <item><description>A date range that counts from its predecessor's end starts at least one day later (an offset of zero would share the predecessor's last day).</description></item>
/// <item><description>Report and dialogue: each <see cref="StageKind.DraftReport"/> and each <see cref="StageKind.Dialogue"/> are ordered one way or the other (a report is agreed after the dialogue on it, or a dialogue discusses a draft).</description></item>
/// <item><description>Consideration before adoption: each <see cref="StageKind.DeskReview"/> or <see cref="StageKind.DraftReport"/> is ordered with each <see cref="StageKind.Adoption"/>.</description></item>
/// <item><description>Follow-up after adoption: each <see cref="StageKind.FollowUp"/> is ordered with each <see cref="StageKind.Adoption"/>, and at least one adoption comes before it when the set has one.</description></item>
/// </list>
/// </remarks>
internal static class StageOrderInvariants
{
    internal static void Check(IReadOnlyList<StageRule> planningOrder)
    {
        var endsBefore = new Dictionary<StageKey, HashSet<StageKey>>();
        foreach (var rule in planningOrder)
        {
            var set = new HashSet<StageKey>();
            if (rule.Predecessor is { } p)
            {
                if (rule.Anchor == OffsetAnchor.PredecessorEnd)
                {
                    set.Add(p);
                }

                set.UnionWith(endsBefore[p]);
            }

            if (!(rule.Alignment is { LeadWorkingDays: > 0 }))
            {
                foreach (var after in rule.AlsoAfter)
                {
                    set.Add(after);
                    set.UnionWith(endsBefore[after]);
                }
            }

            endsBefore[rule.Key] = set;
            CheckOffset(rule);
        }

        bool Ordered(StageRule a, StageRule b) => endsBefore[b.Key].Contains(a.Key) || endsBefore[a.Key].Contains(b.Key);

        foreach (var a in planningOrder)
        {
            foreach (var b in planningOrder)
            {
                if (a.Kind == StageKind.Dialogue && b.Kind == StageKind.DraftReport && !Ordered(a, b))
                {
                    throw Unordered(b, a, "report agreement must come after the dialogue");
                }

                if (a.Kind is StageKind.DeskReview or StageKind.DraftReport && b.Kind == StageKind.Adoption && !Ordered(a, b))
                {
                    throw Unordered(b, a, "consideration must end before the adoption");
                }

                if (a.Kind == StageKind.Adoption && b.Kind == StageKind.FollowUp && !Ordered(a, b))
                {
                    throw Unordered(b, a, "follow-up must come after the adoption");
                }
            }
        }

        var adoptions = planningOrder.Where(r => r.Kind == StageKind.Adoption).ToArray();
        foreach (var followUp in planningOrder.Where(r => r.Kind == StageKind.FollowUp))
        {
            if (adoptions.Length > 0 && !adoptions.Any(a => endsBefore[followUp.Key].Contains(a.Key)))
            {
                throw new InvalidStageRuleException(
                    followUp.Key,
                    nameof(StageRule.Predecessor),
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "Stage rule '{0}' ({1}): follow-up must come after the adoption, but no adoption stage ({2}) ends before it.",
                        followUp.Key,
                        followUp.Name,
                        string.Join(", ", adoptions.Select(a => a.Key))));
            }
        }
    }

    private static void CheckOffset(StageRule rule)
    {
        if (rule.Predecessor is { } p && rule.Anchor == OffsetAnchor.PredecessorEnd && rule.Shape == StageShape.DateRange
            && rule.Alignment is null && rule.Offset.IsZero)
        {
            throw new InvalidStageRuleException(
                rule.Key,
                nameof(StageRule.Offset),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Stage rule '{0}' ({1}): a date range counted from the end of '{2}' with a zero Offset would start on the day '{2}' ends; use an offset of at least one day.",
                    rule.Key,
                    rule.Name,
                    p));
        }
    }

    private static InvalidStageRuleException Unordered(StageRule rule, StageRule other, string invariant) => new(
        rule.Key,
        nameof(StageRule.AlsoAfter),
        string.Format(
            CultureInfo.InvariantCulture,
            "Stage rules '{0}' ({1}) and '{2}' ({3}): {4}, but nothing orders them; list '{2}' in AlsoAfter of '{0}' (or chain them by Predecessor).",
            rule.Key,
            rule.Name,
            other.Key,
            other.Name,
            invariant));
}
