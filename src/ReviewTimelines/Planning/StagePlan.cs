using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Planning;

/// <summary>A dated timeline: the stages a <see cref="Planner"/> produced from a rule set, T0, calendars and plenaries.</summary>
/// <remarks>The plan keeps its inputs so that <see cref="Planner.Replan"/> can propagate slips. <see cref="Stages"/> follow
/// <see cref="StageRuleSet.PlanningOrder"/>.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class StagePlan
{
    private readonly FrozenDictionary<StageKey, PlannedStage> byKey;
    private readonly FrozenDictionary<StageKey, IReadOnlyList<string>> stageWarnings;

    internal StagePlan(
        StageRuleSet ruleSet,
        LocalDate start,
        PlanningCalendars calendars,
        IReadOnlyList<ZonedDateRange> plenaries,
        IReadOnlyList<PlannedStage> stages,
        IReadOnlyList<string> warnings,
        IReadOnlyDictionary<StageKey, IReadOnlyList<string>> stageWarnings)
    {
        this.stageWarnings = stageWarnings.ToFrozenDictionary();
        RuleSet = ruleSet;
        Start = start;
        Calendars = calendars;
        Plenaries = plenaries;
        Stages = stages;
        Warnings = warnings;
        byKey = stages.ToFrozenDictionary(s => s.Key);
    }

    /// <summary>This plan with one stage's placement replaced (dates, warnings and everything else kept).</summary>
    internal StagePlan WithPlacement(StageKey key, StagePlacement placement) => new(
        RuleSet,
        Start,
        Calendars,
        Plenaries,
        [.. Stages.Select(s => s.Key == key ? s with { Placement = placement } : s)],
        Warnings,
        stageWarnings);

    /// <summary>Gets the rule set.</summary>
    public StageRuleSet RuleSet { get; }

    /// <summary>Gets T0, the local date the review starts.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the calendars used.</summary>
    public PlanningCalendars Calendars { get; }

    /// <summary>Gets the plenaries available for alignment, ordered by start date then end date.</summary>
    public IReadOnlyList<ZonedDateRange> Plenaries { get; }

    /// <summary>Gets the dated stages in planning order.</summary>
    public IReadOnlyList<PlannedStage> Stages { get; }

    /// <summary>Gets plain-sentence warnings (no plenary qualified; a plenary beyond the expected maximum gap), in planning order.</summary>
    /// <remarks>After <see cref="Planner.Replan"/>, a pinned stage's warnings from its original placement are included, since it kept those dates.</remarks>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets the warnings about the stage with key <paramref name="key"/>, in the order they appear in <see cref="Warnings"/>.</summary>
    /// <remarks>A pinned stage kept by <see cref="Planner.Replan"/> keeps the warnings of its original placement.</remarks>
    /// <param name="key">The key.</param>
    /// <returns>The warnings; empty when there are none.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such stage.</exception>
    public IReadOnlyList<string> WarningsFor(StageKey key) =>
        byKey.ContainsKey(key)
            ? stageWarnings.TryGetValue(key, out var list) ? list : []
            : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The plan has no stage '{0}'.", key));

    /// <summary>Gets the stage with key <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such stage.</exception>
    public PlannedStage this[StageKey key] => byKey.TryGetValue(key, out var stage)
        ? stage
        : throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "The plan has no stage '{0}'.", key));

    /// <summary>Gets the stage with key <paramref name="key"/> given as text.</summary>
    /// <param name="key">The key text.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no such stage.</exception>
    public PlannedStage this[string key] => this[new StageKey(key)];

    /// <summary>Formats as one line per stage.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Join("\n", Stages.Select(s => s.ToString()));
}
