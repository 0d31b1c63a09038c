using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;
using ReviewTimelines.Planning;

namespace ReviewTimelines.Proposals;

/// <summary>What <see cref="ReviewPlacement.Place"/> chose for a planned review against an existing timetable.</summary>
/// <param name="Plan">The plan kept: the planner's own when it clears, else the one with the first clear visit window.</param>
/// <param name="Review">The plan as a review (<see cref="StagePlanReview.ToReview"/>).</param>
/// <param name="Rejected">The visit windows tried and rejected, in the order tried, each with the hard conflicts it would create.</param>
/// <param name="IsClear">True when the kept plan creates no hard conflict with the timetable; false when every window tried did (the planner's own plan is then kept).</param>
public sealed record ReviewPlacementResult(StagePlan Plan, CountryReview Review, IReadOnlyList<RejectedVisitWindow> Rejected, bool IsClear);

/// <summary>A visit window <see cref="ReviewPlacement"/> tried and rejected.</summary>
/// <param name="VisitStage">The country visit (on-site visit) stage.</param>
/// <param name="Dates">The window tried, in the host's local dates and zone.</param>
/// <param name="Conflicts">The hard conflicts the review would create with that window (the detector's, with their sentences); empty when the window was refused for <paramref name="Reasons"/> before the check.</param>
/// <param name="Reasons">Why the window was refused before the check: its days the host does not work or the seat is closed (weekend days, public holidays, with their names), or pinned stages (an adoption at a fixed plenary) the moved visit would push past; empty when the window was checked.</param>
public sealed record RejectedVisitWindow(StageKey VisitStage, ZonedDateRange Dates, ImmutableArray<Conflict> Conflicts, IReadOnlyList<string> Reasons);

/// <summary>Plans a review against a timetable (CAC/COSP/IRG/2021/4 §22: "take into account the timetables of other mechanisms").</summary>
/// <remarks>
/// <para>The planner's plan is added to the timetable as a review and checked with the same <see cref="ConflictDetector"/> as
/// every other check (one definition of a hard conflict). When a hard conflict involves one of the new review's stages, the
/// country visit is moved later by whole weeks (1 to <see cref="MaxVisitShiftWeeks"/>): a window holding a day the host
/// does not work or the seat is closed is rejected with those days named (unless the visit's rule may span non-working
/// days); otherwise the later stages are re-planned from it, pinned ones included (an adoption moves to the next plenary
/// that fits) (<see cref="Planner.Replan"/>, so plenary alignment follows),
/// the visit is marked <see cref="StagePlacement.MovedClearOfTimetable"/>, and the result checked again. The first window that creates
/// no hard conflict is kept; every window tried before it is reported with the detector's conflicts.</para>
/// <para>Only hard conflicts that involve the new review count: conflicts the timetable already had are not the plan's.
/// Stages before the visit are never moved (the review's start is fixed).</para>
/// </remarks>
/// <threadsafety>Immutable after construction; <see cref="Place"/> is safe to call from several threads.</threadsafety>
public sealed class ReviewPlacement
{
    private readonly ConflictDetector detector;

    /// <summary>Initializes a placement with the detector's options.</summary>
    /// <param name="detectorOptions">The detector's options, or <see langword="null"/> for the defaults.</param>
    public ReviewPlacement(ConflictDetectorOptions? detectorOptions = null)
    {
        detector = new ConflictDetector(detectorOptions ?? new ConflictDetectorOptions());
    }

    /// <summary>Gets or sets how many weeks later, at most, the visit may be moved. Default 12; 0 checks the planner's plan only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0 or above 104.</exception>
    public int MaxVisitShiftWeeks
    {
        get;
        init => field = value is >= 0 and <= 104 ? value : throw new ArgumentOutOfRangeException(nameof(MaxVisitShiftWeeks), value, "The visit may move 0 to 104 weeks.");
    } = 12;

    /// <summary>Places <paramref name="plan"/> in <paramref name="timetable"/> as review <paramref name="id"/>.</summary>
    /// <param name="timetable">The existing timetable; it must hold <paramref name="mechanism"/>, <paramref name="cycle"/> and <paramref name="stateUnderReview"/>.</param>
    /// <param name="planner">The planner that made <paramref name="plan"/> (for re-planning after a moved visit).</param>
    /// <param name="plan">The planner's plan.</param>
    /// <param name="id">The new review's id (not yet in the timetable).</param>
    /// <param name="mechanism">The reviewing mechanism.</param>
    /// <param name="cycle">The review cycle.</param>
    /// <param name="stateUnderReview">The State under review.</param>
    /// <returns>The kept plan, its review, the rejected windows and whether it is clear.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TimetableValidationException">The timetable with the review is not valid (e.g. an unknown cycle or a duplicate review id).</exception>
    public ReviewPlacementResult Place(Timetable timetable, Planner planner, StagePlan plan, ReviewId id, MechanismId mechanism, CycleId cycle, CountryCode stateUnderReview)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(plan);
        var rejected = new List<RejectedVisitWindow>();
        var visit = plan.Stages.FirstOrDefault(s => s.Kind == StageKind.CountryVisit);
        for (var week = 0; week <= MaxVisitShiftWeeks; week++)
        {
            StagePlan candidate;
            if (week == 0)
            {
                candidate = plan;
            }
            else if (visit is null)
            {
                break;
            }
            else
            {
                var dates = new DateInterval(visit.Start.PlusWeeks(week), visit.End.PlusWeeks(week));
                var closed = visit.Rule.MaySpanNonWorkingDays ? [] : NonWorkingDays(plan.Calendars, dates);
                if (closed.Count > 0)
                {
                    rejected.Add(new RejectedVisitWindow(visit.Key, ZonedDateRange.FromDates(dates.Start, dates.End, visit.Dates.Zone), [], closed));
                    continue;
                }

                var replanned = planner.ReplanKeeping(plan, [new StageActual(visit.Key, dates)], keepPins: false);
                if (replanned.Violations.Count > 0)
                {
                    rejected.Add(new RejectedVisitWindow(visit.Key, ZonedDateRange.FromDates(dates.Start, dates.End, visit.Dates.Zone), [], [.. replanned.Violations.Select(v => v.Message)]));
                    continue;
                }

                candidate = replanned.Plan.WithPlacement(visit.Key, StagePlacement.MovedClearOfTimetable);
            }

            var review = candidate.ToReview(id, mechanism, cycle, stateUnderReview);
            var conflicts = HardConflictsOf(timetable, review);
            if (conflicts.IsEmpty)
            {
                return new ReviewPlacementResult(candidate, review, rejected, IsClear: true);
            }

            var shown = visit is null ? candidate.Stages[0] : candidate.Stages.First(s => s.Key == visit.Key);
            rejected.Add(new RejectedVisitWindow(shown.Key, shown.Dates, conflicts, []));
            if (visit is null)
            {
                break;
            }
        }

        return new ReviewPlacementResult(plan, plan.ToReview(id, mechanism, cycle, stateUnderReview), rejected, IsClear: false);
    }

    /// <summary>The days of <paramref name="dates"/> the host does not work or the seat is closed, as "Tue 2021-10-26 is National Day in AUT's calendar".</summary>
    private static List<string> NonWorkingDays(PlanningCalendars calendars, DateInterval dates)
    {
        var days = new List<string>();
        foreach (var day in dates)
        {
            var text = NodaTime.Text.LocalDatePattern.Create("ddd uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Format(day);
            if (calendars.Country.NonWorkingDayOn(day) is { } holiday)
            {
                days.Add(text + " is " + holiday.Name + " in the calendar '" + calendars.Country.Name + "'");
            }
            else if (!calendars.Country.IsWorkingDay(day))
            {
                days.Add(text + " is not a working day in the calendar '" + calendars.Country.Name + "'");
            }
            else if (calendars.Seat.NonWorkingDayOn(day) is { } closure)
            {
                days.Add(text + " is " + closure.Name + " at the seat ('" + calendars.Seat.Name + "')");
            }
        }

        return days;
    }

    private ImmutableArray<Conflict> HardConflictsOf(Timetable timetable, CountryReview review)
    {
        var builder = timetable.ToBuilder();
        builder.AddReview(review);
        var ours = review.Stages.Select(s => ConflictItemRef.For(s.Id)).ToHashSet();
        return [.. detector.Detect(builder.Build()).Where(c => c.Severity == ConflictSeverity.Hard && c.Items.Any(ours.Contains))];
    }

}
