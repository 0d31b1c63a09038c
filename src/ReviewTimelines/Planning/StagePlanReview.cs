using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>Turns a <see cref="StagePlan"/> into a <see cref="CountryReview"/> that a <see cref="Timetable"/> can hold.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class StagePlanReview
{
    /// <summary>The plan as a review: one all-day stage per planned stage (id <c>REVIEW/KEY</c>, in planning order), its predecessor, its deadline (stated date, party, roll) and source.</summary>
    /// <remarks>The deadline's party is the State under review for stages its rule gives to the State, otherwise the mechanism's seat.</remarks>
    /// <param name="plan">The plan.</param>
    /// <param name="id">The new review's id.</param>
    /// <param name="mechanism">The reviewing mechanism.</param>
    /// <param name="cycle">The review cycle (evaluation round) the review belongs to.</param>
    /// <param name="stateUnderReview">The State under review.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static CountryReview ToReview(this StagePlan plan, ReviewId id, MechanismId mechanism, CycleId cycle, CountryCode stateUnderReview)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new CountryReview
        {
            Id = id,
            Mechanism = mechanism,
            Cycle = cycle,
            StateUnderReview = stateUnderReview,
            Stages = [.. plan.Stages.Select(s => ToStage(s, id, mechanism, stateUnderReview))],
        };
    }

    /// <summary>The id of the stage a planned stage becomes in <see cref="ToReview"/>: <c>REVIEW/KEY</c>.</summary>
    /// <param name="review">The review id.</param>
    /// <param name="key">The stage key.</param>
    /// <returns>The stage id.</returns>
    public static StageId StageIdOf(ReviewId review, StageKey key) => new(review.Value + "/" + key);

    private static Stage ToStage(PlannedStage planned, ReviewId review, MechanismId mechanism, CountryCode country)
    {
        var party = planned.Rule.Party == ResponsibleParty.StateUnderReview ? TimetableResource.ForCountry(country) : TimetableResource.ForSeat(mechanism);
        return new Stage
        {
            Id = StageIdOf(review, planned.Key),
            Kind = planned.Kind,
            Name = planned.Name,
            Timing = new DateRangeTiming(planned.Dates),
            Deadline = planned.Due is { } due ? new StageDeadline(due.StatedDate, party, planned.Rule.Roll) : null,
            IsPinned = planned.Rule.IsPinned,
            Predecessors = planned.Rule.Predecessor is { } p ? [StageIdOf(review, p)] : [],
            Source = planned.Source,
        };
    }
}
