using System.Globalization;
using NodaTime;
using ReviewTimelines.Cli.Output;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Cli.Interim;

/// <summary>A proposed move of a movable item.</summary>
internal sealed record MoveRow(string Item, string Name, InstantRange From, InstantRange To, DateTimeZone Zone, int ShiftDays, string Reason);

/// <summary>A proposed joint visit of two mechanisms to the same country.</summary>
internal sealed record JointVisitRow(string Country, string First, string Second, InstantRange FirstRange, InstantRange SecondRange, DateTimeZone Zone, int GapDays);

/// <summary>Interim proposals until ReviewTimelines.Proposals lands: for each movable item in a hard clash, the
/// smallest whole-day shift later (up to a year) that clears every item on its resources; and every pair of country
/// visits of different mechanisms to one country within the joint-visit horizon.</summary>
internal static class InterimProposals
{
    public static IReadOnlyList<MoveRow> Moves(Timetable timetable, IReadOnlyList<ConflictRow> conflicts)
    {
        var items = timetable.ScheduledItems();
        var byRef = items.ToDictionary(i => i.Item.ToString(), StringComparer.Ordinal);
        var moved = new Dictionary<string, InstantRange>(StringComparer.Ordinal);
        var rows = new List<MoveRow>();
        foreach (var conflict in conflicts.Where(c => c.Severity == "hard"))
        {
            var candidate = conflict.Items
                .Select(i => byRef.GetValueOrDefault(i))
                .Where(i => i is not null && !i.IsPinned && !moved.ContainsKey(i.Item.ToString()))
                .OrderByDescending(i => i!.Range.Start)
                .ThenBy(i => i!.Item)
                .FirstOrDefault();
            if (candidate is null)
            {
                continue;
            }

            var key = candidate.Item.ToString();
            var busy = InstantRangeSet.FromRanges(items
                .Where(other => other.Item != candidate.Item && other.Resources.Intersect(candidate.Resources).Any())
                .Select(other => moved.TryGetValue(other.Item.ToString(), out var m) ? m : other.Range));
            for (var shift = 1; shift <= 366; shift++)
            {
                var range = ShiftDays(candidate, shift);
                if (!busy.Overlaps(range))
                {
                    moved[key] = range;
                    rows.Add(new MoveRow(key, Name(timetable, candidate), candidate.Range, range, candidate.Timing.Zone, shift, conflict.Sentence));
                    break;
                }
            }
        }

        return rows.OrderBy(r => r.From.Start).ThenBy(r => r.Item, StringComparer.Ordinal).ToArray();
    }

    public static IReadOnlyList<JointVisitRow> JointVisits(Timetable timetable, int horizonWeeks)
    {
        var visits = timetable.Reviews
            .SelectMany(r => r.Stages.Where(s => s.Kind == StageKind.CountryVisit).Select(s => (Review: r, Stage: s)))
            .OrderBy(v => v.Review.StateUnderReview)
            .ThenBy(v => v.Stage.Timing.ToInstantRange().Start)
            .ToArray();
        var horizon = Duration.FromDays(7 * horizonWeeks);
        var rows = new List<JointVisitRow>();
        for (var i = 0; i < visits.Length; i++)
        {
            for (var j = i + 1; j < visits.Length; j++)
            {
                var a = visits[i];
                var b = visits[j];
                if (a.Review.StateUnderReview != b.Review.StateUnderReview || a.Review.Mechanism == b.Review.Mechanism)
                {
                    continue;
                }

                var ra = a.Stage.Timing.ToInstantRange();
                var rb = b.Stage.Timing.ToInstantRange();
                var gap = ra.GapTo(rb)?.Duration ?? Duration.Zero;
                if (gap <= horizon)
                {
                    var zone = timetable.GetCountry(a.Review.StateUnderReview).Zone;
                    rows.Add(new JointVisitRow(
                        a.Review.StateUnderReview.Value,
                        "stage:" + a.Stage.Id.Value,
                        "stage:" + b.Stage.Id.Value,
                        ra,
                        rb,
                        zone,
                        (int)Math.Round(gap.TotalDays, MidpointRounding.AwayFromZero)));
                }
            }
        }

        return rows;
    }

    private static InstantRange ShiftDays(ScheduledItem item, int days) => item.Timing.Match(
        dates => Calendars.ZonedDateRange.FromDates(dates.Start.PlusDays(days), dates.End.PlusDays(days), dates.Zone).ToInstantRange(),
        (range, zone) => InstantRange.FromInstants(
            zone.AtLeniently(range.Start.InZone(zone).LocalDateTime.PlusDays(days)).ToInstant(),
            zone.AtLeniently(range.End.InZone(zone).LocalDateTime.PlusDays(days)).ToInstant()));

    private static string Name(Timetable timetable, ScheduledItem item) => item.Item.Kind == TimetableItemKind.Stage
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2})", timetable.GetReviewOf(new StageId(item.Item.Id)).Mechanism, timetable.GetStage(new StageId(item.Item.Id)).Name, timetable.GetReviewOf(new StageId(item.Item.Id)).StateUnderReview)
        : timetable.GetMeeting(new MeetingId(item.Item.Id)).Name;
}
