using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Cli.Interim;

/// <summary>A participant of a virtual visit: a name and a zone.</summary>
internal sealed record SessionParticipant(string Name, DateTimeZone Zone);

/// <summary>What <c>sessions</c> plans.</summary>
internal sealed record SessionRequest(IReadOnlyList<SessionParticipant> Participants, LocalDate FirstDay, int Days, Duration Length, Duration Break, int PerDay, LocalTime Open, LocalTime Close);

/// <summary>Interim virtual-session planner until ReviewTimelines.Proposals lands: the common working time of all
/// participants (their local hours, Monday to Friday, as instant sets intersected), cut into sessions per host day.</summary>
/// <remarks>Local times resolve leniently (a skipped time moves forward by the gap; an ambiguous one takes the earlier offset).</remarks>
internal static class InterimSessionPlanner
{
    public static IReadOnlyList<(LocalDate HostDay, IReadOnlyList<InstantRange> Sessions)> Plan(SessionRequest request)
    {
        var host = request.Participants[0].Zone;
        var first = request.FirstDay.AtStartOfDayInZone(host).ToInstant();
        var last = request.FirstDay.PlusDays(request.Days).AtStartOfDayInZone(host).ToInstant();
        var common = InstantRangeSet.FromRanges(InstantRange.FromInstants(first, last));
        foreach (var participant in request.Participants)
        {
            common = common.Intersect(WorkingTime(participant.Zone, request, first, last));
        }

        var result = new List<(LocalDate, IReadOnlyList<InstantRange>)>();
        for (var d = 0; d < request.Days; d++)
        {
            var day = request.FirstDay.PlusDays(d);
            var bounds = InstantRange.FromInstants(day.AtStartOfDayInZone(host).ToInstant(), day.PlusDays(1).AtStartOfDayInZone(host).ToInstant());
            var sessions = new List<InstantRange>();
            foreach (var free in common.ClipTo(bounds))
            {
                var start = free.Start;
                while (sessions.Count < request.PerDay && start + request.Length <= free.End)
                {
                    sessions.Add(InstantRange.StartingAt(start, request.Length));
                    start += request.Length + request.Break;
                }
            }

            result.Add((day, sessions));
        }

        return result;
    }

    private static InstantRangeSet WorkingTime(DateTimeZone zone, SessionRequest request, Instant first, Instant last)
    {
        var from = first.InZone(zone).Date.PlusDays(-1);
        var to = last.InZone(zone).Date.PlusDays(1);
        var ranges = new List<InstantRange>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                continue;
            }

            var open = zone.AtLeniently(date + request.Open).ToInstant();
            var close = zone.AtLeniently(date + request.Close).ToInstant();
            if (open < close)
            {
                ranges.Add(InstantRange.FromInstants(open, close));
            }
        }

        return InstantRangeSet.FromRanges(ranges);
    }
}
