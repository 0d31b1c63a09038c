using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>Builds an immutable <see cref="WorkingCalendar"/>.</summary>
/// <remarks>Not thread-safe; build once and share the calendar.</remarks>
public sealed class WorkingCalendarBuilder
{
    private readonly List<WeekendRule> weekendRules = [];
    private readonly Dictionary<LocalDate, NonWorkingDay> nonWorkingDays = [];

    /// <summary>Initializes a new instance of the <see cref="WorkingCalendarBuilder"/> class.</summary>
    /// <param name="name">The calendar's name (a country code, seat or person).</param>
    /// <param name="zone">The zone the calendar's dates are local to.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public WorkingCalendarBuilder(string name, DateTimeZone zone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(zone);
        Name = name;
        Zone = zone;
    }

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets the calendar's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Adds a weekend rule; with no rule the calendar uses Saturday–Sunday.</summary>
    /// <param name="rule">The rule; at most one rule per effective date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule with the same effective date was added already.</exception>
    public WorkingCalendarBuilder AddWeekendRule(WeekendRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (weekendRules.Any(r => r.EffectiveFrom == rule.EffectiveFrom))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' already has a weekend rule effective from {1}.", Name, rule.EffectiveFrom?.ToString() ?? "the beginning"),
                nameof(rule));
        }

        weekendRules.Add(rule);
        return this;
    }

    /// <summary>Adds a public holiday or closure; a second entry for the same date replaces the first (the later source wins).</summary>
    /// <param name="day">The non-working day.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="day"/> is null.</exception>
    public WorkingCalendarBuilder AddNonWorkingDay(NonWorkingDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        nonWorkingDays[day.Date] = day;
        return this;
    }

    /// <summary>Adds a public holiday.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="name">The holiday's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public WorkingCalendarBuilder AddPublicHoliday(LocalDate date, string name) =>
        AddNonWorkingDay(new NonWorkingDay(date, name, NonWorkingDayKind.PublicHoliday));

    /// <summary>Adds a closure for every date of <paramref name="dates"/>.</summary>
    /// <param name="dates">The dates, inclusive.</param>
    /// <param name="name">The closure's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or <paramref name="name"/> is null.</exception>
    public WorkingCalendarBuilder AddClosure(DateInterval dates, string name)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(name);
        foreach (var date in dates)
        {
            AddNonWorkingDay(new NonWorkingDay(date, name, NonWorkingDayKind.Closure));
        }

        return this;
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    public WorkingCalendar Build() => new(Name, Zone, weekendRules, nonWorkingDays.Values);
}
