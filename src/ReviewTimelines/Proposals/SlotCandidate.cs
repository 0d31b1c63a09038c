using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>What a part of a candidate's score stands for.</summary>
public enum ScoreComponentKind
{
    /// <summary>Calendar days between the candidate's start and the preferred start.</summary>
    Displacement = 0,

    /// <summary>A warning-level soft period of the host country (Ramadan, an election) touches the candidate.</summary>
    SoftPeriod = 1,

    /// <summary>A soft blackout on the country or a participant overlaps the candidate.</summary>
    SoftBlackout = 2,

    /// <summary>A participant is left with fewer free days than the minimum between this visit and another item.</summary>
    Fairness = 3,
}

/// <summary>One part of a candidate's score, with its points and a plain explanation.</summary>
/// <param name="Kind">What the points stand for.</param>
/// <param name="Points">The points (lower is better).</param>
/// <param name="Explanation">A plain sentence, e.g. "starts 3 days after the preferred date 2021-03-22".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ScoreComponent(ScoreComponentKind Kind, int Points, string Explanation)
{
    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} +{1}: {2}", Kind, Points, Explanation);
}

/// <summary>A candidate slot for a visit: whole working days of the host country, free for every participant, with its score and why.</summary>
/// <remarks>Candidates order by <see cref="Score"/>, then absolute displacement, then start date (see <see cref="VisitSlotProposer"/>).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SlotCandidate
{
    internal SlotCandidate(ZonedDateRange dates, InstantRange range, int displacementDays, ImmutableArray<ScoreComponent> reasons)
    {
        Dates = dates;
        Range = range;
        DisplacementDays = displacementDays;
        Reasons = reasons;
        Score = reasons.Sum(r => r.Points);
    }

    /// <summary>Gets the candidate's local dates (end inclusive) in the host country's zone.</summary>
    public ZonedDateRange Dates { get; }

    /// <summary>Gets the candidate as a half-open instant range (start of the first day to start of the day after the last).</summary>
    public InstantRange Range { get; }

    /// <summary>Gets the signed displacement in calendar days from the preferred start (positive: later).</summary>
    public int DisplacementDays { get; }

    /// <summary>Gets the total score, the sum of <see cref="Reasons"/> points (lower is better).</summary>
    public int Score { get; }

    /// <summary>Gets the parts of the score, displacement first.</summary>
    public ImmutableArray<ScoreComponent> Reasons { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} score {1} ({2})", Dates, Score, string.Join("; ", Reasons.Select(r => r.Explanation)));
}

/// <summary>Which constraint keeps a visit out of candidate runs.</summary>
public enum SlotBlockerKind
{
    /// <summary>The host country's weekends and holidays leave no run of consecutive working days of the needed length in the window.</summary>
    NoWorkingDayRun = 0,

    /// <summary>A participant, the country or a seat is busy (other items, unavailability, hard blackouts).</summary>
    ResourceBusy = 1,

    /// <summary>Another visit to the same country is closer than the separation.</summary>
    Separation = 2,

    /// <summary>A hard soft period of the host country (one its calendar marks as hard) covers the run.</summary>
    HardSoftPeriod = 3,

    /// <summary>The run would start before a predecessor stage ends, or end after the visit's deadline or a successor stage's start.</summary>
    Sequence = 4,
}

/// <summary>A constraint that ruled out candidate runs, with how many and a plain sentence.</summary>
/// <param name="Kind">The kind of constraint.</param>
/// <param name="Resource">The busy resource for <see cref="SlotBlockerKind.ResourceBusy"/>, else null.</param>
/// <param name="BlockedRuns">How many of the window's working-day runs this constraint rules out.</param>
/// <param name="TotalRuns">How many working-day runs the window holds.</param>
/// <param name="Message">A plain sentence, e.g. "person:expert-1 is busy during every 4-working-day run in the window".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SlotBlocker(SlotBlockerKind Kind, TimetableResource? Resource, int BlockedRuns, int TotalRuns, string Message)
{
    /// <summary>Gets a value indicating whether this constraint alone rules out every run.</summary>
    public bool BlocksAll => BlockedRuns == TotalRuns;

    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>The result of <see cref="VisitSlotProposer.Propose"/>: ranked candidates, and the constraints that ruled runs out.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SlotProposal
{
    internal SlotProposal(TimetableItemRef item, ImmutableArray<SlotCandidate> candidates, ImmutableArray<SlotBlocker> blockers, int totalRuns)
    {
        Item = item;
        Candidates = candidates;
        Blockers = blockers;
        TotalRuns = totalRuns;
    }

    /// <summary>Gets the visit the proposal is for.</summary>
    public TimetableItemRef Item { get; }

    /// <summary>Gets the candidates, best first (at most the requested number).</summary>
    public ImmutableArray<SlotCandidate> Candidates { get; }

    /// <summary>Gets the constraints that ruled out runs, the most restrictive first (empty when every run is free).</summary>
    public ImmutableArray<SlotBlocker> Blockers { get; }

    /// <summary>Gets the number of working-day runs of the needed length in the window.</summary>
    public int TotalRuns { get; }

    /// <summary>Gets a value indicating whether at least one candidate was found.</summary>
    public bool Found => !Candidates.IsEmpty;

    /// <summary>Explains in one paragraph why nothing fits (or lists the blockers when something does).</summary>
    /// <returns>The blockers' sentences joined; empty when there are none.</returns>
    public string Explain() => string.Join(" ", Blockers.Select(b => b.Message));
}
