using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Planning;

/// <summary>Turns a <see cref="StageRuleSet"/> plus T0 and working calendars into dated stages, and re-plans them when stages slip.</summary>
/// <remarks>
/// <para>
/// Stages are placed in <see cref="StageRuleSet.PlanningOrder"/>. Each stage's anchor date is its predecessor's last
/// (or first) date, or T0; dates chain as local dates (as published schedules do), and each stage's dates are local to its
/// own responsible party's zone (a plenary-aligned stage: the plenary's zone). One guard keeps chaining across zones honest:
/// a stage that follows its predecessor's end (its first date after the anchor date) never starts, as an instant, before the
/// predecessor's end instant (its deadline expiry or the end of its last day). When local chaining would start it earlier
/// (a Vienna stage set for the day after a deadline in Bogota), it is placed again from the anchor date F - 1, where F is the
/// first local date of its zone whose start of day is at or after that end instant; "the day after" becomes F. See
/// <see cref="StageRule"/> for offsets, durations and rolls and <see cref="PlenaryAlignment"/> for plenaries. Every planned
/// stage starts on or after its anchor date.
/// </para>
/// <para>
/// Re-planning (<see cref="Replan"/>) applies actual dates, recomputes every stage from them in planning order, keeps
/// pinned stages where they were (with the warnings of their original placement) and reports each pinned stage whose rule
/// now wants a later start.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and stateless beyond its rule set; safe to use from any thread.</threadsafety>
public sealed class Planner
{
    /// <summary>Initializes a new instance of the <see cref="Planner"/> class.</summary>
    /// <param name="ruleSet">The validated rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public Planner(StageRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
    }

    /// <summary>Gets the rule set.</summary>
    public StageRuleSet RuleSet { get; }

    /// <summary>Plans every stage from T0.</summary>
    /// <param name="start">T0: the local date the review starts (its meaning is <see cref="StageRuleSet.StartDescription"/>).</param>
    /// <param name="calendars">The country, seat and experts' calendars.</param>
    /// <param name="plenaries">The plenaries available to aligned stages (any order; duplicates kept), or <see langword="null"/> for none.</param>
    /// <returns>The plan, stages in planning order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plenaries"/> holds a default (zone-less) range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date leaves NodaTime's supported range.</exception>
    public StagePlan Plan(LocalDate start, PlanningCalendars calendars, IEnumerable<ZonedDateRange>? plenaries = null)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var sorted = SortPlenaries(plenaries);
        var stages = new Dictionary<StageKey, PlannedStage>();
        var ordered = new List<PlannedStage>();
        var warnings = new Warnings();
        foreach (var rule in RuleSet.PlanningOrder)
        {
            var stage = PlaceChained(rule, AnchorOf(rule, start, stages, calendars), calendars, sorted, warnings);
            stages[rule.Key] = stage;
            ordered.Add(stage);
        }

        return new StagePlan(RuleSet, start, calendars, sorted, ordered, warnings.All, warnings.ByStage);
    }

    /// <summary>Re-plans <paramref name="plan"/> with actual dates and reports what moved.</summary>
    /// <remarks>
    /// A stage with an actual takes the actual dates (in its planned zone). Every other stage is recomputed from its
    /// (possibly moved) predecessor, except pinned stages, which keep their planned dates; when a pinned stage's rule now
    /// wants a later first date, a <see cref="PinViolation"/> names it. Stages after a pinned stage count from its kept dates.
    /// </remarks>
    /// <param name="plan">The plan to revise; made by a planner with the same rule set.</param>
    /// <param name="actuals">The actual dates, at most one per stage.</param>
    /// <returns>The new plan, the moves and the violations, all in planning order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="actuals"/> is null, or holds null.</exception>
    /// <exception cref="ArgumentException">The plan has another rule set; an actual names an unknown stage or a stage twice; a deadline stage's actual spans more than one day.</exception>
    public SlipReport Replan(StagePlan plan, IEnumerable<StageActual> actuals)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actuals);
        if (!ReferenceEquals(plan.RuleSet, RuleSet))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The plan was made with rule set '{0}', not '{1}'.", plan.RuleSet.Name, RuleSet.Name),
                nameof(plan));
        }

        var byKey = new Dictionary<StageKey, StageActual>();
        foreach (var actual in actuals)
        {
            ArgumentNullException.ThrowIfNull(actual, nameof(actuals));
            if (!RuleSet.Contains(actual.Key))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Actual for stage '{0}': the rule set '{1}' has no such stage.", actual.Key, RuleSet.Name),
                    nameof(actuals));
            }

            if (RuleSet[actual.Key].Shape == StageShape.Deadline && actual.Dates.Length != 1)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Actual for stage '{0}': a deadline stage's actual is one date, not {1}.", actual.Key, actual.Dates),
                    nameof(actuals));
            }

            if (!byKey.TryAdd(actual.Key, actual))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Actual for stage '{0}' is given twice.", actual.Key), nameof(actuals));
            }
        }

        var stages = new Dictionary<StageKey, PlannedStage>();
        var ordered = new List<PlannedStage>();
        var warnings = new Warnings();
        var moves = new List<StageMove>();
        var violations = new List<PinViolation>();
        foreach (var rule in RuleSet.PlanningOrder)
        {
            var before = plan[rule.Key];
            PlannedStage after;
            if (byKey.TryGetValue(rule.Key, out var actual))
            {
                after = new PlannedStage(rule, new ZonedDateRange(actual.Dates, before.Dates.Zone), StagePlacement.Actual);
            }
            else
            {
                var anchor = AnchorOf(rule, plan.Start, stages, plan.Calendars);
                if (rule.IsPinned)
                {
                    var zone = plan.Calendars.For(rule.Party).Zone;
                    var earliest = Chained(anchor, zone, a => EarliestStart(rule, a, plan.Calendars), d => d, _ => zone);
                    after = before with { Placement = StagePlacement.Pinned };
                    warnings.Add(rule.Key, plan.WarningsFor(rule.Key));
                    if (earliest > before.Start)
                    {
                        violations.Add(new PinViolation(after, rule.Predecessor, earliest));
                    }
                }
                else
                {
                    after = PlaceChained(rule, anchor, plan.Calendars, plan.Plenaries, warnings);
                }
            }

            if (after.Dates != before.Dates)
            {
                moves.Add(new StageMove(before, after));
            }

            stages[rule.Key] = after;
            ordered.Add(after);
        }

        var replanned = new StagePlan(RuleSet, plan.Start, plan.Calendars, plan.Plenaries, ordered, warnings.All, warnings.ByStage);
        return new SlipReport(replanned, moves, violations);
    }

    private static ZonedDateRange[] SortPlenaries(IEnumerable<ZonedDateRange>? plenaries)
    {
        if (plenaries is null)
        {
            return [];
        }

        var list = plenaries.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Zone is null)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Plenary at index {0} is a default ZonedDateRange (no dates, no zone).", i),
                    nameof(plenaries));
            }
        }

        return list.OrderBy(p => p.Start).ThenBy(p => p.End).ThenBy(p => p.Zone.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The anchor date of <paramref name="rule"/> and, across zones, the predecessor's end instant it must not start before.</summary>
    /// <remarks>
    /// The anchor date is the predecessor's first or last local date, or T0: dates chain as local dates. When the rule counts
    /// from the predecessor's end and the predecessor's zone differs from the rule's responsible party's zone, the result also
    /// carries the predecessor's end instant (its deadline expiry, or the end of its last day), which <see cref="Chained"/> enforces.
    /// </remarks>
    private static ChainAnchor AnchorOf(StageRule rule, LocalDate start, Dictionary<StageKey, PlannedStage> placed, PlanningCalendars calendars)
    {
        if (rule.Predecessor is not { } p)
        {
            return new ChainAnchor(start, null);
        }

        var predecessor = placed[p];
        if (rule.Anchor == OffsetAnchor.PredecessorStart)
        {
            return new ChainAnchor(predecessor.Start, null);
        }

        var zone = calendars.For(rule.Party).Zone;
        var crossZone = !ReferenceEquals(zone, predecessor.Dates.Zone) && !string.Equals(zone.Id, predecessor.Dates.Zone.Id, StringComparison.Ordinal);
        return new ChainAnchor(predecessor.End, crossZone ? DayStart.Of(predecessor.End.PlusDays(1), predecessor.Dates.Zone) : null);
    }

    /// <summary>Places (or measures) a stage from its anchor, again from a later anchor when local chaining would start it before its predecessor ends.</summary>
    /// <remarks>
    /// The guard applies to a stage whose first date, from the local anchor, is after the anchor date (it is meant to follow the
    /// predecessor) yet starts, as an instant in <paramref name="zoneOf"/>'s zone, before the predecessor's end instant. The stage
    /// is then computed from the anchor date F - 1, where F is the first local date of the stage's zone whose start of day is at or
    /// after that end instant, so "the day after" is F.
    /// </remarks>
    private static T Chained<T>(ChainAnchor anchor, DateTimeZone zone, Func<LocalDate, T> compute, Func<T, LocalDate> firstDate, Func<T, DateTimeZone> zoneOf)
    {
        var result = compute(anchor.Date);
        if (anchor.NotBefore is { } end && firstDate(result) is var first && first > anchor.Date && DayStart.Of(first, zoneOf(result)) < end)
        {
            var later = DayStart.FirstDayStartingAtOrAfter(end, zone).PlusDays(-1);
            if (later > anchor.Date)
            {
                return compute(later);
            }
        }

        return result;
    }

    /// <summary>The earliest first date the rule allows from <paramref name="anchor"/>, before choosing a plenary.</summary>
    private static LocalDate EarliestStart(StageRule rule, LocalDate anchor, PlanningCalendars calendars)
    {
        var calendar = calendars.For(rule.Party);
        if (rule.Alignment is { } a)
        {
            return a.MinimumGap.AddTo(anchor, calendar);
        }

        var opening = rule.Offset.AddTo(anchor, calendar);
        if (rule.Shape == StageShape.Deadline)
        {
            return RollNotBefore(rule.Duration.AddTo(opening, calendar), rule.Roll, anchor, calendar);
        }

        var first = RollNotBefore(opening, rule.Roll, anchor, calendar);
        return rule.Duration.CoverFrom(first, calendar).Start;
    }

    private static PlannedStage PlaceChained(
        StageRule rule,
        ChainAnchor anchor,
        PlanningCalendars calendars,
        IReadOnlyList<ZonedDateRange> plenaries,
        Warnings warnings)
    {
        var (stage, stageWarnings) = Chained(
            anchor,
            calendars.For(rule.Party).Zone,
            a =>
            {
                var own = new List<string>();
                return (Place(rule, a, calendars, plenaries, own), own);
            },
            r => r.Item1.Start,
            r => r.Item1.Dates.Zone);
        warnings.Add(rule.Key, stageWarnings);
        return stage;
    }

    private static PlannedStage Place(
        StageRule rule,
        LocalDate anchor,
        PlanningCalendars calendars,
        IReadOnlyList<ZonedDateRange> plenaries,
        List<string> warnings)
    {
        var calendar = calendars.For(rule.Party);
        if (rule.Alignment is { } a)
        {
            var earliest = a.MinimumGap.AddTo(anchor, calendar);
            foreach (var plenary in plenaries)
            {
                var first = a.LeadWorkingDays == 0 ? plenary.Start : calendar.AddWorkingDays(plenary.Start, -a.LeadWorkingDays);
                if (first < earliest)
                {
                    continue;
                }

                if (a.MaximumGap is { } max && max.AddTo(anchor, calendar) is var latest && first > latest)
                {
                    warnings.Add(string.Format(
                        CultureInfo.InvariantCulture,
                        "Stage '{0}' ({1}): the first plenary on or after {2} starts {3}, later than the expected latest {4}.",
                        rule.Key,
                        rule.Name,
                        Format(earliest),
                        Format(plenary.Start),
                        Format(latest)));
                }

                var dates = a.LeadWorkingDays == 0 ? plenary.Dates : new DateInterval(first, calendar.AddWorkingDays(plenary.Start, -1));
                return new PlannedStage(rule, new ZonedDateRange(dates, plenary.Zone), StagePlacement.AlignedToPlenary);
            }

            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "Stage '{0}' ({1}): no plenary starts on or after {2}; placed by its offset and duration instead.",
                rule.Key,
                rule.Name,
                Format(earliest)));
            var fallback = rule.Duration.CoverFrom(RollNotBefore(earliest, rule.Roll, anchor, calendar), calendar);
            return new PlannedStage(rule, new ZonedDateRange(fallback, calendar.Zone), StagePlacement.AlignmentFallback);
        }

        var opening = rule.Offset.AddTo(anchor, calendar);
        if (rule.Shape == StageShape.Deadline)
        {
            var due = RollNotBefore(rule.Duration.AddTo(opening, calendar), rule.Roll, anchor, calendar);
            return new PlannedStage(rule, ZonedDateRange.ForDay(due, calendar.Zone), StagePlacement.Computed);
        }

        var range = rule.Duration.CoverFrom(RollNotBefore(opening, rule.Roll, anchor, calendar), calendar);
        return new PlannedStage(rule, new ZonedDateRange(range, calendar.Zone), StagePlacement.Computed);
    }

    /// <summary>Rolls <paramref name="date"/>; a backward roll that would cross <paramref name="floor"/> rolls forward instead.</summary>
    private static LocalDate RollNotBefore(LocalDate date, DeadlineRoll roll, LocalDate floor, WorkingCalendar calendar)
    {
        var rolled = calendar.Roll(date, roll);
        return rolled < floor ? calendar.Roll(date, DeadlineRoll.NextWorkingDay) : rolled;
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A stage's local anchor date and, when chaining across zones from a predecessor's end, the instant it must not start before.</summary>
    private readonly record struct ChainAnchor(LocalDate Date, Instant? NotBefore);

    /// <summary>The warnings of a plan being built, in planning order and by stage.</summary>
    private sealed class Warnings
    {
        internal List<string> All { get; } = [];

        internal Dictionary<StageKey, IReadOnlyList<string>> ByStage { get; } = [];

        internal void Add(StageKey key, IReadOnlyList<string> stageWarnings)
        {
            if (stageWarnings.Count > 0)
            {
                All.AddRange(stageWarnings);
                ByStage[key] = [.. stageWarnings];
            }
        }
    }
}
