using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>The working days of a country, a seat or a person: a time zone, date-effective weekend rules, public holidays and closures.</summary>
/// <remarks>
/// <para>
/// All dates are local dates in <see cref="Zone"/>. A date is a working day unless the weekend rule in force on that
/// date names its day of the week, or it is a public holiday or closure. No country's rules are built in: holidays
/// and weekend rules come in as data (see <see cref="WorkingCalendarBuilder"/>).
/// </para>
/// <para>
/// Working-day arithmetic never loops without bound: every weekend rule leaves at least one working day a week and
/// the holidays and closures are finite, so each step visits at most a week plus the number of non-working dates.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WorkingCalendar
{
    private readonly WeekendRule[] weekendRules;
    private readonly FrozenDictionary<LocalDate, NonWorkingDay> nonWorkingDays;

    internal WorkingCalendar(string name, DateTimeZone zone, IEnumerable<WeekendRule> weekendRules, IEnumerable<NonWorkingDay> nonWorkingDays)
    {
        Name = name;
        Zone = zone;
        this.weekendRules = weekendRules.OrderBy(r => r.EffectiveFrom ?? LocalDate.MinIsoValue).ToArray();
        this.nonWorkingDays = nonWorkingDays.ToFrozenDictionary(d => d.Date);
        NonWorkingDays = this.nonWorkingDays.Values.OrderBy(d => d.Date).ToArray();
    }

    /// <summary>Gets the calendar's name (e.g. an ISO 3166-1 alpha-3 code, a seat or a person).</summary>
    public string Name { get; }

    /// <summary>Gets the zone the calendar's dates and hours are local to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the weekend rules, ordered by effective date (a rule with no date first).</summary>
    public IReadOnlyList<WeekendRule> WeekendRules => weekendRules;

    /// <summary>Gets the public holidays and closures, ordered by date.</summary>
    public IReadOnlyList<NonWorkingDay> NonWorkingDays { get; }

    /// <summary>Gets the weekend rule in force on <paramref name="date"/>: the last rule whose effective date is on or before it.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The rule; Saturday–Sunday when no rule is in force yet.</returns>
    public WeekendRule WeekendRuleOn(LocalDate date)
    {
        WeekendRule? found = null;
        foreach (var rule in weekendRules)
        {
            if (rule.EffectiveFrom is null || rule.EffectiveFrom <= date)
            {
                found = rule;
            }
            else
            {
                break;
            }
        }

        return found ?? WeekendRule.SaturdaySunday;
    }

    /// <summary>Tells whether <paramref name="date"/> is a weekend day under the rule in force on that date.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a weekend day.</returns>
    public bool IsWeekend(LocalDate date) => WeekendRuleOn(date).IsWeekend(date.DayOfWeek);

    /// <summary>Gets the public holiday or closure on <paramref name="date"/>, if any.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The non-working day, or <see langword="null"/>.</returns>
    public NonWorkingDay? NonWorkingDayOn(LocalDate date) => nonWorkingDays.GetValueOrDefault(date);

    /// <summary>Tells whether <paramref name="date"/> is a working day: not a weekend day, public holiday or closure.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => !IsWeekend(date) && !nonWorkingDays.ContainsKey(date);

    /// <summary>Moves <paramref name="days"/> working days from <paramref name="date"/>.</summary>
    /// <remarks>
    /// The start date itself is not counted: the result is the <paramref name="days"/>-th working day after
    /// (or, for a negative count, before) <paramref name="date"/>. Zero returns <paramref name="date"/> unchanged,
    /// working day or not. Thus <c>CountWorkingDays(date + 1 day .. AddWorkingDays(date, n)) == n</c> for n &gt; 0.
    /// </remarks>
    /// <param name="date">The start date.</param>
    /// <param name="days">The number of working days; negative moves back.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would leave NodaTime's supported date range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var remaining = Math.Abs((long)days);
        var current = date;
        while (remaining > 0)
        {
            current = current.PlusDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>Gets the dates spanned by <paramref name="days"/> working days counted from <paramref name="start"/> inclusive.</summary>
    /// <remarks>
    /// The span starts on the first working day on or after <paramref name="start"/> and ends on the
    /// <paramref name="days"/>-th working day (inclusive). A 5-working-day stage starting Sunday 2025-06-08 in a
    /// Friday–Saturday country spans 8 to 12 June (field case BC-25).
    /// </remarks>
    /// <param name="start">The first candidate date.</param>
    /// <param name="days">The number of working days; at least 1.</param>
    /// <returns>The inclusive date interval from the first to the last working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public DateInterval WorkingDaysFrom(LocalDate start, int days)
    {
        if (days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "A span of working days needs at least one day.");
        }

        var first = Roll(start, DeadlineRoll.NextWorkingDay);
        return new DateInterval(first, AddWorkingDays(first, days - 1));
    }

    /// <summary>Counts the working days in <paramref name="dates"/> (both ends inclusive).</summary>
    /// <param name="dates">The dates.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public int CountWorkingDays(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var count = 0;
        foreach (var date in dates)
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Rolls <paramref name="date"/> to a working day by <paramref name="rule"/>; a working day is returned unchanged (idempotent).</summary>
    /// <param name="date">The date.</param>
    /// <param name="rule">The roll rule.</param>
    /// <returns>The rolled date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value.</exception>
    public LocalDate Roll(LocalDate date, DeadlineRoll rule)
    {
        var step = rule switch
        {
            DeadlineRoll.None => 0,
            DeadlineRoll.NextWorkingDay => 1,
            DeadlineRoll.PreviousWorkingDay => -1,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deadline roll rule."),
        };
        var current = date;
        while (step != 0 && !IsWorkingDay(current))
        {
            current = current.PlusDays(step);
        }

        return current;
    }

    /// <summary>Gets the instant a deadline "by <paramref name="date"/>" expires: the end of that local day (after rolling), i.e. the start of the next day in <see cref="Zone"/>.</summary>
    /// <param name="date">The deadline date.</param>
    /// <param name="rule">How a non-working deadline date rolls.</param>
    /// <returns>The exclusive expiry instant: "by 15 March" is 16 March 00:00 local (design §3).</returns>
    public Instant DeadlineInstant(LocalDate date, DeadlineRoll rule) => Roll(date, rule).PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>Formats as <c>AUT (Europe/Vienna)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Name, Zone.Id);

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
