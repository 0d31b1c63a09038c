using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Planning;

/// <summary>A body's stored meeting pattern (months, first weekday, week of the month, length, seat calendar), used to estimate a plenary when none is published.</summary>
/// <remarks>
/// <para>
/// An estimated meeting in a month of <see cref="Months"/> starts on the <see cref="WeekOfMonth"/>-th <see cref="FirstWeekday"/>
/// of the month (1 = first, -1 = last; <see langword="null"/>: the first) and lasts <see cref="LengthDays"/> consecutive
/// calendar days (or fewer, down to <see cref="ShortestLengthDays"/>), every one of them a working day of <see cref="SeatCalendar"/>
/// (no weekend, no seat holiday or closure).
/// When that week does not fit, the same weekday of the following weeks of the month is tried; a month with no fitting week
/// has no estimate. Dates are local to the seat calendar's zone.
/// </para>
/// <para>The <see cref="Planner"/> uses the first estimate that qualifies when no published plenary does, marks the stage
/// <see cref="StagePlacement.EstimatedPlenary"/> and warns that the dates are an estimate.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PlenaryRhythm
{
    /// <summary>The number of years ahead of the earliest date that <see cref="EstimatesFrom"/> searches.</summary>
    public const int SearchYears = 10;

    /// <summary>Initializes a new instance of the <see cref="PlenaryRhythm"/> class.</summary>
    /// <param name="name">The meeting's name, e.g. "GRECO plenary".</param>
    /// <param name="seatCalendar">The venue's working calendar (its zone, weekends, holidays).</param>
    /// <param name="months">The months 1–12 the meetings fall in; empty for any month.</param>
    /// <param name="firstWeekday">The weekday meetings start on.</param>
    /// <param name="lengthDays">The length in calendar days, 1 to 14.</param>
    /// <param name="weekOfMonth">1 to 5 for the n-th <paramref name="firstWeekday"/> of the month, -1 for the last, or <see langword="null"/> for the first.</param>
    /// <param name="shortestLengthDays">The shortest sourced length, 1 to <paramref name="lengthDays"/>: a week where <paramref name="lengthDays"/> would reach a non-working day takes the longest length from it down to this one that fits; <see langword="null"/> for <paramref name="lengthDays"/> only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seatCalendar"/> or <paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12, <paramref name="firstWeekday"/> is not a day, <paramref name="lengthDays"/> is outside 1–14, <paramref name="weekOfMonth"/> is not 1–5 or -1, or <paramref name="shortestLengthDays"/> is outside 1 to <paramref name="lengthDays"/>.</exception>
    public PlenaryRhythm(string name, WorkingCalendar seatCalendar, IEnumerable<int> months, IsoDayOfWeek firstWeekday, int lengthDays, int? weekOfMonth = null, int? shortestLengthDays = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(seatCalendar);
        ArgumentNullException.ThrowIfNull(months);
        var list = months.Distinct().Order().ToArray();
        if (list.Any(m => m is < 1 or > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(months), string.Join(",", list), "Meeting pattern '" + name + "': months must be 1-12.");
        }

        if (firstWeekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(firstWeekday), firstWeekday, "Meeting pattern '" + name + "': the first weekday must be Monday to Sunday.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lengthDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lengthDays, 14);
        if (weekOfMonth is { } w && w is not (-1 or (>= 1 and <= 5)))
        {
            throw new ArgumentOutOfRangeException(nameof(weekOfMonth), w, "Meeting pattern '" + name + "': the week of the month must be 1-5 or -1 (last).");
        }

        if (shortestLengthDays is { } shortest)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(shortest, 1, nameof(shortestLengthDays));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(shortest, lengthDays, nameof(shortestLengthDays));
        }

        ShortestLengthDays = shortestLengthDays ?? lengthDays;
        Name = name;
        SeatCalendar = seatCalendar;
        Months = list;
        FirstWeekday = firstWeekday;
        LengthDays = lengthDays;
        WeekOfMonth = weekOfMonth;
    }

    /// <summary>Gets the meeting's name.</summary>
    public string Name { get; }

    /// <summary>Gets the venue's working calendar; its zone is the estimate's zone.</summary>
    public WorkingCalendar SeatCalendar { get; }

    /// <summary>Gets the months (1–12, ascending) meetings fall in; empty for any month.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>Gets the weekday meetings start on.</summary>
    public IsoDayOfWeek FirstWeekday { get; }

    /// <summary>Gets the (longest) length in calendar days.</summary>
    public int LengthDays { get; }

    /// <summary>Gets the shortest length in calendar days a week may take when <see cref="LengthDays"/> does not fit.</summary>
    public int ShortestLengthDays { get; }

    /// <summary>Gets the week of the month (1–5, -1 for the last), or <see langword="null"/> for the first.</summary>
    public int? WeekOfMonth { get; }

    /// <summary>Gets the estimated meetings whose first day is on or after <paramref name="earliest"/>, in date order, at most one a month, for <see cref="SearchYears"/> years.</summary>
    /// <param name="earliest">The earliest first day.</param>
    /// <returns>The estimates as inclusive date ranges in the seat calendar's zone.</returns>
    /// <exception cref="CalendarCoverageException">The seat calendar's holiday data does not cover a date examined.</exception>
    public IEnumerable<ZonedDateRange> EstimatesFrom(LocalDate earliest)
    {
        var month = new YearMonth(earliest.Year, earliest.Month);
        var last = month.PlusMonths(12 * SearchYears);
        for (; month <= last; month = month.PlusMonths(1))
        {
            if (Months.Count > 0 && !Months.Contains(month.Month))
            {
                continue;
            }

            foreach (var first in Candidates(month))
            {
                if (first >= earliest && Fits(first) is { } length)
                {
                    yield return ZonedDateRange.FromDates(first, first.PlusDays(length - 1), SeatCalendar.Zone);
                    break;
                }
            }
        }
    }

    /// <summary>Formats as <c>GRECO plenary: Monday of week 3, 5 days, months 3,6,10,12, Europe/Paris</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: {1} of week {2}, {3} days, months {4}, {5}",
        Name,
        FirstWeekday,
        WeekOfMonth is -1 ? "last" : (WeekOfMonth ?? 1).ToString(CultureInfo.InvariantCulture),
        LengthDays,
        Months.Count == 0 ? "any" : string.Join(",", Months),
        SeatCalendar.Zone.Id);

    private IEnumerable<LocalDate> Candidates(YearMonth month)
    {
        var firstOfMonth = month.OnDayOfMonth(1);
        var first = firstOfMonth.DayOfWeek == FirstWeekday ? firstOfMonth : firstOfMonth.Next(FirstWeekday);
        var lastOfMonth = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var start = WeekOfMonth switch
        {
            -1 => lastOfMonth.DayOfWeek == FirstWeekday ? lastOfMonth : lastOfMonth.Previous(FirstWeekday),
            { } n => first.PlusWeeks(n - 1),
            null => first,
        };
        for (var d = start; d <= lastOfMonth; d = d.PlusWeeks(1))
        {
            yield return d;
        }
    }

    /// <summary>The longest length from <see cref="LengthDays"/> down to <see cref="ShortestLengthDays"/> whose days are all working days, or <see langword="null"/>.</summary>
    private int? Fits(LocalDate first)
    {
        var run = 0;
        while (run < LengthDays && SeatCalendar.IsWorkingDay(first.PlusDays(run)))
        {
            run++;
        }

        return run >= ShortestLengthDays ? run : null;
    }
}
