using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>Places a stage on the next plenary that starts at least <see cref="MinimumGap"/> after the stage's anchor date.</summary>
/// <remarks>
/// <para>
/// Examples: GRECO adopts an evaluation report at the next plenary at least about four months after the on-site visit;
/// the OECD WGB adopts a Phase 4 report at a plenary about four to six months after the visit (REVIEW-MECHANISMS.md §8.2, §8.3).
/// The plenaries themselves are passed to <see cref="Planner.Plan"/> as date ranges in the seat's zone.
/// </para>
/// <para>
/// The earliest acceptable start is the anchor date plus <see cref="MinimumGap"/> (working days in the responsible
/// party's calendar). The first plenary (by start date) whose first stage date (its start, or its start less the lead working days) is on or after it is
/// chosen. With <see cref="LeadWorkingDays"/> zero the stage takes the plenary's dates; otherwise it takes the
/// <see cref="LeadWorkingDays"/> working days (of the responsible party's calendar) immediately before the plenary's
/// first day (MESICIC review subgroups meet on the two working days before the plenary: 3–4 March 2005 before 7–12 March 2005).
/// When <see cref="MaximumGap"/> is set and the chosen plenary starts after anchor + maximum gap, the plan carries a warning.
/// When no plenary qualifies, the stage falls back to its offset and duration and the plan carries a warning.
/// </para>
/// </remarks>
/// <param name="MinimumGap">The least time between the anchor date and the plenary's start; must not be negative.</param>
/// <param name="MaximumGap">The most time expected between the anchor date and the plenary's start, or <see langword="null"/>.</param>
/// <param name="LeadWorkingDays">Zero to take the plenary's own dates, or the number of working days immediately before it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlenaryAlignment(StageSpan MinimumGap, StageSpan? MaximumGap = null, int LeadWorkingDays = 0);
