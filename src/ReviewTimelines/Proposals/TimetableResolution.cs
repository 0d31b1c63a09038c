using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>How the resolver reached its moves.</summary>
public enum ResolutionMethod
{
    /// <summary>Nothing needed moving.</summary>
    None = 0,

    /// <summary>The greedy pass alone (too many visits for the exact search, or the exact search found nothing better).</summary>
    Greedy = 1,

    /// <summary>The exact branch-and-bound search proved the least total displacement (within its budget).</summary>
    Exact = 2,
}

/// <summary>A visit the resolver could not place, with the constraints that block it.</summary>
/// <param name="Item">The visit.</param>
/// <param name="Blockers">The constraints that rule out its runs (as <see cref="VisitSlotProposer"/> reports them, against the items that stay put).</param>
/// <param name="Reason">A plain sentence.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnplacedVisit(TimetableItemRef Item, ImmutableArray<SlotBlocker> Blockers, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => Item + ": " + Reason;
}

/// <summary>The result of <see cref="TimetableResolver.Resolve"/>: moves, visits left unplaced, and how the result was found.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class TimetableResolution
{
    internal TimetableResolution(ImmutableArray<VisitMove> moves, ImmutableArray<UnplacedVisit> unplaced, ResolutionMethod method, long steps, bool budgetExhausted, int? greedyDisplacement)
    {
        Moves = moves;
        Unplaced = unplaced;
        Method = method;
        Steps = steps;
        BudgetExhausted = budgetExhausted;
        GreedyDisplacementDays = greedyDisplacement;
    }

    /// <summary>Gets the moves, in item order.</summary>
    public ImmutableArray<VisitMove> Moves { get; }

    /// <summary>Gets the visits in conflict that could not be placed (they keep their dates), in item order.</summary>
    public ImmutableArray<UnplacedVisit> Unplaced { get; }

    /// <summary>Gets how the moves were found.</summary>
    public ResolutionMethod Method { get; }

    /// <summary>Gets the steps used (candidate runs tried).</summary>
    public long Steps { get; }

    /// <summary>Gets a value indicating whether the exact search stopped at the step budget (the moves are then the best found, not proven least).</summary>
    public bool BudgetExhausted { get; }

    /// <summary>Gets the total absolute displacement of the moves, in calendar days.</summary>
    public int TotalDisplacementDays => Moves.Sum(m => Math.Abs(m.DisplacementDays));

    /// <summary>Gets the total displacement the greedy pass alone reached, or null when it left a visit unplaced (equal to <see cref="TotalDisplacementDays"/> unless the exact search improved on it).</summary>
    public int? GreedyDisplacementDays { get; }

    /// <summary>Gets a value indicating whether every visit in conflict was placed.</summary>
    public bool IsComplete => Unplaced.IsEmpty;

    /// <summary>Applies every move to a timetable.</summary>
    /// <param name="timetable">The timetable the resolution was computed for.</param>
    /// <returns>The moved timetable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A moved stage is not in the timetable.</exception>
    /// <exception cref="TimetableValidationException">The moved timetable no longer validates.</exception>
    public Timetable ApplyTo(Timetable timetable)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        if (Moves.IsEmpty)
        {
            return timetable;
        }

        var builder = timetable.ToBuilder();
        foreach (var m in Moves)
        {
            builder.ReplaceStage(timetable.GetStage(new StageId(m.Item.Id)).MovedTo(new DateRangeTiming(m.To)));
        }

        return builder.Build();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} moves, {1} days displaced, {2} unplaced ({3})", Moves.Length, TotalDisplacementDays, Unplaced.Length, Method);
}
