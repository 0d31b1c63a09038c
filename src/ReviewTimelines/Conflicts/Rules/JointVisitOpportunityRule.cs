using System.Globalization;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Joint-visit opportunity: two mechanisms visit the same State within N weeks, far enough apart not to be a country-visit conflict.</summary>
/// <remarks>
/// Visits (country-visit stages and outside busy intervals on a country) enter the sweep on their country with a reach
/// of 7N calendar days before the first and after the last local date (N = <see cref="ConflictDetectorOptions.JointVisitWindowWeeks"/>),
/// so a pair clashes when fewer than 7N days lie strictly between them. Reported: pairs that do not overlap, belong to
/// different mechanisms (an outside visit counts as another mechanism), and are at least the minimum visit separation
/// apart (closer pairs are <see cref="ConflictKind.CountryVisitOverlap"/> conflicts). Interval: the gap between them;
/// items: the earlier visit, then the later. Severity: opportunity. N = 0 turns the rule off.
/// </remarks>
internal sealed class JointVisitOpportunityRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.JointVisitOpportunity;

    private static readonly object NoMechanism = new();

    /// <summary>Overlapping visits are never an opportunity (they are an overlap): a cluster whose visits all share an instant holds none.</summary>
    private static bool SomeApart(ResourceKey key, Crowd crowd) =>
        crowd.Items.Max(i => i.Range.Start) >= crowd.Items.Min(i => i.Range.End);

    public void Evaluate(ConflictContext context)
    {
        var days = context.Settings.JointVisitWindowWeeks * 7;
        if (days == 0)
        {
            return;
        }

        var entries = new List<SweepItem<int>>(context.Visits.Count);
        foreach (var item in context.Visits)
        {
            if (item.VisitedCountry is null || item.Range.IsEmpty)
            {
                continue;
            }

            var dates = item.VisitDates!;
            entries.Add(RuleSupport.VisitEntry(item, ConflictText.DaysToInstants(dates.Start.PlusDays(-days), dates.End.PlusDays(days), item.VisitCalendar!.Zone)));
        }

        var separation = context.Settings.VisitSeparationWorkingDays;
        var crowds = Crowds.Split(context, entries, i => ((object?)i.Mechanism ?? NoMechanism, i.IsOutside), (a, b) => !(a.IsOutside && b.IsOutside) && !(a.Mechanism is { } m1 && b.Mechanism is { } m2 && m1 == m2), SomeApart);
        Crowds.Report(context, Kind, ConflictSeverity.Opportunity, crowds, "are visits within the joint-visit window to");
        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            var first = context.Items[clash.FirstId];
            var second = context.Items[clash.SecondId];
            if (clash.Kind == ClashKind.Overlap
                || (first.IsOutside && second.IsOutside)
                || (first.Mechanism is { } m1 && second.Mechanism is { } m2 && m1 == m2))
            {
                continue;
            }

            var resource = context.ResourceOf(clash.Resource);
            if (separation > 0 && RuleSupport.WorkingDaysBetween(first, second) < separation)
            {
                continue;
            }

            string Sentence() => string.Format(
                CultureInfo.InvariantCulture,
                "{0} and {1} are {2} apart: consider a joint visit to {3}.",
                context.LabelWithDates(first, first.VisitCalendar!.Zone),
                context.LabelWithDates(second, first.VisitCalendar!.Zone),
                RuleSupport.Plural(RuleSupport.DaysBetween(first, second), "day"),
                context.NameOf(resource));
            context.Report(Kind, ConflictSeverity.Opportunity, RuleSupport.Pair(first, second), resource, clash.Interval, Sentence);
        }
    }
}
