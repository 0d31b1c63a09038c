using ReviewTimelines.Intervals;

namespace ReviewTimelines.Conflicts;

/// <summary>Settings of a <see cref="ConflictDetector"/>: which rules run, severity overrides, separations, the joint-visit window and the evaluation window.</summary>
/// <remarks>
/// A mutable settings bag (Polly style): the detector validates and copies it once, in its constructor, so later
/// changes to the options do not affect a detector already built.
/// </remarks>
/// <threadsafety>Not thread-safe; configure on one thread, then build the detector.</threadsafety>
public sealed class ConflictDetectorOptions
{
    /// <summary>The default minimum separation between two visits to one State, in working days of its calendar.</summary>
    public const int DefaultVisitSeparationWorkingDays = 10;

    /// <summary>The default joint-visit window, in weeks.</summary>
    public const int DefaultJointVisitWindowWeeks = 8;

    /// <summary>Gets the kinds of conflict to look for; all kinds by default.</summary>
    public ISet<ConflictKind> Kinds { get; } = new HashSet<ConflictKind>(Enum.GetValues<ConflictKind>());

    /// <summary>Gets severity overrides: a kind listed here gets this severity instead of its rule's own (see <see cref="ConflictKind"/>).</summary>
    public IDictionary<ConflictKind, ConflictSeverity> Severities { get; } = new Dictionary<ConflictKind, ConflictSeverity>();

    /// <summary>Gets or sets how many working days of the State's calendar must lie strictly between two visits to it (0 checks overlaps only); 10 by default.</summary>
    public int VisitSeparationWorkingDays { get; set; } = DefaultVisitSeparationWorkingDays;

    /// <summary>Gets or sets N: two visits of different mechanisms to one State with fewer than 7N calendar days strictly between them are a joint-visit opportunity; 8 by default.</summary>
    public int JointVisitWindowWeeks { get; set; } = DefaultJointVisitWindowWeeks;

    /// <summary>Gets or sets how many rules may run at once: 1 (the default) runs them one after the other on the calling thread, -1 uses every processor, N at most N.</summary>
    /// <remarks>The result is the same whatever the value: each rule collects its own conflicts and the detector sorts them all in its documented order. Parallel rules pay off on an otherwise idle multi-core machine; on a busy one (a server handling other requests) they only add contention, hence the serial default.</remarks>
    public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <summary>Gets or sets the evaluation window: when set, only stages, meetings and outside busy intervals whose range overlaps it (RFC 4791 §9.9 for zero-length items) are checked; null checks everything.</summary>
    public InstantRange? EvaluationWindow { get; set; }
}
