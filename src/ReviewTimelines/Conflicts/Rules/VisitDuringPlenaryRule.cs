using System.Globalization;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Visit during plenary: a country visit overlaps a plenary (plenary, IRG session or COSP) that the visited State's delegation or one of the visit's participants attends.</summary>
/// <remarks>
/// Visits (country-visit stages) enter the sweep with their country and the persons who attend them; plenaries with their delegations (only
/// countries that are visited, to keep the sweep small) and attending attendees (roles other than attends never block). Only visit–plenary pairs that overlap count; one
/// conflict per pair and shared resource. Items: the visit, then the plenary. Hard. Dates are local to the resource.
/// </remarks>
internal sealed class VisitDuringPlenaryRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.VisitDuringPlenary;

    public void Evaluate(ConflictContext context)
    {
        var visited = new HashSet<ResourceKey>();
        var entries = new List<SweepItem<int>>(context.Visits.Count + context.Plenaries.Count);
        var keys = new List<ResourceKey>();
        foreach (var item in context.Visits)
        {
            if (item.IsVisitStage && !item.Range.IsEmpty)
            {
                visited.Add(item.VisitKey![0]);
                keys.Clear();
                foreach (var key in item.BlockingKeys)
                {
                    if (key.Kind != ConflictContext.SeatKind)
                    {
                        keys.Add(key);
                    }
                }

                entries.Add(RuleSupport.BlockingEntry(item, keys));
            }
        }

        foreach (var item in context.Plenaries)
        {
            if (item.Range.IsEmpty)
            {
                continue;
            }

            keys.Clear();
            foreach (var key in item.BlockingKeys)
            {
                if (key.Kind == ConflictContext.PersonKind || (key.Kind == ConflictContext.CountryKind && visited.Contains(key)))
                {
                    keys.Add(key);
                }
            }

            if (keys.Count > 0)
            {
                entries.Add(RuleSupport.BlockingEntry(item, keys));
            }
        }

        var crowds = Crowds.Split(context, entries, i => i.IsPlenary, (a, b) => a.IsPlenary != b.IsPlenary);
        Crowds.Report(context, Kind, ConflictSeverity.Hard, crowds, "(country visits and plenaries) need");
        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            var a = context.Items[clash.FirstId];
            var b = context.Items[clash.SecondId];
            if (a.IsPlenary == b.IsPlenary)
            {
                continue;
            }

            var (visit, plenary) = a.IsPlenary ? (b, a) : (a, b);
            var resource = context.ResourceOf(clash.Resource);
            var interval = clash.Interval;
            string Sentence()
            {
                var zone = context.ZoneOf(resource);
                var who = resource.Kind == ResourceKind.Country
                    ? context.NameOf(resource) + "'s delegation attends"
                    : context.NameOf(resource) + ", who is on the visit, attends";
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} overlaps {1}, which {2}, by {3}.",
                    context.LabelWithDates(visit, zone),
                    context.LabelWithDates(plenary, zone),
                    who,
                    ConflictText.Length(interval, zone));
            }

            context.Report(Kind, ConflictSeverity.Hard, [visit.Ref, plenary.Ref], resource, interval, Sentence);
        }
    }
}
