using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

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
        : this(ruleSet, [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Planner"/> class that estimates plenaries from stored meeting patterns when none is published.</summary>
    /// <param name="ruleSet">The validated rule set.</param>
    /// <param name="fallbackPatterns">The body's meeting patterns; an aligned stage with no qualifying published plenary takes the earliest qualifying estimate of any of them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="fallbackPatterns"/> is null, or the latter holds null.</exception>
    public Planner(StageRuleSet ruleSet, IEnumerable<PlenaryRhythm> fallbackPatterns)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(fallbackPatterns);
        RuleSet = ruleSet;
        FallbackPatterns = fallbackPatterns.Select(r => r ?? throw new ArgumentNullException(nameof(fallbackPatterns), "A meeting pattern is null.")).ToArray();
    }

    /// <summary>Gets the rule set.</summary>
    public StageRuleSet RuleSet { get; }

    /// <summary>Gets the meeting patterns used to estimate a plenary when none is published (may be empty).</summary>
    public IReadOnlyList<PlenaryRhythm> FallbackPatterns { get; }

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
            var stage = PlaceChained(rule, AnchorOf(rule, start, stages, calendars), calendars, sorted, FallbackPatterns, warnings);
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
    public SlipReport Replan(StagePlan plan, IEnumerable<StageActual> actuals) => ReplanKeeping(plan, actuals, keepPins: true);

    /// <summary>As the public Replan; with <paramref name="keepPins"/> false, pinned stages are placed again like the others (a moved visit takes its adoption to the next plenary).</summary>
    internal SlipReport ReplanKeeping(StagePlan plan, IEnumerable<StageActual> actuals, bool keepPins)
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
                if (rule.IsPinned && keepPins)
                {
                    var zone = plan.Calendars.For(rule.Party).Zone;
                    var earliest = Chained(rule, anchor, zone, a => EarliestStart(rule, a, anchor, plan.Calendars), d => d, _ => zone);
                    after = before with { Placement = StagePlacement.Pinned };
                    warnings.Add(rule.Key, plan.WarningsFor(rule.Key));
                    if (earliest > before.Start)
                    {
                        violations.Add(new PinViolation(after, rule.Predecessor, earliest));
                    }
                }
                else
                {
                    after = PlaceChained(rule, anchor, plan.Calendars, plan.Plenaries, FallbackPatterns, warnings);
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

    /// <summary>The anchor date of <paramref name="rule"/> and the instants the stage (and, when aligned, its plenary) must not start before.</summary>
    /// <remarks>
    /// The anchor date is the predecessor's first or last local date, or T0: dates chain as local dates. A stage counted from
    /// its predecessor's end must not start (a deadline: expire) before the predecessor's end instant (its deadline expiry, or the
    /// end of its last day), in any zone: <see cref="Chained"/> enforces it by counting again from a later anchor. Nor may it
    /// start before the end of each <see cref="StageRule.AlsoAfter"/> stage: <see cref="Place"/> clamps the stage's first day
    /// (a deadline's due date) to it, keeping its length, or, for an aligned stage, skips plenaries that start earlier.
    /// </remarks>
    private static ChainAnchor AnchorOf(StageRule rule, LocalDate start, Dictionary<StageKey, PlannedStage> placed, PlanningCalendars calendars)
    {
        Instant? alsoAfter = null;
        foreach (var after in rule.AlsoAfter)
        {
            alsoAfter = Later(alsoAfter, EndInstant(placed[after]));
        }

        if (rule.Predecessor is not { } p)
        {
            return new ChainAnchor(start, null, alsoAfter);
        }

        var predecessor = placed[p];
        if (rule.Anchor == OffsetAnchor.PredecessorStart)
        {
            return new ChainAnchor(predecessor.Start, null, alsoAfter);
        }

        return new ChainAnchor(predecessor.End, EndInstant(predecessor), alsoAfter);
    }

    private static Instant EndInstant(PlannedStage stage) => DayStart.Of(stage.End.PlusDays(1), stage.Dates.Zone);

    private static Instant? Later(Instant? a, Instant b) => a is { } x && x > b ? x : b;

    /// <summary>Places (or measures) a stage from its anchor, again from a later anchor when it would start before a stage it follows ends.</summary>
    /// <remarks>
    /// A date range must start (its first day's start in its zone), and a deadline expire, at or after the anchor's not-before
    /// instant; a deadline due after the anchor date must also be due on a local day that starts at or after it. Otherwise the stage is computed from the anchor date F - 1, then F, where F is the first local date of the
    /// stage's zone whose start of day is at or after that instant, so "the day after" is F.
    /// </remarks>
    private static T Chained<T>(StageRule rule, ChainAnchor anchor, DateTimeZone zone, Func<LocalDate, T> compute, Func<T, LocalDate> firstDate, Func<T, DateTimeZone> zoneOf)
    {
        var result = compute(anchor.Date);
        if (anchor.NotBefore is not { } end)
        {
            return result;
        }

        // A deadline must expire after the end; one due after the anchor date (meant to follow it) must also fall on a later local day.
        bool Early(T r) => rule.Shape == StageShape.Deadline && firstDate(r) <= anchor.Date
            ? DayStart.Of(firstDate(r).PlusDays(1), zoneOf(r)) < end
            : DayStart.Of(firstDate(r), zoneOf(r)) < end;

        var f = DayStart.FirstDayStartingAtOrAfter(end, zone);
        foreach (var later in new[] { f.PlusDays(-1), f })
        {
            if (!Early(result))
            {
                break;
            }

            if (later > anchor.Date)
            {
                result = compute(later);
            }
        }

        return result;
    }

    /// <summary>The earliest first date the rule allows from <paramref name="anchor"/>, before choosing a plenary.</summary>
    private static LocalDate EarliestStart(StageRule rule, LocalDate anchor, ChainAnchor bounds, PlanningCalendars calendars)
    {
        var calendar = calendars.For(rule.Party);
        if (rule.Alignment is { } a)
        {
            var least = a.MinimumGap.AddTo(anchor, calendar);
            return a.LeadWorkingDays == 0 ? Clamp(least, bounds, calendar.Zone, deadline: false) : least;
        }

        var opening = rule.Offset.AddTo(anchor, calendar);
        if (rule.Shape == StageShape.Deadline)
        {
            return RollNotBefore(rule.Duration.AddTo(opening, calendar), rule.Roll, anchor, calendar);
        }

        var first = RollNotBefore(opening, rule.Roll, anchor, calendar);
        return IsWholeVisit(rule)
            ? (VisitDays(rule, first, calendars) ?? rule.Duration.CoverFrom(first, calendar)).Start
            : rule.Duration.CoverFrom(first, calendar).Start;
    }

    private static PlannedStage PlaceChained(
        StageRule rule,
        ChainAnchor anchor,
        PlanningCalendars calendars,
        IReadOnlyList<ZonedDateRange> plenaries,
        IReadOnlyList<PlenaryRhythm> patterns,
        Warnings warnings)
    {
        var (stage, stageWarnings) = Chained(
            rule,
            anchor,
            calendars.For(rule.Party).Zone,
            a =>
            {
                var own = new List<string>();
                return (Place(rule, a, anchor, calendars, plenaries, patterns, own), own);
            },
            r => r.Item1.Start,
            r => r.Item1.Dates.Zone);
        warnings.Add(rule.Key, stageWarnings);
        return stage;
    }

    private static PlannedStage Place(
        StageRule rule,
        LocalDate anchor,
        ChainAnchor bounds,
        PlanningCalendars calendars,
        IReadOnlyList<ZonedDateRange> plenaries,
        IReadOnlyList<PlenaryRhythm> patterns,
        List<string> warnings)
    {
        var calendar = calendars.For(rule.Party);
        if (rule.Alignment is { } a)
        {
            var earliest = a.MinimumGap.AddTo(anchor, calendar);
            if (bounds.AlsoAfter is { } after && DayStart.FirstDayStartingAtOrAfter(after, calendar.Zone) is var day && day > earliest && a.LeadWorkingDays == 0)
            {
                earliest = day;
            }

            if (FirstQualifying(a, plenaries, earliest, bounds, calendar) is { } plenary)
            {
                WarnIfLate(rule, a, anchor, earliest, plenary, calendar, warnings, estimated: false);
                return new PlannedStage(rule, AlignedDates(a, plenary, calendar), StagePlacement.AlignedToPlenary);
            }

            var estimates = patterns
                .Select(p => (Pattern: p, Range: FirstQualifying(a, p.EstimatesFrom(earliest), earliest, bounds, calendar)))
                .Where(e => e.Range is not null)
                .OrderBy(e => DayStart.Of(e.Range!.Value.Start, e.Range.Value.Zone))
                .FirstOrDefault();
            if (estimates.Range is { } estimate)
            {
                warnings.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "Stage '{0}' ({1}): no published plenary starts on or after {2}; estimated from the stored meeting pattern ({3}): {4} {5}. Replace it with the published dates when known.",
                    rule.Key,
                    rule.Name,
                    Format(earliest),
                    estimates.Pattern,
                    FormatWithWeekday(estimate.Start) + (estimate.Start != estimate.End ? " to " + FormatWithWeekday(estimate.End) : string.Empty),
                    estimate.Zone.Id));
                WarnIfLate(rule, a, anchor, earliest, estimate, calendar, warnings, estimated: true);
                return new PlannedStage(rule, AlignedDates(a, estimate, calendar), StagePlacement.EstimatedPlenary);
            }

            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "Stage '{0}' ({1}): no plenary starts on or after {2}{3}; placed by its offset and duration on consecutive working days instead.",
                rule.Key,
                rule.Name,
                Format(earliest),
                patterns.Count == 0 ? " and no meeting pattern is stored" : " and no stored meeting pattern gives one"));
            var from = RollNotBefore(Clamp(earliest, bounds, calendar.Zone, deadline: false), rule.Roll == DeadlineRoll.None ? DeadlineRoll.NextWorkingDay : rule.Roll, anchor, calendar);
            var cover = rule.Duration.CoverFrom(from, calendar);
            var fallback = ConsecutiveWorkingDays(from, cover.Length, calendar, null) ?? cover;
            return new PlannedStage(rule, new ZonedDateRange(fallback, calendar.Zone), StagePlacement.AlignmentFallback);
        }

        var opening = rule.Offset.AddTo(anchor, calendar);
        if (rule.Shape == StageShape.Deadline)
        {
            var unclamped = rule.Duration.AddTo(opening, calendar);
            var dueDate = Clamp(unclamped, bounds, calendar.Zone, deadline: true);
            var due = RollNotBefore(dueDate, rule.Roll, dueDate > unclamped ? dueDate : anchor, calendar);
            return new PlannedStage(rule, ZonedDateRange.ForDay(due, calendar.Zone), StagePlacement.Computed);
        }

        var first = RollNotBefore(opening, rule.Roll, anchor, calendar);
        if (Clamp(first, bounds, calendar.Zone, deadline: false) is var clamped && clamped > first)
        {
            first = RollNotBefore(clamped, rule.Roll, clamped, calendar);
        }

        if (IsWholeVisit(rule))
        {
            if (VisitDays(rule, first, calendars) is { } visit)
            {
                return new PlannedStage(rule, new ZonedDateRange(visit, calendar.Zone), StagePlacement.Computed);
            }

            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "Stage '{0}' ({1}): no {2} consecutive working days of '{3}' free of the seat's holidays within a year of {4}; the visit spans non-working days.",
                rule.Key,
                rule.Name,
                rule.Duration.Amount,
                calendar.Name,
                Format(first)));
        }

        var range = rule.Duration.CoverFrom(first, calendar);
        return new PlannedStage(rule, new ZonedDateRange(range, calendar.Zone), StagePlacement.Computed);
    }

    /// <summary>The first plenary (by start) whose stage would start on or after <paramref name="earliest"/> and after the bounds.</summary>
    private static ZonedDateRange? FirstQualifying(
        PlenaryAlignment a,
        IEnumerable<ZonedDateRange> plenaries,
        LocalDate earliest,
        ChainAnchor bounds,
        WorkingCalendar calendar)
    {
        foreach (var plenary in plenaries)
        {
            var first = a.LeadWorkingDays == 0 ? plenary.Start : calendar.AddWorkingDays(plenary.Start, -a.LeadWorkingDays);
            if (first < earliest
                || (bounds.NotBefore is { } n && DayStart.Of(first, plenary.Zone) < n)
                || (bounds.AlsoAfter is { } pn && DayStart.Of(plenary.Start, plenary.Zone) < pn))
            {
                continue;
            }

            return plenary;
        }

        return null;
    }

    private static ZonedDateRange AlignedDates(PlenaryAlignment a, ZonedDateRange plenary, WorkingCalendar calendar) =>
        a.LeadWorkingDays == 0
            ? plenary
            : new ZonedDateRange(new DateInterval(calendar.AddWorkingDays(plenary.Start, -a.LeadWorkingDays), calendar.AddWorkingDays(plenary.Start, -1)), plenary.Zone);

    private static void WarnIfLate(StageRule rule, PlenaryAlignment a, LocalDate anchor, LocalDate earliest, ZonedDateRange plenary, WorkingCalendar calendar, List<string> warnings, bool estimated)
    {
        if (a.MaximumGap is { } max && max.AddTo(anchor, calendar) is var latest && plenary.Start > latest)
        {
            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "Stage '{0}' ({1}): the first {2} on or after {3} starts {4}, later than the expected latest {5}.",
                rule.Key,
                rule.Name,
                estimated ? "estimated plenary" : "plenary",
                Format(earliest),
                Format(plenary.Start),
                Format(latest)));
        }
    }

    /// <summary>The date clamped so that a range starting on it (or a deadline due on it) is not before the <see cref="StageRule.AlsoAfter"/> stages end.</summary>
    private static LocalDate Clamp(LocalDate date, ChainAnchor bounds, DateTimeZone zone, bool deadline)
    {
        if (bounds.AlsoAfter is not { } after)
        {
            return date;
        }

        var first = DayStart.FirstDayStartingAtOrAfter(after, zone);
        var least = deadline ? first.PlusDays(-1) : first;
        return date < least ? least : date;
    }

    /// <summary>Tells whether the rule is a visit or joint meeting of working days that must take consecutive working days.</summary>
    private static bool IsWholeVisit(StageRule rule) =>
        rule.Kind is StageKind.CountryVisit or StageKind.JointMeeting
        && rule.Shape == StageShape.DateRange
        && rule.Duration.Unit == PlanningUnit.WorkingDays
        && !rule.MaySpanNonWorkingDays;

    /// <summary>The first run of the visit's working days on or after <paramref name="from"/>: working days of the party's calendar, none a seat holiday or closure.</summary>
    private static DateInterval? VisitDays(StageRule rule, LocalDate from, PlanningCalendars calendars) =>
        ConsecutiveWorkingDays(from, rule.Duration.Amount, calendars.For(rule.Party), ReferenceEquals(calendars.Seat, calendars.For(rule.Party)) ? null : calendars.Seat);

    /// <summary>The first <paramref name="days"/> consecutive dates on or after <paramref name="from"/>, each a working day of <paramref name="calendar"/> and no public holiday or closure of <paramref name="alsoFree"/>; <see langword="null"/> when none starts within 366 days.</summary>
    private static DateInterval? ConsecutiveWorkingDays(LocalDate from, int days, WorkingCalendar calendar, WorkingCalendar? alsoFree)
    {
        var run = 0;
        var limit = from.PlusDays(366 + days);
        for (var d = from; d <= limit; d = d.PlusDays(1))
        {
            run = calendar.IsWorkingDay(d) && (alsoFree is null || alsoFree.NonWorkingDayOn(d) is null) ? run + 1 : 0;
            if (run == days)
            {
                return new DateInterval(d.PlusDays(1 - days), d);
            }
        }

        return null;
    }

    /// <summary>Rolls <paramref name="date"/>; a backward roll that would cross <paramref name="floor"/> rolls forward instead.</summary>
    private static LocalDate RollNotBefore(LocalDate date, DeadlineRoll roll, LocalDate floor, WorkingCalendar calendar)
    {
        var rolled = calendar.Roll(date, roll);
        return rolled < floor ? calendar.Roll(date, DeadlineRoll.NextWorkingDay) : rolled;
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string FormatWithWeekday(LocalDate date) => LocalDatePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd").Format(date);

    /// <summary>A stage's local anchor date, its predecessor's end instant when it counts from it, and the latest end of its <see cref="StageRule.AlsoAfter"/> stages.</summary>
    private readonly record struct ChainAnchor(LocalDate Date, Instant? NotBefore, Instant? AlsoAfter);

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
