namespace ReviewTimelines.Proposals;

/// <summary>Settings of the <see cref="TimetableResolver"/>: the step budget and the size limit of the exact search.</summary>
/// <remarks>
/// The budget is counted in steps (one step: one candidate run tried for one visit), never in wall-clock time, so the
/// result is the same on every machine. The resolver validates and copies the settings when it is constructed.
/// </remarks>
/// <threadsafety>Mutable settings object; do not share while changing it.</threadsafety>
public sealed class ResolverOptions
{
    /// <summary>Gets or sets the scoring and separation settings.</summary>
    public ProposalOptions Proposals { get; set; } = new();

    /// <summary>Gets or sets the most steps the exact search may take after the greedy pass; default 2,000,000. When it runs out, the best solution found so far is kept and <see cref="TimetableResolution.BudgetExhausted"/> is set.</summary>
    public long MaxSteps { get; set; } = 2_000_000;

    /// <summary>Gets or sets the largest number of visits to move for which the exact search runs after the greedy pass; default 8 (0 turns it off).</summary>
    public int ExactSearchMaxItems { get; set; } = 8;
}
