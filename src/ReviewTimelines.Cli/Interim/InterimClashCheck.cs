using System.Globalization;
using NodaTime;
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
    public static IReadOnlyList<ConflictRow> Run(Timetable timetable)
    {
        var items = timetable.ScheduledItems();
        var sweepItems = items
            .Select((item, index) => (item, index))
            .Where(x => !x.item.Resources.IsEmpty)
            .Select(x => new SweepItem<int>(x.index, x.item.Range, x.item.Resources.Select(ToKey)))
            .ToArray();
        var clashes = new OverlapSweep(new OverlapSweepOptions()).FindClashes(sweepItems);
        var rows = new List<ConflictRow>();
        foreach (var clash in clashes)
        {
            var a = items[clash.FirstId];
            var b = items[clash.SecondId];
            var resource = FromKey(clash.Resource);
            var zone = timetable.ZoneOf(resource);
            var first = a.Item.CompareTo(b.Item) <= 0 ? a : b;
            var second = ReferenceEquals(first, a) ? b : a;
            var sentence = string.Format(
                CultureInfo.InvariantCulture,
                "{0} ({1}) and {2} ({3}) both hold {4} on {5}{6}.",
                Describe(timetable, first),
                Text.LocalDates(first.Range, first.Timing.Zone),
                Describe(timetable, second),
                Text.LocalDates(second.Range, second.Timing.Zone),
                resource,
                Text.LocalDates(clash.Interval, zone),
                Length(clash.Interval.Duration));
            rows.Add(new ConflictRow("resource-overlap", "hard", [first.Item.ToString(), second.Item.ToString()], resource.ToString(), clash.Interval, zone, sentence));
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
