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

    /// <summary>The default N of the workload rule: a person contributing to more than 3 reviews at once gets a workload conflict.</summary>
    /// <remarks>A planning default of this library, not a figure any mechanism publishes: adjust it to the secretariat's practice.</remarks>
    public const int DefaultWorkloadMaxConcurrentReviews = 3;

    /// <summary>The default M of the workload rule: a person attending more than 15 days of visits and meetings in the rolling window gets a workload conflict.</summary>
    /// <remarks>A planning default of this library (three five-day on-site visits in a month), not a published figure.</remarks>
    public const int DefaultWorkloadMaxAttendedDays = 15;

    /// <summary>The default rolling window of the workload rule, in calendar days of the person's home zone.</summary>
    public const int DefaultWorkloadWindowDays = 30;

    /// <summary>The default K of crowd grouping: more than 8 items clashing on one resource at one time are reported as one grouped conflict.</summary>
    /// <remarks>A default of this library, chosen so that an ordinary timetable (a few visits or meetings at once) is always listed pair by pair.</remarks>
    public const int DefaultCrowdThreshold = 8;

    /// <summary>Gets the kinds of conflict to look for; all kinds by default.</summary>
    public ISet<ConflictKind> Kinds { get; } = new HashSet<ConflictKind>(Enum.GetValues<ConflictKind>());

    /// <summary>Gets severity overrides: a kind listed here gets this severity instead of its rule's own (see <see cref="ConflictKind"/>).</summary>
    public IDictionary<ConflictKind, ConflictSeverity> Severities { get; } = new Dictionary<ConflictKind, ConflictSeverity>();

    /// <summary>Gets or sets how many working days of the State's calendar must lie strictly between two visits to it (0 checks overlaps only); 10 by default.</summary>
    public int VisitSeparationWorkingDays { get; set; } = DefaultVisitSeparationWorkingDays;

    /// <summary>Gets or sets N: two visits of different mechanisms to one State with fewer than 7N calendar days strictly between them are a joint-visit opportunity; 8 by default.</summary>
    public int JointVisitWindowWeeks { get; set; } = DefaultJointVisitWindowWeeks;

    /// <summary>Gets or sets N: a person contributing (<see cref="Model.ParticipationRole.Contributes"/>) to stages of more than N different reviews at one instant gets a <see cref="ConflictKind.Workload"/> conflict; 3 by default, 1 to 100.</summary>
    public int WorkloadMaxConcurrentReviews { get; set; } = DefaultWorkloadMaxConcurrentReviews;

    /// <summary>Gets or sets M: a person attending country visits and meetings on more than M distinct local dates (of their home zone) within <see cref="WorkloadWindowDays"/> consecutive days gets a <see cref="ConflictKind.Workload"/> conflict; 15 by default, 1 to 366.</summary>
    public int WorkloadMaxAttendedDays { get; set; } = DefaultWorkloadMaxAttendedDays;

    /// <summary>Gets or sets the rolling window of <see cref="WorkloadMaxAttendedDays"/>, in calendar days; 30 by default, 1 to 366.</summary>
    public int WorkloadWindowDays { get; set; } = DefaultWorkloadWindowDays;

    /// <summary>Gets or sets K: when more than K items hold one resource at one time (counting the reach a rule gives them), their clashes are reported as one grouped conflict (<see cref="Conflict.IsGroup"/>) naming every item, instead of one conflict per pair; a stage with more than K violated predecessors likewise gets one conflict. 8 by default, 2 to <see cref="int.MaxValue"/> (which never groups).</summary>
    /// <remarks>Grouping keeps the output and the memory of a check linear in the timetable: 20,000 meetings at once would otherwise be 200 million pairs. Every pair a check without grouping reports is either still listed or inside a group that names both items.</remarks>
    public int CrowdThreshold { get; set; } = DefaultCrowdThreshold;

    /// <summary>Gets or sets how many rules may run at once: 1 (the default) runs them one after the other on the calling thread, -1 uses every processor, N at most N.</summary>
    /// <remarks>The result is the same whatever the value: each rule collects its own conflicts and the detector sorts them all in its documented order. Parallel rules pay off on an otherwise idle multi-core machine; on a busy one (a server handling other requests) they only add contention, hence the serial default.</remarks>
    public int MaxDegreeOfParallelism { get; set; } = 1;

    /// <summary>Gets or sets the evaluation window: when set, only stages, meetings and outside busy intervals whose range overlaps it (RFC 4791 §9.9 for zero-length items) are checked; null checks everything.</summary>
    public InstantRange? EvaluationWindow { get; set; }
}
