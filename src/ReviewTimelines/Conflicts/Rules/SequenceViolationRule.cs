using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Sequence violation: a stage starts before one of its predecessors ends, or ends after its deadline.</summary>
/// <remarks>
/// <para>
/// Follows each stage's <see cref="Stage.Predecessors"/> links (no pairwise search). A stage that starts exactly when its
/// predecessor ends is in order (half-open ranges, BC-11). Interval: from the stage's start to the predecessor's end;
/// resource: the State under review; items: the predecessor, then the stage; dates local to the State.
/// </para>
/// <para>
/// Deadlines are resolved with <see cref="Timetable.ResolveDeadline"/> (rolled in the party's calendar, expiring at the
/// end of the due date, design §3); a stage whose end equals the expiry is in time. Interval: from the expiry (or the
/// stage's start, if later) to the stage's end; resource: the deadline's party; items: the stage. Both hard.
/// </para>
/// </remarks>
internal sealed class SequenceViolationRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.SequenceViolation;

    public void Evaluate(ConflictContext context)
    {
        var timetable = context.Timetable;
        var ranges = new ReviewRanges(context);
        foreach (var item in context.Sequenced)
        {
            if (item.Stage is not { } stage)
            {
                continue;
            }

            var country = RuleSupport.Country(item.Review!.StateUnderReview);
            var grouped = CrowdedPredecessors.Report(context, Kind, item, country, stage, ranges.Of);
            foreach (var predecessorId in grouped ? [] : stage.Predecessors)
            {
                // Predecessors are usually stages of the same review, whose items sit next to this one; otherwise (another
                // review, or outside the evaluation window) the model gives the same range.
                var before = ranges.Of(item, predecessorId);

                if (item.Range.Start < before.End)
                {
                    var predecessor = timetable.GetStage(predecessorId);
                    var zone = context.ZoneOf(country);
                    var predecessorItem = new CheckedItem
                    {
                        Index = -1,
                        Ref = ConflictItemRef.For(predecessorId),
                        Range = before,
                        Keys = [],
                        BlockingKeys = [],
                        Stage = predecessor,
                        Review = item.Review,
                    };
                    string Sentence() => string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} starts before its predecessor {1} ends.",
                        context.LabelWithDates(item, zone),
                        context.LabelWithDates(predecessorItem, zone));
                    context.Report(
                        Kind,
                        ConflictSeverity.Hard,
                        [predecessorItem.Ref, item.Ref],
                        country,
                        InstantRange.FromInstants(item.Range.Start, before.End),
                        Sentence);
                }
            }

            if (stage.Deadline is { } deadline && context.Resolve(deadline) is var resolved && item.Range.End > resolved.Expiry)
            {
                var zone = resolved.Zone;
                var from = item.Range.Start > resolved.Expiry ? item.Range.Start : resolved.Expiry;
                string Sentence() => string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} ends after its deadline of {1} ({2}) by {3}.",
                    context.LabelWithDates(item, zone),
                    ConflictText.Day(resolved.DueDate),
                    context.NameOf(deadline.Party),
                    ConflictText.Length(InstantRange.FromInstants(from, item.Range.End), zone));
                context.Report(Kind, ConflictSeverity.Hard, [item.Ref], deadline.Party, InstantRange.FromInstants(from, item.Range.End), Sentence);
            }
        }
    }

    /// <summary>The ranges of the stages of the review being checked, by id (built once per review: a scan per predecessor would cost the square of a review's stages).</summary>
    private sealed class ReviewRanges(ConflictContext context)
    {
        private readonly Dictionary<StageId, InstantRange> ranges = [];
        private int reviewFirst = -1;

        /// <summary>Gets the range of <paramref name="predecessorId"/>: from the items of <paramref name="item"/>'s review, otherwise (another review, or outside the evaluation window) from the model.</summary>
        internal InstantRange Of(CheckedItem item, StageId predecessorId)
        {
            if (item.ReviewFirst != reviewFirst)
            {
                reviewFirst = item.ReviewFirst;
                ranges.Clear();
                for (var i = item.ReviewFirst; i >= 0 && i < item.ReviewFirst + item.ReviewCount; i++)
                {
                    var other = context.Items[i];
                    ranges.TryAdd(other.Stage!.Id, other.Range);
                }
            }

            return ranges.TryGetValue(predecessorId, out var range) ? range : context.Timetable.GetStage(predecessorId).ToInstantRange();
        }
    }
}
