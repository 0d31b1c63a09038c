namespace ReviewTimelines.Conflicts.Rules;

/// <summary>One rule: finds the conflicts of one <see cref="ConflictKind"/> and reports them to the context.</summary>
/// <remarks>Rules are stateless and immutable, so one instance serves concurrent checks.</remarks>
internal interface IConflictRule
{
    /// <summary>Gets the kind of conflict the rule finds.</summary>
    ConflictKind Kind { get; }

    /// <summary>Finds the conflicts and reports them with <see cref="ConflictContext.Report"/>.</summary>
    /// <param name="context">The prepared check.</param>
    void Evaluate(ConflictContext context);
}
