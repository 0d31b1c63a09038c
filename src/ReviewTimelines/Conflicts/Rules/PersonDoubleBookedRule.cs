using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Person double-booked: a person (expert, focal point, secretariat staff) holds two overlapping items: visits, plenaries, virtual sessions, any stage or meeting, or an outside busy interval.</summary>
/// <remarks>
/// Every non-empty item enters the sweep with the persons whose time it blocks: participants and attendees whose
/// role is <see cref="ParticipationRole.Attends"/> (a desk review's contributors are never double-booked), and outside
/// intervals on a person; zero-length items (deadline markers) occupy nobody. A country visit overlapping a plenary is
/// always <see cref="ConflictKind.VisitDuringPlenary"/>'s, never this rule's, so the output does not depend on which
/// other rules run. One conflict per pair and person; items: the earlier item, then the later one. Hard.
/// </remarks>
internal sealed class PersonDoubleBookedRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.PersonDoubleBooked;

    private static bool Counts(CheckedItem first, CheckedItem second) =>
        !((first.IsOutside && second.IsOutside)
          || (first.IsVisitStage && second.IsPlenary) || (first.IsPlenary && second.IsVisitStage));

    public void Evaluate(ConflictContext context)
    {
        var entries = new List<SweepItem<int>>(context.Items.Count);
        var keys = new List<ResourceKey>();
        foreach (var item in context.Items)
        {
            if (item.Range.IsEmpty)
            {
                continue;
            }

            keys.Clear();
            foreach (var key in item.BlockingKeys)
            {
                if (key.Kind == ConflictContext.PersonKind)
                {
                    keys.Add(key);
                }
            }

            if (keys.Count > 0)
            {
                entries.Add(RuleSupport.BlockingEntry(item, keys));
            }
        }

        var crowds = Crowds.Split(context, entries, i => (i.IsOutside, i.IsVisitStage, i.IsPlenary), Counts);
        Crowds.Report(context, Kind, ConflictSeverity.Hard, crowds, "need");
        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            var first = context.Items[clash.FirstId];
            var second = context.Items[clash.SecondId];
            if (!Counts(first, second))
            {
                continue;
            }

            var resource = context.ResourceOf(clash.Resource);
            var interval = clash.Interval;
            string Sentence()
            {
                var zone = context.ZoneOf(resource);
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} is booked on both {1} and {2}, which overlap by {3}.",
                    context.NameOf(resource),
                    context.LabelWithDates(first, zone),
                    context.LabelWithDates(second, zone),
                    ConflictText.Length(interval, zone));
            }

            context.Report(Kind, ConflictSeverity.Hard, RuleSupport.Pair(first, second), resource, interval, Sentence);
        }
    }
}
