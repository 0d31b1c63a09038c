using System.Globalization;
using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Interim;

/// <summary>Interim check until ReviewTimelines.Conflicts lands: every pair of scheduled items (stages and meetings)
/// that hold the same resource (country, person, seat) at overlapping times, found by the engine's overlap sweep.</summary>
/// <remarks>All such clashes are reported as hard conflicts of kind <c>resource-overlap</c>; the detector's finer kinds
/// (separations, blackouts, deadlines, sequences, joint-visit opportunities) are not computed here.</remarks>
internal static class InterimClashCheck
{
    public static IReadOnlyList<ConflictRow> Run(Timetable timetable, IReadOnlyList<OutsideBusy> outside)
    {
        var items = timetable.ScheduledItems();
        var entries = items
            .Where(i => !i.Resources.IsEmpty)
            .Select(i => new Entry(i.Item.ToString(), i.Range, i.Resources, i.Timing.Zone, Describe(timetable, i)))
            .Concat(outside
                .Where(o => o.Resource is not null)
                .Select(o => new Entry("outside:" + o.Id, o.Range, [o.Resource!.Value], o.Zone, "outside event '" + o.Label + "'")))
            .ToArray();
        var sweepItems = entries.Select((e, index) => new SweepItem<int>(index, e.Range, e.Resources.Select(ToKey))).ToArray();
        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes(sweepItems);
        var rows = new List<ConflictRow>();
        foreach (var clash in clashes)
        {
            var a = entries[clash.FirstId];
            var b = entries[clash.SecondId];
            var resource = FromKey(clash.Resource);
            var zone = timetable.ZoneOf(resource);
            var (first, second) = string.CompareOrdinal(a.Ref, b.Ref) <= 0 ? (a, b) : (b, a);
            var sentence = string.Format(
                CultureInfo.InvariantCulture,
                "{0} ({1}) and {2} ({3}) both hold {4} on {5}{6}.",
                first.Name,
                Text.LocalDates(first.Range, first.Zone),
                second.Name,
                Text.LocalDates(second.Range, second.Zone),
                resource,
                Text.LocalDates(clash.Interval, zone),
                Length(clash.Interval.Duration));
            rows.Add(new ConflictRow("resource-overlap", "hard", [first.Ref, second.Ref], resource.ToString(), clash.Interval, zone, sentence));
        }

        return ConflictRow.Sort(rows);
    }

    private static ResourceKey ToKey(TimetableResource resource) => new(resource.ToString()[..resource.ToString().IndexOf(':', StringComparison.Ordinal)], resource.Value);

    private static TimetableResource FromKey(ResourceKey key) => key.Kind switch
    {
        "country" => TimetableResource.ForCountry(new CountryCode(key.Value)),
        "person" => TimetableResource.ForPerson(new PersonId(key.Value)),
        _ => TimetableResource.ForSeat(new MechanismId(key.Value)),
    };

    private sealed record Entry(string Ref, InstantRange Range, IReadOnlyList<TimetableResource> Resources, DateTimeZone Zone, string Name);

    private static string Describe(Timetable timetable, ScheduledItem item) => item.Item.Kind == TimetableItemKind.Meeting
        ? timetable.GetMeeting(new MeetingId(item.Item.Id)).Name
        : DescribeStage(timetable, new StageId(item.Item.Id));

    private static string DescribeStage(Timetable timetable, StageId id)
    {
        var stage = timetable.GetStage(id);
        var review = timetable.GetReviewOf(id);
        return string.Format(CultureInfo.InvariantCulture, "{0} {1} of {2}", review.Mechanism, stage.Name, review.StateUnderReview);
    }

    private static string Length(Duration overlap) => overlap >= Duration.FromDays(1)
        ? string.Format(CultureInfo.InvariantCulture, " (about {0} day(s))", Math.Round(overlap.TotalDays, MidpointRounding.AwayFromZero))
        : string.Format(CultureInfo.InvariantCulture, " ({0} min)", (long)overlap.TotalMinutes);
}
