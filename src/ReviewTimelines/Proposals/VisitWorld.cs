using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.Proposals;

/// <summary>A movable or fixed country visit as the proposal engine sees it.</summary>
internal sealed class VisitInfo
{
    internal required Stage Stage { get; init; }

    internal required TimetableItemRef Item { get; init; }

    internal required CountryCode Country { get; init; }

    internal required MechanismId Mechanism { get; init; }

    internal required WorkingCalendar Calendar { get; init; }

    internal required ImmutableArray<TimetableResource> Resources { get; init; }

    internal required DateInterval Dates { get; init; }

    internal required int WorkingDays { get; init; }

    /// <summary>Gets the earliest start: the latest end of the visit's predecessors (sequence rule).</summary>
    internal Instant NotBefore { get; init; } = Instant.MinValue;

    /// <summary>Gets the latest end: the deadline's expiry or the earliest start of a successor, whichever comes first.</summary>
    internal Instant NotAfter { get; init; } = Instant.MaxValue;

    internal bool IsPinned => Stage.IsPinned;

    internal bool InSequence(InstantRange range) => range.Start >= NotBefore && range.End <= NotAfter;

    internal InstantRange RangeOf(DateInterval dates) => new ZonedDateRange(dates, Calendar.Zone).ToInstantRange();
}

/// <summary>One busy entry of a resource: an instant range and what makes it busy.</summary>
internal readonly record struct BusyEntry(InstantRange Range, string Label);

/// <summary>The hard facts every placement of a visit must respect, drawn once from a timetable.</summary>
/// <remarks>
/// Items in the <c>movable</c> set are left out of the fixed busy sets; the caller checks them against each other's
/// tentative placements. Busy: every other scheduled item holding the resource, a person's unavailability, hard
/// blackouts. Separation: country visits of other mechanisms to the same country, in working days of the host
/// calendar strictly between the two visits.
/// </remarks>
internal sealed class VisitWorld
{
    private readonly Dictionary<TimetableResource, List<BusyEntry>> busyEntries = [];
    private readonly Dictionary<TimetableResource, InstantRangeSet> busySets = [];

    internal VisitWorld(Timetable timetable, IReadOnlySet<TimetableItemRef> movable, ProposalOptions options)
    {
        Timetable = timetable;
        SeparationWorkingDays = options.SeparationWorkingDays;
        SeparateSameMechanism = options.SeparateSameMechanism;
        var visits = new List<VisitInfo>();
        var successors = Successors(timetable);
        foreach (var stage in timetable.Stages)
        {
            if (stage.Kind == StageKind.CountryVisit && stage.Timing is DateRangeTiming)
            {
                visits.Add(ToInfo(timetable, stage, successors));
            }
        }

        Visits = [.. visits];
        VisitsByItem = visits.ToDictionary(v => v.Item);
        foreach (var item in timetable.ScheduledItems())
        {
            if (movable.Contains(item.Item) || item.Range.IsEmpty)
            {
                continue;
            }

            foreach (var r in item.Resources)
            {
                Add(r, new BusyEntry(item.Range, item.Item.ToString()));
            }
        }

        foreach (var person in timetable.Persons)
        {
            foreach (var u in person.Unavailability)
            {
                Add(TimetableResource.ForPerson(person.Id), new BusyEntry(u.ToInstantRange(), "unavailable " + u));
            }
        }

        foreach (var b in timetable.Blackouts)
        {
            if (b.Severity == BlackoutSeverity.Hard)
            {
                Add(b.Scope, new BusyEntry(b.ToInstantRange(), "blackout " + b.Name));
            }
        }

        foreach (var (key, list) in busyEntries)
        {
            list.Sort((a, b) => a.Range.CompareTo(b.Range));
            busySets[key] = InstantRangeSet.FromRanges(list.Select(e => e.Range));
        }
    }

    internal Timetable Timetable { get; }

    internal int SeparationWorkingDays { get; }

    internal bool SeparateSameMechanism { get; }

    internal ImmutableArray<VisitInfo> Visits { get; }

    internal Dictionary<TimetableItemRef, VisitInfo> VisitsByItem { get; }

    /// <summary>Maps each stage to the stages that list it as a predecessor.</summary>
    internal static Dictionary<StageId, List<Stage>> Successors(Timetable timetable)
    {
        var map = new Dictionary<StageId, List<Stage>>();
        foreach (var stage in timetable.Stages)
        {
            foreach (var p in stage.Predecessors)
            {
                if (!map.TryGetValue(p, out var list))
                {
                    map[p] = list = [];
                }

                list.Add(stage);
            }
        }

        return map;
    }

    internal static VisitInfo ToInfo(Timetable timetable, Stage stage, Dictionary<StageId, List<Stage>> successors)
    {
        var review = timetable.GetReviewOf(stage.Id);
        var country = timetable.GetCountry(review.StateUnderReview);
        var dates = stage.Timing.LocalDates;
        var notBefore = Instant.MinValue;
        foreach (var p in stage.Predecessors)
        {
            if (timetable.TryGetStage(p, out var pred) && pred.ToInstantRange().End > notBefore)
            {
                notBefore = pred.ToInstantRange().End;
            }
        }

        var notAfter = timetable.ResolveDeadline(stage.Id)?.Expiry ?? Instant.MaxValue;
        foreach (var s in successors.GetValueOrDefault(stage.Id) ?? [])
        {
            if (s.ToInstantRange().Start < notAfter)
            {
                notAfter = s.ToInstantRange().Start;
            }
        }

        return new VisitInfo
        {
            Stage = stage,
            Item = TimetableItemRef.For(stage.Id),
            Country = country.Code,
            Mechanism = review.Mechanism,
            Calendar = country.Calendar,
            Resources = timetable.ResourcesOf(stage.Id),
            Dates = dates,
            WorkingDays = Math.Max(1, country.Calendar.CountWorkingDays(dates)),
            NotBefore = notBefore,
            NotAfter = notAfter,
        };
    }

    internal InstantRangeSet BusyOf(TimetableResource resource) => busySets.GetValueOrDefault(resource) ?? InstantRangeSet.Empty;

    internal IEnumerable<BusyEntry> BusyEntriesOverlapping(TimetableResource resource, InstantRange range) =>
        busyEntries.TryGetValue(resource, out var list) ? list.Where(e => e.Range.Overlaps(range)) : [];

    /// <summary>Lists the start dates in <paramref name="window"/> that begin a run of <paramref name="days"/> consecutive working days of <paramref name="calendar"/> ending inside the window, ascending.</summary>
    internal static List<DateInterval> Runs(WorkingCalendar calendar, DateInterval window, int days)
    {
        var runs = new List<DateInterval>();
        var streak = 0;
        foreach (var date in window)
        {
            streak = calendar.IsWorkingDay(date) ? streak + 1 : 0;
            if (streak >= days)
            {
                runs.Add(new DateInterval(date.PlusDays(1 - days), date));
            }
        }

        return runs;
    }

    /// <summary>Tells whether two visits to the same country keep the separation: no overlap, and at least the required working days strictly between them.</summary>
    internal bool Separated(WorkingCalendar calendar, DateInterval a, DateInterval b)
    {
        if (a.End < b.Start)
        {
            return Between(calendar, a.End, b.Start) >= SeparationWorkingDays;
        }

        if (b.End < a.Start)
        {
            return Between(calendar, b.End, a.Start) >= SeparationWorkingDays;
        }

        return false;
    }

    /// <summary>Tells whether two visits are subject to the separation rule (other mechanisms, same country).</summary>
    internal bool NeedsSeparation(VisitInfo a, VisitInfo b) => a.Country == b.Country && a.Item != b.Item && (SeparateSameMechanism || a.Mechanism != b.Mechanism);

    private static int Between(WorkingCalendar calendar, LocalDate earlierEnd, LocalDate laterStart)
    {
        var first = earlierEnd.PlusDays(1);
        var last = laterStart.PlusDays(-1);
        return first > last ? 0 : calendar.CountWorkingDays(new DateInterval(first, last));
    }

    private void Add(TimetableResource key, BusyEntry entry)
    {
        if (!busyEntries.TryGetValue(key, out var list))
        {
            busyEntries[key] = list = [];
        }

        list.Add(entry);
    }
}
