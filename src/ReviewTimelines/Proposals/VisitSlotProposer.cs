using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>Proposes ranked, explained slots for one movable country visit of a timetable.</summary>
/// <remarks>
/// <para>
/// Candidates are runs of consecutive working days of the host country's calendar (the visit does not straddle a
/// weekend or holiday) inside the request's window, as half-open instant ranges from the start of the first local day
/// to the start of the day after the last, in the country's zone.
/// </para>
/// <para>
/// A run is ruled out (hard) when any resource of the visit (the country, a seat, each participant) is busy during it:
/// another scheduled item holding the resource, a person's unavailability, or a hard blackout; when another
/// visit to the same country (of another mechanism, or of any when <see cref="ProposalOptions.SeparateSameMechanism"/>) lies closer than <see cref="ProposalOptions.SeparationWorkingDays"/> working
/// days of the host calendar (strictly between the two); when a soft period the calendar marks as hard touches it; or
/// when it would start before a predecessor stage ends or end after the visit's deadline or a successor's start.
/// </para>
/// <para>
/// Score (points, lower is better): calendar days from the preferred start times
/// <see cref="ProposalOptions.PointsPerDayDisplaced"/>; each warning-level soft period touched (with its uncertainty
/// margin); each soft blackout overlapped; each participant left with fewer than
/// <see cref="ProposalOptions.MinimumRestDays"/> free days before or after the visit. Ties: smaller absolute
/// displacement, then earlier start. The output is deterministic.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class VisitSlotProposer
{
    private readonly ProposalOptions options;

    /// <summary>Initializes a new instance of the <see cref="VisitSlotProposer"/> class.</summary>
    /// <param name="options">The settings, validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight, the separation or the rest days is negative, or the separation or rest days exceed 366.</exception>
    public VisitSlotProposer(ProposalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validated();
    }

    /// <summary>Proposes slots for the requested visit.</summary>
    /// <param name="timetable">The timetable; the visit's own current placement is ignored.</param>
    /// <param name="request">The visit, window, preferred start and candidate count.</param>
    /// <returns>The ranked candidates (best first) and the constraints that ruled runs out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timetable"/> or <paramref name="request"/> (or its window) is null.</exception>
    /// <exception cref="KeyNotFoundException">The timetable has no stage with the requested id.</exception>
    /// <exception cref="ArgumentException">The stage is not a country visit with all-day timing, or the window is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>MaxCandidates</c> or <c>WorkingDays</c> is not positive, or the window is longer than 3660 days.</exception>
    public SlotProposal Propose(Timetable timetable, VisitSlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Window, "request.Window");
        if (request.MaxCandidates <= 0)
        {
            throw new ArgumentOutOfRangeException("request.MaxCandidates", request.MaxCandidates, "At least one candidate must be requested.");
        }

        if (request.WorkingDays is <= 0)
        {
            throw new ArgumentOutOfRangeException("request.WorkingDays", request.WorkingDays, "A visit needs at least one working day.");
        }

        if (request.Window.Length > 3660)
        {
            throw new ArgumentOutOfRangeException("request.Window", request.Window.Length, "The window must not exceed 3660 days.");
        }

        var stage = timetable.GetStage(request.Visit);
        if (stage.Kind != StageKind.CountryVisit || stage.Timing is not DateRangeTiming)
        {
            throw new ArgumentException(ProposalText.Format("Stage {0} is not a country visit with all-day timing (kind {1}, timing {2}).", stage.Id, stage.Kind, stage.Timing), "request.Visit");
        }

        var item = TimetableItemRef.For(stage.Id);
        var world = new VisitWorld(timetable, new HashSet<TimetableItemRef> { item }, options);
        var visit = world.VisitsByItem[item];
        return ProposeCore(world, visit, request.Window, request.PreferredStart ?? visit.Dates.Start, request.WorkingDays ?? visit.WorkingDays, request.MaxCandidates, [], null);
    }

    /// <summary>The engine behind <see cref="Propose(Timetable, VisitSlotRequest)"/>, shared with the resolver and the joint-visit advisor.</summary>
    /// <param name="world">The hard facts.</param>
    /// <param name="visit">The visit to place.</param>
    /// <param name="window">The allowed dates.</param>
    /// <param name="preferred">The preferred start.</param>
    /// <param name="days">The working days needed.</param>
    /// <param name="max">The most candidates to return.</param>
    /// <param name="extraResources">Resources to treat as the visit's as well (a joint visit's second team).</param>
    /// <param name="partner">A joint visit's partner: its separations apply too, and its own placement is ignored.</param>
    internal SlotProposal ProposeCore(VisitWorld world, VisitInfo visit, DateInterval window, LocalDate preferred, int days, int max, IReadOnlyList<TimetableResource> extraResources, VisitInfo? partner)
    {
        var runs = VisitWorld.Runs(visit.Calendar, window, days);
        var resources = visit.Resources.Concat(extraResources).Distinct().Order().ToArray();
        var separated = world.Visits
            .Where(w => w.Item != partner?.Item && w.Item != visit.Item && (world.NeedsSeparation(visit, w) || (partner is not null && world.NeedsSeparation(partner, w))))
            .ToArray();
        var hardPeriods = visit.Calendar.SoftPeriods.Where(p => p.Severity == SoftPeriodSeverity.Hard).ToArray();
        var blocked = new Dictionary<(SlotBlockerKind Kind, string Key), (int Count, TimetableResource? Resource, SortedSet<string> Labels)>();
        var candidates = new List<SlotCandidate>();
        foreach (var run in runs)
        {
            var range = visit.RangeOf(run);
            var ok = true;
            foreach (var r in resources)
            {
                if (world.BusyOf(r).Overlaps(range))
                {
                    ok = false;
                    Count(blocked, SlotBlockerKind.ResourceBusy, r.ToString(), r, world.BusyEntriesOverlapping(r, range).Select(e => e.Label));
                }
            }

            foreach (var w in separated)
            {
                if (!world.Separated(visit.Calendar, run, w.Dates))
                {
                    ok = false;
                    Count(blocked, SlotBlockerKind.Separation, w.Item.ToString(), null, [ProposalText.Format("{0} visit {1} on {2}", w.Mechanism, w.Stage.Id, ProposalText.Iso(w.Dates))]);
                }
            }

            if (!visit.InSequence(range) || (partner is not null && !partner.InSequence(range)))
            {
                ok = false;
                Count(blocked, SlotBlockerKind.Sequence, "sequence", null, [ProposalText.Format("it must start at or after {0} and end by {1}", visit.NotBefore, visit.NotAfter)]);
            }

            foreach (var p in hardPeriods)
            {
                if (p.Touches(run))
                {
                    ok = false;
                    Count(blocked, SlotBlockerKind.HardSoftPeriod, p.Name, null, [p.ToString()]);
                }
            }

            if (ok)
            {
                candidates.Add(Score(world, visit, resources, run, range, preferred));
            }
        }

        var best = candidates
            .OrderBy(c => c.Score)
            .ThenBy(c => Math.Abs(c.DisplacementDays))
            .ThenBy(c => c.Dates.Start)
            .Take(max)
            .ToImmutableArray();
        return new SlotProposal(visit.Item, best, Blockers(visit, window, days, runs.Count, world.SeparationWorkingDays, blocked), runs.Count);
    }

    private SlotCandidate Score(VisitWorld world, VisitInfo visit, TimetableResource[] resources, DateInterval run, InstantRange range, LocalDate preferred)
    {
        var displacement = Period.DaysBetween(preferred, run.Start);
        var reasons = ImmutableArray.CreateBuilder<ScoreComponent>();
        reasons.Add(new ScoreComponent(
            ScoreComponentKind.Displacement,
            checked(Math.Abs(displacement) * options.PointsPerDayDisplaced),
            displacement == 0
                ? "starts on the preferred date " + ProposalText.Iso(preferred)
                : ProposalText.Format("starts {0} days {1} the preferred date {2}", Math.Abs(displacement), displacement > 0 ? "after" : "before", ProposalText.Iso(preferred))));
        foreach (var p in visit.Calendar.SoftPeriodsTouching(run))
        {
            if (p.Severity == SoftPeriodSeverity.Warning)
            {
                reasons.Add(new ScoreComponent(ScoreComponentKind.SoftPeriod, options.SoftPeriodPoints, ProposalText.Format("touches {0} in {1}", p, visit.Country)));
            }
        }

        foreach (var b in world.Timetable.Blackouts)
        {
            if (b.Severity == BlackoutSeverity.Soft && resources.Contains(b.Scope) && b.ToInstantRange().Overlaps(range))
            {
                reasons.Add(new ScoreComponent(ScoreComponentKind.SoftBlackout, options.SoftBlackoutPoints, ProposalText.Format("overlaps the soft blackout {0} of {1}", b.Name, b.Scope)));
            }
        }

        if (options.MinimumRestDays > 0 && options.RestPoints > 0)
        {
            var rest = Duration.FromDays(options.MinimumRestDays);
            var widened = range.Widen(rest, rest);
            foreach (var r in resources)
            {
                if (r.Kind == ResourceKind.Person && world.BusyOf(r).Overlaps(widened))
                {
                    var near = world.BusyEntriesOverlapping(r, widened).First();
                    reasons.Add(new ScoreComponent(
                        ScoreComponentKind.Fairness,
                        options.RestPoints,
                        ProposalText.Format("{0} would have fewer than {1} free days next to {2}", r, options.MinimumRestDays, near.Label)));
                }
            }
        }

        return new SlotCandidate(new ZonedDateRange(run, visit.Calendar.Zone), range, displacement, reasons.ToImmutable());
    }

    private static void Count(
        Dictionary<(SlotBlockerKind Kind, string Key), (int Count, TimetableResource? Resource, SortedSet<string> Labels)> blocked,
        SlotBlockerKind kind,
        string key,
        TimetableResource? resource,
        IEnumerable<string> labels)
    {
        if (!blocked.TryGetValue((kind, key), out var entry))
        {
            entry = (0, resource, new SortedSet<string>(StringComparer.Ordinal));
        }

        foreach (var l in labels)
        {
            entry.Labels.Add(l);
        }

        blocked[(kind, key)] = (entry.Count + 1, entry.Resource, entry.Labels);
    }

    private static ImmutableArray<SlotBlocker> Blockers(
        VisitInfo visit,
        DateInterval window,
        int days,
        int total,
        int separation,
        Dictionary<(SlotBlockerKind Kind, string Key), (int Count, TimetableResource? Resource, SortedSet<string> Labels)> blocked)
    {
        var result = ImmutableArray.CreateBuilder<SlotBlocker>();
        if (total == 0)
        {
            var off = window.Where(d => !visit.Calendar.IsWorkingDay(d) && visit.Calendar.NonWorkingDayOn(d) is not null)
                .Select(d => ProposalText.Iso(d) + " " + visit.Calendar.NonWorkingDayOn(d)!.Name)
                .Take(8)
                .ToArray();
            result.Add(new SlotBlocker(
                SlotBlockerKind.NoWorkingDayRun,
                null,
                0,
                0,
                ProposalText.Format(
                    "The weekends and holidays of {0} leave no run of {1} consecutive working days in {2}{3}.",
                    visit.Country,
                    days,
                    ProposalText.Iso(window),
                    off.Length > 0 ? " (holidays: " + string.Join(", ", off) + ")" : string.Empty)));
            return result.ToImmutable();
        }

        foreach (var ((kind, key), (count, resource, labels)) in blocked.OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key.Kind).ThenBy(e => e.Key.Key, StringComparer.Ordinal))
        {
            var share = count == total
                ? ProposalText.Format("every {0}-working-day run in {1}", days, ProposalText.Iso(window))
                : ProposalText.Format("{0} of the {1} {2}-working-day runs in {3}", count, total, days, ProposalText.Iso(window));
            var because = string.Join(", ", labels.Take(5)) + (labels.Count > 5 ? ProposalText.Format(" and {0} more", labels.Count - 5) : string.Empty);
            var message = kind switch
            {
                SlotBlockerKind.ResourceBusy => ProposalText.Format("{0} is busy during {1} ({2}).", key, share, because),
                SlotBlockerKind.Sequence => ProposalText.Format("The stage order and deadline rule out {0} ({1}).", share, because),
                SlotBlockerKind.Separation => ProposalText.Format("The separation of {0} working days from {1} rules out {2}.", separation, because, share),
                _ => ProposalText.Format("The hard period {0} rules out {1}.", because, share),
            };
            result.Add(new SlotBlocker(kind, resource, count, total, message));
        }

        return result.ToImmutable();
    }
}
