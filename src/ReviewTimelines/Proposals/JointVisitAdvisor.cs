using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>Finds pairs of visits to the same country by different mechanisms close enough to hold jointly, and proposes one joint window for each.</summary>
/// <remarks>
/// <para>
/// A pair qualifies when both are all-day country visits to the same country by different mechanisms, their starts are
/// at most <c>maxGapDays</c> calendar days apart, and at most one of them is pinned (a pinned visit keeps its dates
/// and the other joins it). The joint visit lasts as many working days as the longer of the two and is held on a run of
/// consecutive working days of the host country inside both windows (<see cref="MoveWindows"/>), free for the union of
/// both teams and keeping the separation from every other mechanism's visit to the country.
/// </para>
/// <para>
/// Among the feasible runs the one with the least total displacement (sum of both starts' calendar-day moves) is
/// proposed; ties go to the lower <see cref="VisitSlotProposer"/> score, then the earlier start. Proposals are ordered by
/// country, then by first item.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class JointVisitAdvisor
{
    private readonly ProposalOptions options;
    private readonly VisitSlotProposer proposer;

    /// <summary>Initializes a new instance of the <see cref="JointVisitAdvisor"/> class.</summary>
    /// <param name="options">The settings, validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (see <see cref="VisitSlotProposer(ProposalOptions)"/>).</exception>
    public JointVisitAdvisor(ProposalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validated();
        proposer = new VisitSlotProposer(this.options);
    }

    /// <summary>Proposes joint visits for a timetable.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="windows">The allowed windows of the visits.</param>
    /// <param name="maxGapDays">The largest number of calendar days between two visits' starts for a joint visit to be worth proposing (e.g. 42 for six weeks).</param>
    /// <returns>One proposal per qualifying pair that has a feasible joint window, ordered by country then first item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> or <paramref name="windows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxGapDays"/> is not in [0, 366].</exception>
    public ImmutableArray<JointVisitProposal> Propose(Timetable timetable, MoveWindows windows, int maxGapDays)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(windows);
        if (maxGapDays is < 0 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(maxGapDays), maxGapDays, "The gap must be between 0 and 366 days.");
        }

        var successors = VisitWorld.Successors(timetable);
        var visits = timetable.Stages
            .Where(s => s.Kind == StageKind.CountryVisit && s.Timing is DateRangeTiming)
            .Select(s => VisitWorld.ToInfo(timetable, s, successors))
            .OrderBy(v => v.Country)
            .ThenBy(v => v.Item)
            .ToArray();
        var result = ImmutableArray.CreateBuilder<JointVisitProposal>();
        for (var i = 0; i < visits.Length; i++)
        {
            for (var j = i + 1; j < visits.Length; j++)
            {
                var (a, b) = (visits[i], visits[j]);
                if (a.Country != b.Country || a.Mechanism == b.Mechanism || (a.IsPinned && b.IsPinned)
                    || Math.Abs(Period.DaysBetween(a.Dates.Start, b.Dates.Start)) > maxGapDays)
                {
                    continue;
                }

                if (TryJoin(timetable, windows, a, b) is { } proposal)
                {
                    result.Add(proposal);
                }
            }
        }

        return result.ToImmutable();
    }

    private JointVisitProposal? TryJoin(Timetable timetable, MoveWindows windows, VisitInfo a, VisitInfo b)
    {
        var wa = a.IsPinned ? a.Dates : windows.WindowOf(a.Stage);
        var wb = b.IsPinned ? b.Dates : windows.WindowOf(b.Stage);
        var start = wa.Start > wb.Start ? wa.Start : wb.Start;
        var end = wa.End < wb.End ? wa.End : wb.End;
        if (start > end)
        {
            return null;
        }

        var world = new VisitWorld(timetable, new HashSet<TimetableItemRef> { a.Item, b.Item }, options);
        var days = Math.Max(a.WorkingDays, b.WorkingDays);
        var all = proposer.ProposeCore(world, a, new DateInterval(start, end), a.Dates.Start, days, int.MaxValue, b.Resources, b);
        var best = all.Candidates
            .OrderBy(c => Math.Abs(Period.DaysBetween(a.Dates.Start, c.Dates.Start)) + Math.Abs(Period.DaysBetween(b.Dates.Start, c.Dates.Start)))
            .ThenBy(c => c.Score)
            .ThenBy(c => c.Dates.Start)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        var moves = ImmutableArray.CreateBuilder<VisitMove>();
        foreach (var v in new[] { a, b })
        {
            var from = new ZonedDateRange(v.Dates, v.Calendar.Zone);
            if (!from.Equals(best.Dates))
            {
                moves.Add(new VisitMove(v.Item, from, best.Dates));
            }
        }

        var explanation = ProposalText.Format(
            "{0} ({1}) and {2} ({3}) could visit {4} together on {5}: {6}.",
            a.Mechanism,
            ProposalText.Iso(a.Dates),
            b.Mechanism,
            ProposalText.Iso(b.Dates),
            a.Country,
            ProposalText.Iso(best.Dates.Dates),
            moves.Count == 0 ? "no move needed" : string.Join("; ", moves.Select(m => m.ToString())));
        return new JointVisitProposal(a.Country, a.Item, b.Item, best.Dates, moves.ToImmutable(), explanation);
    }
}
