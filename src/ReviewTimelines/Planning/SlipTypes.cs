using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Planning;

/// <summary>What actually happened to a stage: the dates it really took (e.g. the checklist arrived three weeks late).</summary>
/// <remarks>For a deadline stage the dates are one day: the day the deliverable arrived. Dates are local to the stage's zone.</remarks>
/// <param name="Key">The stage's key.</param>
/// <param name="Dates">The actual dates, end inclusive.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StageActual(StageKey Key, DateInterval Dates)
{
    /// <summary>Gets the actual dates.</summary>
    public DateInterval Dates { get; init; } = Dates ?? throw new ArgumentNullException(nameof(Dates));

    /// <summary>Creates the actual of a stage that happened (or was delivered) on one date.</summary>
    /// <param name="key">The stage's key.</param>
    /// <param name="date">The date.</param>
    /// <returns>The actual.</returns>
    public static StageActual On(StageKey key, LocalDate date) => new(key, new DateInterval(date, date));

    /// <summary>Formats as <c>U4 actual 2021-06-22/2021-06-22</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        Key + " actual " + LocalDatePattern.Iso.Format(Dates.Start) + "/" + LocalDatePattern.Iso.Format(Dates.End);
}

/// <summary>A stage that moved when a plan was re-planned: from its old dates to its new ones.</summary>
/// <param name="From">The stage as planned before.</param>
/// <param name="To">The stage as re-planned.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StageMove(PlannedStage From, PlannedStage To)
{
    /// <summary>Gets the stage's key.</summary>
    public StageKey Key => To.Key;

    /// <summary>Gets the shift of the first date in calendar days (positive: later).</summary>
    public int StartShiftDays => Period.Between(From.Start, To.Start, PeriodUnits.Days).Days;

    /// <summary>Gets the shift of the last date in calendar days (positive: later).</summary>
    public int EndShiftDays => Period.Between(From.End, To.End, PeriodUnits.Days).Days;

    /// <summary>Formats as <c>U6 2021-07-22/2021-07-22 -> 2021-08-12/2021-08-12 (+21 d)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0} {1} -> {2} ({3:+0;-0;0} d)", Key, From.Dates, To.Dates, StartShiftDays);
}

/// <summary>A pinned stage that its predecessor now pushes past: it stays where it was, but the timeline no longer fits.</summary>
/// <param name="Pinned">The pinned stage, at its kept dates.</param>
/// <param name="Predecessor">The key of the pinned stage's predecessor, or <see langword="null"/> when it counts from T0.</param>
/// <param name="EarliestStart">The earliest first date the rule now allows (for a plenary-aligned stage, anchor + minimum gap).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PinViolation(PlannedStage Pinned, StageKey? Predecessor, LocalDate EarliestStart)
{
    /// <summary>Gets a plain sentence describing the violation.</summary>
    public string Message => string.Format(
        CultureInfo.InvariantCulture,
        "Stage '{0}' ({1}) is pinned to {2}, but after {3} it cannot start before {4}.",
        Pinned.Key,
        Pinned.Name,
        Pinned.Dates,
        Predecessor is { } p ? "stage '" + p + "'" : "T0",
        LocalDatePattern.Iso.Format(EarliestStart));

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Message;
}

/// <summary>The outcome of re-planning with actual dates: the new plan, every stage that moved, and every pinned stage overrun.</summary>
/// <param name="Plan">The re-planned timeline.</param>
/// <param name="Moves">The stages whose dates changed, in planning order (including stages with an actual that differs from the plan).</param>
/// <param name="Violations">The pinned stages that their predecessors now push past, in planning order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SlipReport(StagePlan Plan, IReadOnlyList<StageMove> Moves, IReadOnlyList<PinViolation> Violations);
