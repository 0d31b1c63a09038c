using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Conflicts.Rules;

/// <summary>Plenary clash: plenaries (plenary, IRG session, COSP) of two different mechanisms in the same ISO week (Monday to Sunday) share a delegation or a person.</summary>
/// <remarks>
/// <para>
/// Each plenary enters the sweep with its delegations and attendees and a reach from Monday 00:00 of the week of its
/// first local date to Monday 00:00 after the week of its last local date, in its venue zone; so two plenaries clash
/// when one lies in the other's week(s). Plenaries of the same mechanism are not compared; a meeting without a
/// mechanism (a COSP, say) is compared with every other plenary.
/// </para>
/// <para>
/// One conflict per pair for all shared delegations together (its resource is the first shared country in ordinal order;
/// the sentence counts them), and one per shared attending person, except a person on two <em>overlapping</em> plenaries,
/// which is always <see cref="ConflictKind.PersonDoubleBooked"/>'s (hard), whichever rules run. Items: the earlier plenary, then the later.
/// Soft.
/// </para>
/// </remarks>
internal sealed class PlenaryClashRule : IConflictRule
{
    public ConflictKind Kind => ConflictKind.PlenaryClash;

    private static readonly object NoMechanism = new();

    /// <summary>On a person only plenaries that do not overlap count (overlapping ones are double bookings): a cluster whose ranges all share an instant holds none.</summary>
    private static bool SomeApart(ResourceKey key, Crowd crowd) =>
        key.Kind != ConflictContext.PersonKind || crowd.Items.Max(i => i.Range.Start) >= crowd.Items.Min(i => i.Range.End);

    public void Evaluate(ConflictContext context)
    {
        var entries = new List<SweepItem<int>>();
        var keys = new List<ResourceKey>();
        foreach (var item in context.Plenaries)
        {
            if (item.Range.IsEmpty)
            {
                continue;
            }

            keys.Clear();
            foreach (var key in item.BlockingKeys)
            {
                if (key.Kind != ConflictContext.SeatKind)
                {
                    keys.Add(key);
                }
            }

            if (keys.Count == 0)
            {
                continue;
            }

            var zone = item.Meeting!.VenueZone;
            var dates = ConflictText.TouchedDates(item.Range, zone);
            var monday = dates.Start.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            var sunday = dates.End.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday));
            entries.Add(RuleSupport.BlockingEntry(item, keys).WithReach(ConflictText.DaysToInstants(monday, sunday, zone)));
        }

        var countries = new Dictionary<(int, int), List<TimetableResource>>();
        var order = new List<(int First, int Second, InstantRange Interval)>();
        var crowds = Crowds.Split(context, entries, i => (object?)i.Mechanism ?? NoMechanism, (a, b) => !(a.Mechanism is { } m1 && b.Mechanism is { } m2 && m1 == m2), SomeApart);
        Crowds.Report(context, Kind, ConflictSeverity.Soft, crowds, "(plenaries in the same weeks) need");
        foreach (var clash in RuleSupport.Sweep.FindClashes(entries))
        {
            var first = context.Items[clash.FirstId];
            var second = context.Items[clash.SecondId];
            if (first.Mechanism is { } m1 && second.Mechanism is { } m2 && m1 == m2)
            {
                continue;
            }

            var resource = context.ResourceOf(clash.Resource);
            if (resource.Kind == ResourceKind.Country)
            {
                if (!countries.TryGetValue((first.Index, second.Index), out var shared))
                {
                    shared = [];
                    countries.Add((first.Index, second.Index), shared);
                    order.Add((first.Index, second.Index, clash.Interval));
                }

                shared.Add(resource);
                continue;
            }

            if (clash.Kind == ClashKind.Overlap)
            {
                continue;
            }

            var zone = context.ZoneOf(resource);
            string Sentence() => string.Format(
                CultureInfo.InvariantCulture,
                "{0} and {1} fall in the same week and both need {2}.",
                context.LabelWithDates(first, zone),
                context.LabelWithDates(second, zone),
                context.NameOf(resource));
            context.Report(Kind, ConflictSeverity.Soft, RuleSupport.Pair(first, second), resource, clash.Interval, Sentence);
        }

        foreach (var (firstIndex, secondIndex, interval) in order)
        {
            var shared = countries[(firstIndex, secondIndex)];
            var first = context.Items[firstIndex];
            var second = context.Items[secondIndex];
            var resource = shared[0];
            var zone = context.ZoneOf(resource);
            var names = string.Join(", ", shared.Take(3).Select(context.NameOf)) + (shared.Count > 3 ? ", ..." : string.Empty);
            string Sentence() => string.Format(
                CultureInfo.InvariantCulture,
                "{0} and {1} fall in the same week and share {2} ({3}).",
                context.LabelWithDates(first, zone),
                context.LabelWithDates(second, zone),
                RuleSupport.Plural(shared.Count, "delegation"),
                names);
            context.Report(Kind, ConflictSeverity.Soft, RuleSupport.Pair(first, second), resource, interval, Sentence);
        }
    }
}
