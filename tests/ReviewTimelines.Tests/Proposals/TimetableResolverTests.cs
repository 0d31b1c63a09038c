using CsCheck;
using NodaTime;
using ReviewTimelines.Model;
using ReviewTimelines.Proposals;
using static ReviewTimelines.Tests.Proposals.ProposalPropertyTests;
using static ReviewTimelines.Tests.Proposals.ProposalWorld;

namespace ReviewTimelines.Tests.Proposals;

public sealed class TimetableResolverTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static LocalDate D(int month, int day) => new(2021, month, day);

    [Fact]
    public void Resolve_VisitOverlapsPinnedVisit_MovesItOutsideTheSeparationWithTiesToTheEarlierRun()
    {
        // WGB is pinned Mon 15 - Thu 18 March 2021. GRECO (Tue 16 - Fri 19) must keep 10 Austrian working days away:
        // Tue 23 - Fri 26 Feb (1-12 March in between) or Tue 6 - Fri 9 April (19 March - 1 April in between; Easter
        // Monday 5 April is a holiday). Both are 21 days away; the earlier wins.
        var timetable = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("officer", Paris)
            .Visit("WGB-AUT", Wgb, "AUT", D(3, 15), D(3, 18), ["officer"], pinned: true)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 16), D(3, 19), ["officer"])
            .Build();

        var result = new TimetableResolver(new ResolverOptions()).Resolve(timetable, MoveWindows.Around(28));

        var move = result.Moves.Should().ContainSingle().Subject;
        move.ToString().Should().Be("stage:GRECO-AUT: 2021-03-16/2021-03-19 Europe/Vienna -> 2021-02-23/2021-02-26 Europe/Vienna (-21 days)");
        result.TotalDisplacementDays.Should().Be(21);
        result.Method.Should().Be(ResolutionMethod.Exact);
        result.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Resolve_NoRoomInWindow_ReportsUnplacedWithBlockers()
    {
        var timetable = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("officer", Paris)
            .Visit("WGB-AUT", Wgb, "AUT", D(3, 15), D(3, 18), ["officer"], pinned: true)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 16), D(3, 19), ["officer"])
            .Build();

        var result = new TimetableResolver(new ResolverOptions()).Resolve(timetable, MoveWindows.Around(7));

        result.Moves.Should().BeEmpty();
        var unplaced = result.Unplaced.Should().ContainSingle().Subject;
        unplaced.Item.Should().Be(TimetableItemRef.For(new StageId("GRECO-AUT")));
        unplaced.Blockers.Select(b => b.Kind).Should().Contain(SlotBlockerKind.Separation);
        unplaced.Reason.Should().StartWith("No run of 4 working days in 2021-03-09/2021-03-26 is free of the items that stay put.");
    }

    [Fact]
    public void Resolve_TinyStepBudget_KeepsGreedyResultAndSaysSo()
    {
        // Three visits by three mechanisms on the same days in Austria share one officer: the exact search needs more
        // than 5 steps to prove its best, so it stops and the greedy placement stands.
        var timetable = new ProposalWorld()
            .Country("AUT", Austria)
            .Person("officer", Paris)
            .Visit("A", Greco, "AUT", D(3, 16), D(3, 19), ["officer"])
            .Visit("B", Wgb, "AUT", D(3, 16), D(3, 19), ["officer"])
            .Visit("C", Irm, "AUT", D(3, 16), D(3, 19), ["officer"])
            .Build();
        var options = new ResolverOptions { MaxSteps = 5, Proposals = new ProposalOptions { SeparationWorkingDays = 0 } };

        var limited = new TimetableResolver(options).Resolve(timetable, MoveWindows.Around(14));
        var full = new TimetableResolver(new ResolverOptions { Proposals = new ProposalOptions { SeparationWorkingDays = 0 } }).Resolve(timetable, MoveWindows.Around(14));

        limited.BudgetExhausted.Should().BeTrue();
        limited.Method.Should().Be(ResolutionMethod.Greedy);
        limited.TotalDisplacementDays.Should().Be(limited.GreedyDisplacementDays);
        full.BudgetExhausted.Should().BeFalse();
        full.Method.Should().Be(ResolutionMethod.Exact);

        // One visit stays (Tue 16 - Fri 19 March), one goes to Tue 9 - Fri 12 (-7), one to Mon 22 - Thu 25 (+6):
        // 13 days in total (Mon 8 would cost 8, Tue 23 would cost 7).
        full.TotalDisplacementDays.Should().Be(13);
        full.Moves.Select(m => m.DisplacementDays).Order().Should().Equal(-7, 6);
    }

    [Fact]
    public void Resolve_NothingInConflict_NoMoves()
    {
        var timetable = new ProposalWorld().Country("AUT", Austria).Person("officer", Paris)
            .Visit("GRECO-AUT", Greco, "AUT", D(3, 16), D(3, 19), ["officer"]).Build();

        var result = new TimetableResolver(new ResolverOptions()).Resolve(timetable, MoveWindows.Around(28));

        result.Method.Should().Be(ResolutionMethod.None);
        result.ApplyTo(timetable).Should().BeSameAs(timetable);
    }

    [Fact]
    public void Constructor_BadOptions_Throw()
    {
        FluentActions.Invoking(() => new TimetableResolver(new ResolverOptions { MaxSteps = -1 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.MaxSteps");
        FluentActions.Invoking(() => new TimetableResolver(new ResolverOptions { ExactSearchMaxItems = 17 })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.ExactSearchMaxItems");
    }

    internal static readonly Gen<RandomVisit[]> SmallWorlds =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 2], Gen.Int[0, 30], Gen.Int[1, 4], Gen.Int[1, 7], Gen.Int[0, 4])
            .Select((c, m, s, l, p, pin) => new RandomVisit(m, c, s, l, p, pin == 0))
            .Array[2, 6];

    /// <summary>Exhaustive oracle: the least total displacement over all placements of the movable visits (current dates or any working-day run in the window), or null when none is valid.</summary>
    internal static int? Exhaustive(Timetable timetable, int slack, int separation)
    {
        var movable = timetable.Stages.Where(s => s.Kind == StageKind.CountryVisit && !s.IsPinned).OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToArray();
        var ignore = movable.Select(s => s.Id).ToHashSet();
        var options = new List<(DateInterval Dates, int Cost)>[movable.Length];
        for (var i = 0; i < movable.Length; i++)
        {
            var cur = movable[i].Timing.LocalDates;
            var calendar = timetable.GetCountry(timetable.GetReviewOf(movable[i].Id).StateUnderReview).Calendar;
            var need = Math.Max(1, calendar.CountWorkingDays(cur));
            var runs = new List<DateInterval> { cur };
            {
                for (var d = cur.Start.PlusDays(-slack); d.PlusDays(need - 1) <= cur.End.PlusDays(slack); d = d.PlusDays(1))
                {
                    runs.Add(new DateInterval(d, d.PlusDays(need - 1)));
                }
            }

            options[i] = [.. runs.Distinct()
                .Where(r => !Violations(timetable, movable[i].Id, r, separation, ignore).Any())
                .Select(r => (r, Math.Abs(Period.DaysBetween(cur.Start, r.Start))))];
        }

        int? best = null;
        var chosen = new DateInterval[movable.Length];
        void Walk(int i, int cost)
        {
            if (best is { } b && cost >= b)
            {
                return;
            }

            if (i == movable.Length)
            {
                best = cost;
                return;
            }

            foreach (var (dates, c) in options[i])
            {
                var ok = true;
                for (var j = 0; ok && j < i; j++)
                {
                    ok = PairOk(timetable, movable[i], dates, movable[j], chosen[j], separation);
                }

                if (ok)
                {
                    chosen[i] = dates;
                    Walk(i + 1, cost + c);
                }
            }
        }

        Walk(0, 0);
        return best;
    }

    private static bool PairOk(Timetable t, Stage a, DateInterval da, Stage b, DateInterval db, int separation)
    {
        var ra = t.GetReviewOf(a.Id);
        var rb = t.GetReviewOf(b.Id);
        var cal = t.GetCountry(ra.StateUnderReview).Calendar;
        var calB = t.GetCountry(rb.StateUnderReview).Calendar;
        var sa = da.Start.AtStartOfDayInZone(cal.Zone).ToInstant();
        var ea = da.End.PlusDays(1).AtStartOfDayInZone(cal.Zone).ToInstant();
        var sb = db.Start.AtStartOfDayInZone(calB.Zone).ToInstant();
        var eb = db.End.PlusDays(1).AtStartOfDayInZone(calB.Zone).ToInstant();
        var overlap = sa < eb && sb < ea;
        if (overlap && t.ResourcesOf(a.Id).Intersect(t.ResourcesOf(b.Id)).Any())
        {
            return false;
        }

        if (ra.StateUnderReview != rb.StateUnderReview)
        {
            return true;
        }

        if (overlap)
        {
            return false;
        }

        var (first, second) = da.End < db.Start ? (da, db) : (db, da);
        var between = 0;
        for (var d = first.End.PlusDays(1); d < second.Start; d = d.PlusDays(1))
        {
            between += cal.IsWorkingDay(d) ? 1 : 0;
        }

        return between >= separation;
    }

    [Fact]
    public void Resolve_AtMostSixMovableVisits_TotalDisplacementEqualsExhaustiveSearch()
    {
        const int slack = 5;
        const int separation = 3;
        var resolver = new TimetableResolver(new ResolverOptions { Proposals = new ProposalOptions { SeparationWorkingDays = separation } });
        var greedyGaps = 0;
        var greedyIncomplete = 0;
        var solved = 0;
        SmallWorlds.Sample(
            visits =>
            {
                var timetable = BuildWorld(visits, []);
                var result = resolver.Resolve(timetable, MoveWindows.Around(slack));
                var oracle = Exhaustive(timetable, slack, separation);
                if (oracle is { } best)
                {
                    result.IsComplete.Should().BeTrue();
                    result.TotalDisplacementDays.Should().Be(best);
                    solved += best > 0 ? 1 : 0;
                    if (result.GreedyDisplacementDays is { } greedy)
                    {
                        greedy.Should().BeGreaterThanOrEqualTo(best);
                        greedyGaps += greedy > best ? 1 : 0;
                    }
                    else
                    {
                        greedyIncomplete++;
                    }

                    var moved = result.ApplyTo(timetable);
                    var ids = moved.Stages.Where(s => s.Kind == StageKind.CountryVisit && !s.IsPinned).Select(s => s.Id).ToArray();
                    foreach (var id in ids)
                    {
                        Violations(moved, id, moved.GetStage(id).Timing.LocalDates, separation, new HashSet<StageId>()).Should().BeEmpty();
                    }
                }
                else
                {
                    result.IsComplete.Should().BeFalse();
                }
            },
            iter: 1000,
            threads: 1);

        // The exact search had real work to do, and the greedy pass alone is not always optimal: the gap is documented
        // here (counts over the 1,000 samples) rather than hidden.
        output.WriteLine("solved with moves: {0}, greedy worse: {1}, greedy incomplete: {2}", solved, greedyGaps, greedyIncomplete);
        solved.Should().BeGreaterThan(50);
        (greedyGaps + greedyIncomplete).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Resolve_GreedyOnly_PlacedVisitsBreakNoHardRule()
    {
        // Greedy alone (no exact search) on up to 10 visits: every visit it did not report as unplaced is valid
        // against every item, unplaced visits (which keep their dates) aside.
        var resolver = new TimetableResolver(new ResolverOptions { ExactSearchMaxItems = 0, Proposals = new ProposalOptions { SeparationWorkingDays = 3 } });
        var worlds = Gen.Select(Gen.Int[0, 1], Gen.Int[0, 2], Gen.Int[0, 40], Gen.Int[1, 4], Gen.Int[1, 15], Gen.Int[0, 4])
            .Select((c, m, st, l, p, pin) => new RandomVisit(m, c, st, l, p, pin == 0))
            .Array[2, 10];
        worlds.Sample(
            visits =>
            {
                var timetable = BuildWorld(visits, []);
                var result = resolver.Resolve(timetable, MoveWindows.Around(10));
                var moved = result.ApplyTo(timetable);
                var unplaced = result.Unplaced.Select(u => new StageId(u.Item.Id)).ToHashSet();
                foreach (var stage in moved.Stages.Where(s => s.Kind == StageKind.CountryVisit && !s.IsPinned && !unplaced.Contains(s.Id)))
                {
                    var moveOf = result.Moves.SingleOrDefault(m => m.Item.Id == stage.Id.Value);
                    if (moveOf is null && !Violations(timetable, stage.Id, stage.Timing.LocalDates, 3, new HashSet<StageId>()).Any())
                    {
                        continue; // never in conflict and not moved
                    }

                    Violations(moved, stage.Id, stage.Timing.LocalDates, 3, unplaced).Should().BeEmpty();
                    if (moveOf is not null)
                    {
                        moveOf.To.Start.Should().BeGreaterThanOrEqualTo(moveOf.From.Start.PlusDays(-10));
                        moveOf.To.End.Should().BeLessThanOrEqualTo(moveOf.From.End.PlusDays(10));
                    }
                }
            },
            iter: 1000);
    }
}
