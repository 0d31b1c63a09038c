using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>Proposes a set of visit moves that clears the hard conflicts of a timetable's movable visits with the least total displacement.</summary>
/// <remarks>
/// <para>
/// Movable items are the all-day country visits that are not pinned; plenaries, meetings, timed stages and pinned
/// visits never move. A movable visit is <i>in conflict</i> when its current dates break a hard rule: a non-working day
/// of the host country inside the visit, a busy resource (another item holding the country, a seat or a participant; a
/// person's unavailability; a hard blackout), a separation shortfall from another visit to the same country, a hard
/// soft period, or the stage order (predecessors, successors, deadline). Only visits in conflict move; the others keep
/// their dates. Conflicts among items that never move are left as they are.
/// </para>
/// <para>
/// Each visit in conflict may take any run of consecutive working days of its host country (as many as its current
/// working days) inside its window (<see cref="MoveWindows"/>) that breaks no hard rule against the items that stay.
/// Displacement is the absolute number of calendar days between the old and the new start.
/// </para>
/// <para>
/// A greedy pass places the visits with the fewest free runs first (ties by item id), each on its free run nearest
/// to its current start (ties: the earlier run) compatible with the visits placed before it. When the timetable has no
/// more than <see cref="ResolverOptions.ExactSearchMaxItems"/> movable visits, all of them join the search (staying put
/// costs nothing, so a visit not in conflict may still move when that makes room more cheaply), and a branch-and-bound
/// search then looks for a placement of all of them with the least total displacement, within
/// <see cref="ResolverOptions.MaxSteps"/> steps.
/// The result is deterministic: it depends only on the timetable, the windows and the options.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class TimetableResolver
{
    private readonly ProposalOptions proposals;
    private readonly long maxSteps;
    private readonly int exactLimit;
    private readonly VisitSlotProposer proposer;

    /// <summary>Initializes a new instance of the <see cref="TimetableResolver"/> class.</summary>
    /// <param name="options">The settings, validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its <see cref="ResolverOptions.Proposals"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>MaxSteps</c> or <c>ExactSearchMaxItems</c> is negative, <c>ExactSearchMaxItems</c> exceeds 16, or a proposal setting is out of range.</exception>
    public TimetableResolver(ResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Proposals, "options.Proposals");
        if (options.MaxSteps < 0)
        {
            throw new ArgumentOutOfRangeException("options.MaxSteps", options.MaxSteps, "The step budget must not be negative.");
        }

        if (options.ExactSearchMaxItems is < 0 or > 16)
        {
            throw new ArgumentOutOfRangeException("options.ExactSearchMaxItems", options.ExactSearchMaxItems, "The exact search handles 0 to 16 visits.");
        }

        proposals = options.Proposals.Validated();
        maxSteps = options.MaxSteps;
        exactLimit = options.ExactSearchMaxItems;
        proposer = new VisitSlotProposer(proposals);
    }

    /// <summary>Resolves the hard conflicts of the timetable's movable visits.</summary>
    /// <param name="timetable">The timetable.</param>
    /// <param name="windows">The allowed windows of the visits.</param>
    /// <returns>The moves (item order), the visits left unplaced with their blockers, and how the result was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> or <paramref name="windows"/> is null.</exception>
    public TimetableResolution Resolve(Timetable timetable, MoveWindows windows)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(windows);
        var movableRefs = timetable.Stages
            .Where(s => s.Kind == StageKind.CountryVisit && s.Timing is DateRangeTiming && !s.IsPinned)
            .Select(s => TimetableItemRef.For(s.Id))
            .ToHashSet();
        var world = new VisitWorld(timetable, movableRefs, proposals);
        var search = new Search(world, [.. world.Visits.Where(v => movableRefs.Contains(v.Item)).OrderBy(v => v.Item)]);
        var conflicting = search.Conflicting();
        if (conflicting.Count == 0)
        {
            return new TimetableResolution([], [], ResolutionMethod.None, 0, false, 0);
        }

        // Small instances: every movable visit joins the search (staying put costs nothing), so the exact search can
        // also move a visit that is not in conflict when that makes room more cheaply.
        var small = search.Visits.Length <= exactLimit;
        search.BuildDomains(small ? [.. Enumerable.Range(0, search.Visits.Length)] : conflicting, windows);
        var greedy = search.Greedy();
        int? greedyCost = greedy.All(c => c >= 0) ? search.Cost(greedy) : null;
        var chosen = greedy;
        var method = ResolutionMethod.Greedy;
        var exhausted = false;
        if (small)
        {
            var (exact, complete) = search.Exact(greedy, maxSteps);
            exhausted = !complete;
            if (exact is not null)
            {
                chosen = exact;
            }

            if (complete && chosen.All(c => c >= 0))
            {
                method = ResolutionMethod.Exact;
            }
        }

        var moves = ImmutableArray.CreateBuilder<VisitMove>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedVisit>();
        for (var t = 0; t < search.Order.Length; t++)
        {
            var i = search.Order[t];
            var v = search.Visits[i];
            if (chosen[t] < 0)
            {
                unplaced.Add(Unplaced(world, windows, v, search.Domains[t].Count));
                continue;
            }

            var dates = search.Domains[t][chosen[t]].Dates;
            if (dates != v.Dates)
            {
                moves.Add(new VisitMove(v.Item, new ZonedDateRange(v.Dates, v.Calendar.Zone), new ZonedDateRange(dates, v.Calendar.Zone)));
            }
        }

        return new TimetableResolution(
            [.. moves.OrderBy(m => m.Item)],
            [.. unplaced.OrderBy(u => u.Item)],
            method,
            search.Steps,
            exhausted,
            greedyCost);
    }

    private UnplacedVisit Unplaced(VisitWorld world, MoveWindows windows, VisitInfo v, int freeRuns)
    {
        var window = windows.WindowOf(v.Stage);
        var blockers = proposer.ProposeCore(world, v, window, v.Dates.Start, v.WorkingDays, 1, [], null).Blockers;
        var reason = freeRuns == 0
            ? ProposalText.Format("No run of {0} working days in {1} is free of the items that stay put. {2}", v.WorkingDays, ProposalText.Iso(window), string.Join(" ", blockers.Select(b => b.Message)))
            : ProposalText.Format("Each of its {0} free runs in {1} clashes with visits placed before it or kept in place.", freeRuns, ProposalText.Iso(window));
        return new UnplacedVisit(v.Item, blockers, reason.TrimEnd());
    }

    /// <summary>A candidate placement: local dates and their instant range.</summary>
    private readonly record struct Placement(DateInterval Dates, InstantRange Range, int Displacement);

    /// <summary>The search state over the movable visits (indexes into <see cref="Visits"/>).</summary>
    private sealed class Search
    {
        private readonly VisitWorld world;
        private readonly List<int>[] related;
        private readonly bool[][] shares;
        private readonly Placement[] current;
        private readonly bool[] moving;

        internal Search(VisitWorld world, VisitInfo[] visits)
        {
            this.world = world;
            Visits = visits;
            var n = visits.Length;
            related = new List<int>[n];
            shares = new bool[n][];
            current = new Placement[n];
            moving = new bool[n];
            for (var i = 0; i < n; i++)
            {
                related[i] = [];
                shares[i] = new bool[n];
                current[i] = new Placement(visits[i].Dates, visits[i].Stage.ToInstantRange(), 0);
            }

            // Pairs interact when they share a resource or need the separation; index by resource to stay near-linear.
            var byResource = new Dictionary<TimetableResource, List<int>>();
            for (var i = 0; i < n; i++)
            {
                foreach (var r in visits[i].Resources)
                {
                    if (!byResource.TryGetValue(r, out var list))
                    {
                        byResource[r] = list = [];
                    }

                    list.Add(i);
                }
            }

            foreach (var list in byResource.Values)
            {
                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        shares[list[a]][list[b]] = shares[list[b]][list[a]] = true;
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (i != j && (shares[i][j] || world.NeedsSeparation(visits[i], visits[j])))
                    {
                        related[i].Add(j);
                    }
                }
            }

            Fixed = [.. world.Visits.Where(v => Array.IndexOf(visits, v) < 0)];
        }

        internal VisitInfo[] Visits { get; }

        internal VisitInfo[] Fixed { get; }

        internal int[] Order { get; private set; } = [];

        internal List<Placement>[] Domains { get; private set; } = [];

        internal long Steps { get; private set; }

        internal List<int> Conflicting()
        {
            var result = new List<int>();
            for (var i = 0; i < Visits.Length; i++)
            {
                var ok = IsRun(Visits[i], Visits[i].Dates) && FixedOk(Visits[i], current[i]);
                for (var k = 0; ok && k < related[i].Count; k++)
                {
                    var j = related[i][k];
                    ok = Compatible(i, current[i], j, current[j]);
                }

                if (!ok)
                {
                    result.Add(i);
                }
            }

            return result;
        }

        internal void BuildDomains(List<int> searched, MoveWindows windows)
        {
            foreach (var i in searched)
            {
                moving[i] = true;
            }

            var domains = new Dictionary<int, List<Placement>>();
            foreach (var i in searched)
            {
                var v = Visits[i];
                var list = new List<Placement>();
                var stay = current[i];
                var stayOk = IsRun(v, v.Dates) && FixedOk(v, stay) && related[i].All(j => moving[j] || Compatible(i, stay, j, current[j]));
                if (stayOk)
                {
                    list.Add(stay);
                }

                foreach (var run in VisitWorld.Runs(v.Calendar, windows.WindowOf(v.Stage), v.WorkingDays))
                {
                    var p = new Placement(run, v.RangeOf(run), Math.Abs(Period.DaysBetween(v.Dates.Start, run.Start)));
                    if (!(stayOk && run == v.Dates) && FixedOk(v, p) && related[i].All(j => moving[j] || Compatible(i, p, j, current[j])))
                    {
                        list.Add(p);
                    }
                }

                list.Sort((a, b) => a.Displacement != b.Displacement ? a.Displacement.CompareTo(b.Displacement) : a.Dates.Start.CompareTo(b.Dates.Start));
                domains[i] = list;
            }

            Order = [.. searched.OrderBy(i => domains[i].Count).ThenBy(i => Visits[i].Item)];
            Domains = [.. Order.Select(i => domains[i])];
        }

        internal int[] Greedy()
        {
            var choice = new int[Order.Length];
            var placed = new Placement?[Visits.Length];
            for (var t = 0; t < Order.Length; t++)
            {
                var i = Order[t];
                choice[t] = -1;
                for (var c = 0; c < Domains[t].Count; c++)
                {
                    Steps++;
                    if (FitsPlaced(i, Domains[t][c], placed))
                    {
                        choice[t] = c;
                        placed[i] = Domains[t][c];
                        break;
                    }
                }
            }

            return choice;
        }

        internal int Cost(int[] choice)
        {
            var cost = 0;
            for (var t = 0; t < choice.Length; t++)
            {
                cost += choice[t] >= 0 ? Domains[t][choice[t]].Displacement : 0;
            }

            return cost;
        }

        internal (int[]? Best, bool Complete) Exact(int[] greedy, long budget)
        {
            var k = Order.Length;
            var minRest = new int[k + 1];
            for (var t = k - 1; t >= 0; t--)
            {
                minRest[t] = minRest[t + 1] + (Domains[t].Count > 0 ? Domains[t][0].Displacement : 0);
                if (Domains[t].Count == 0)
                {
                    return (null, true);
                }
            }

            var best = greedy.All(c => c >= 0) ? Cost(greedy) : int.MaxValue;
            int[]? bestChoice = null;
            var choice = new int[k];
            var placed = new Placement?[Visits.Length];
            var limit = Steps + budget;
            var complete = true;

            void Dfs(int t, int cost)
            {
                if (t == k)
                {
                    best = cost;
                    bestChoice = (int[])choice.Clone();
                    return;
                }

                var i = Order[t];
                for (var c = 0; c < Domains[t].Count; c++)
                {
                    var p = Domains[t][c];
                    if (cost + p.Displacement + minRest[t + 1] >= best)
                    {
                        break;
                    }

                    if (Steps >= limit)
                    {
                        complete = false;
                        return;
                    }

                    Steps++;
                    if (FitsPlaced(i, p, placed))
                    {
                        choice[t] = c;
                        placed[i] = p;
                        Dfs(t + 1, cost + p.Displacement);
                        placed[i] = null;
                        if (!complete)
                        {
                            return;
                        }
                    }
                }
            }

            Dfs(0, 0);
            return (bestChoice, complete);
        }

        private static bool IsRun(VisitInfo v, DateInterval dates) => dates.All(v.Calendar.IsWorkingDay);

        private bool FitsPlaced(int i, Placement p, Placement?[] placed)
        {
            foreach (var j in related[i])
            {
                if (moving[j] && placed[j] is { } q && !Compatible(i, p, j, q))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Compatible(int i, Placement a, int j, Placement b)
        {
            if (shares[i][j] && a.Range.Overlaps(b.Range))
            {
                return false;
            }

            return !world.NeedsSeparation(Visits[i], Visits[j]) || world.Separated(Visits[i].Calendar, a.Dates, b.Dates);
        }

        private bool FixedOk(VisitInfo v, Placement p)
        {
            if (!v.InSequence(p.Range))
            {
                return false;
            }

            foreach (var r in v.Resources)
            {
                if (world.BusyOf(r).Overlaps(p.Range))
                {
                    return false;
                }
            }

            foreach (var f in Fixed)
            {
                if (world.NeedsSeparation(v, f) && !world.Separated(v.Calendar, p.Dates, f.Dates))
                {
                    return false;
                }
            }

            foreach (var period in v.Calendar.SoftPeriods)
            {
                if (period.Severity == SoftPeriodSeverity.Hard && period.Touches(p.Dates))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
