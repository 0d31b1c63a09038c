using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Planning;

/// <summary>An amount of time in one <see cref="PlanningUnit"/>: the offset or duration of a stage rule.</summary>
/// <remarks>
/// <para>
/// Calendar units move local dates with NodaTime's <see cref="LocalDate"/> arithmetic: days and weeks exactly, months
/// with <see cref="LocalDate.PlusMonths(int)"/>, which clamps the day of month to the target month's length
/// (2021-01-31 plus one month is 2021-02-28; 2024-01-31 plus one month is 2024-02-29). Working days use the
/// responsible party's <see cref="WorkingCalendar.AddWorkingDays(LocalDate, int)"/>: the n-th working day after a date.
/// </para>
/// <para>A span may hold a negative amount as a value; rule sets reject negative offsets and durations.
/// <c>default</c> is zero calendar days.</para>
/// </remarks>
/// <param name="Amount">The number of units.</param>
/// <param name="Unit">The unit.</param>
/// <threadsafety>Immutable value; safe to share between threads.</threadsafety>
public readonly record struct StageSpan(int Amount, PlanningUnit Unit)
{
    /// <summary>Gets the zero span (zero calendar days).</summary>
    public static StageSpan Zero => default;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0;

    /// <summary>Creates a span of calendar days.</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The span.</returns>
    public static StageSpan FromDays(int days) => new(days, PlanningUnit.CalendarDays);

    /// <summary>Creates a span of weeks.</summary>
    /// <param name="weeks">The number of weeks.</param>
    /// <returns>The span.</returns>
    public static StageSpan FromWeeks(int weeks) => new(weeks, PlanningUnit.Weeks);

    /// <summary>Creates a span of calendar months.</summary>
    /// <param name="months">The number of months.</param>
    /// <returns>The span.</returns>
    public static StageSpan FromMonths(int months) => new(months, PlanningUnit.Months);

    /// <summary>Creates a span of working days of the responsible party's calendar.</summary>
    /// <param name="days">The number of working days.</param>
    /// <returns>The span.</returns>
    public static StageSpan FromWorkingDays(int days) => new(days, PlanningUnit.WorkingDays);

    /// <summary>Moves <paramref name="date"/> forward by this span.</summary>
    /// <remarks>Months clamp the day of month (see the type remarks). Working days give the <see cref="Amount"/>-th
    /// working day after <paramref name="date"/> in <paramref name="calendar"/>; zero returns the date unchanged.</remarks>
    /// <param name="date">The date to move from.</param>
    /// <param name="calendar">The calendar for working-day units.</param>
    /// <returns>The date reached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result leaves NodaTime's date range.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Unit"/> is not a defined value.</exception>
    public LocalDate AddTo(LocalDate date, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            PlanningUnit.CalendarDays => date.PlusDays(Amount),
            PlanningUnit.Weeks => date.PlusWeeks(Amount),
            PlanningUnit.Months => date.PlusMonths(Amount),
            PlanningUnit.WorkingDays => calendar.AddWorkingDays(date, Amount),
            _ => throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Unknown planning unit {0}.", Unit)),
        };
    }

    /// <summary>Gets the inclusive range of dates this span covers when it starts on <paramref name="start"/>.</summary>
    /// <remarks>
    /// Calendar units: the exclusive end is <c>start + span</c>, so the inclusive end is the day before
    /// (a 3-day span from 1 March covers 1–3 March; one month from 31 January covers 31 January to 27 February because
    /// the exclusive end clamps to 28 February). Working days: <see cref="WorkingCalendar.WorkingDaysFrom(LocalDate, int)"/>,
    /// which starts on the first working day on or after <paramref name="start"/>.
    /// </remarks>
    /// <param name="start">The first date.</param>
    /// <param name="calendar">The calendar for working-day units.</param>
    /// <returns>The inclusive date range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Amount"/> is not positive, or <see cref="Unit"/> is not a defined value.</exception>
    public DateInterval CoverFrom(LocalDate start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Amount <= 0)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "A date range needs a positive span, not {0}.", Amount));
        }

        return Unit == PlanningUnit.WorkingDays
            ? calendar.WorkingDaysFrom(start, Amount)
            : new DateInterval(start, AddTo(start, calendar).PlusDays(-1));
    }

    /// <summary>Formats as ISO-8601 for calendar units (<c>P3D</c>, <c>P2W</c>, <c>P1M</c>) and as <c>5 working days</c> otherwise.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Unit switch
    {
        PlanningUnit.CalendarDays => string.Format(CultureInfo.InvariantCulture, "P{0}D", Amount),
        PlanningUnit.Weeks => string.Format(CultureInfo.InvariantCulture, "P{0}W", Amount),
        PlanningUnit.Months => string.Format(CultureInfo.InvariantCulture, "P{0}M", Amount),
        PlanningUnit.WorkingDays => string.Format(CultureInfo.InvariantCulture, "{0} working days", Amount),
        _ => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Amount, Unit),
    };
}
