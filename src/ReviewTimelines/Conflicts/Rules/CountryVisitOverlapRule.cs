using System.Globalization;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Country visit overlap: two visits to one State overlap, or fewer than the minimum number of working days of that State's calendar lie strictly between them.</summary>
/// <remarks>
/// Visits are country-visit stages (in person or virtual) and outside busy intervals on a country; zero-length items
/// are not visits. Each visit enters the sweep on its country with a reach from the start of the N-th working day before
/// its first local date to the end of the N-th working day after its last local date (N =
/// <see cref="ConflictDetectorOptions.VisitSeparationWorkingDays"/>), so a pair clashes exactly when the working days
/// strictly between them number fewer than N. Items: the earlier visit, then the later one. Hard.
/// </remarks>
internal sealed class CountryVisitOverlapRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.CountryVisitOverlap;

    public void Evaluate(ConflictContext context)
    {
        var separation = context.Settings.VisitSeparationWorkingDays;
        var entries = new List<SweepItem<int>>(context.Visits.Count);
        foreach (var item in context.Visits)
        {
            if (item.VisitedCountry is null || item.Range.IsEmpty)
            {
                continue;
            }

            if (separation > 0 && item.VisitCalendar is { } calendar)
            {
                var dates = item.VisitDates!;
                entries.Add(RuleSupport.VisitEntry(item, ConflictText.DaysToInstants(calendar.AddWorkingDays(dates.Start, -separation), calendar.AddWorkingDays(dates.End, separation), calendar.Zone)));
            }
            else
            {
                entries.Add(RuleSupport.VisitEntry(item));
            }
        }

        var crowds = Crowds.Split(context, entries, i => i.IsOutside, (a, b) => !(a.IsOutside && b.IsOutside));
        Crowds.Report(context, Kind, ConflictSeverity.Hard, crowds, "are visits to");
        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            var first = context.Items[clash.FirstId];
            var second = context.Items[clash.SecondId];
            if (first.IsOutside && second.IsOutside)
            {
                continue;
            }

            var resource = context.ResourceOf(clash.Resource);
            var interval = clash.Interval;
            Func<string> sentence = clash.Kind == ClashKind.Overlap
                ? () =>
                {
                    var zone = context.ZoneOf(resource);
                    return string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} overlaps {1} by {2}.",
                        context.LabelWithDates(first, zone),
                        context.LabelWithDates(second, zone),
                        ConflictText.Length(interval, zone));
                }
                : () =>
                {
                    var zone = context.ZoneOf(resource);
                    return string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} and {1} are only {2} apart in {3}'s calendar; at least {4} are needed.",
                        context.LabelWithDates(first, zone),
                        context.LabelWithDates(second, zone),
                        RuleSupport.Plural(RuleSupport.WorkingDaysBetween(first, second), "working day"),
                        context.NameOf(resource),
                        separation);
                };
            context.Report(Kind, ConflictSeverity.Hard, RuleSupport.Pair(first, second), resource, interval, sentence);
        }
    }
}
