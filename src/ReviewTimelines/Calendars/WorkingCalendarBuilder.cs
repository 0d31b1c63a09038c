using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>Builds an immutable <see cref="WorkingCalendar"/>.</summary>
/// <remarks>
/// Settings are validated as they are added; <see cref="Build"/> copies them, so the builder can be reused and the
/// calendar never changes afterwards. With no weekend rule the calendar uses Saturday–Sunday; with no working hours
/// <see cref="WorkingCalendar.ExpandWorkingHours(DateInterval)"/> throws; local times resolve leniently unless
/// <see cref="WithLocalTimeResolution"/> says otherwise.
/// </remarks>
/// <threadsafety>Not thread-safe; build once and share the calendar.</threadsafety>
public sealed class WorkingCalendarBuilder
{
    private readonly List<WeekendRule> weekendRules = [];
    private readonly Dictionary<LocalDate, NonWorkingDay> nonWorkingDays = [];
    private readonly List<SoftPeriod> softPeriods = [];
    private readonly List<WorkingHours> workingHours = [];
    private readonly Dictionary<LocalDate, WorkingHoursRange[]> workingHoursOverrides = [];
    private readonly List<HolidayCoverage> coverage = [];
    private LocalTimeResolution resolution = LocalTimeResolution.Lenient;

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
    /// <param name="rule">The rule; at most one rule per effective date (a rule with no date counts as effective from <see cref="LocalDate.MinIsoValue"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule with the same effective date was added already, or the date is not an ISO date.</exception>
    public WorkingCalendarBuilder AddWeekendRule(WeekendRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var from = rule.EffectiveFrom ?? LocalDate.MinIsoValue;
        WorkingCalendar.CheckIso(from, nameof(rule));
        if (weekendRules.Any(r => (r.EffectiveFrom ?? LocalDate.MinIsoValue) == from))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' already has a weekend rule effective from {1}.", Name, rule.EffectiveFrom is { } date ? LocalDatePattern.Iso.Format(date) : "the beginning"),
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
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    public WorkingCalendarBuilder AddPublicHoliday(LocalDate date, string name) =>
        AddNonWorkingDay(new NonWorkingDay(date, name, NonWorkingDayKind.PublicHoliday));

    /// <summary>Adds a closure for every date of <paramref name="dates"/>.</summary>
    /// <param name="dates">The dates, inclusive.</param>
    /// <param name="name">The closure's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar system.</exception>
    public WorkingCalendarBuilder AddClosure(DateInterval dates, string name)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(name);
        WorkingCalendar.CheckIso(dates.Start, nameof(dates));
        foreach (var date in dates)
        {
            AddNonWorkingDay(new NonWorkingDay(date, name, NonWorkingDayKind.Closure));
        }

        return this;
    }

    /// <summary>Adds every non-working day that <paramref name="source"/> lists within <paramref name="dates"/>.</summary>
    /// <remarks>
    /// The source is asked once and its answer copied; the calendar knows nothing of holidays outside
    /// <paramref name="dates"/> from this source, and says so: <paramref name="dates"/> becomes the source's
    /// <see cref="WorkingCalendar.HolidayCoverage"/>, and questions about other dates throw
    /// <see cref="CalendarCoverageException"/> (or warn, through <see cref="WorkingCalendar.Answer{T}"/>). A date listed
    /// again (by this or another source) replaces the earlier entry.
    /// </remarks>
    /// <param name="source">The holiday data.</param>
    /// <param name="dates">The local dates the calendar must cover, end inclusive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar system.</exception>
    /// <exception cref="InvalidOperationException">The source returned null, a null item, or a day outside <paramref name="dates"/>; nothing from it is added.</exception>
    public WorkingCalendarBuilder AddHolidays(IHolidaySource source, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dates);
        WorkingCalendar.CheckIso(dates.Start, nameof(dates));
        var days = source.NonWorkingDaysIn(dates) ??
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Holiday source '{0}' returned null.", source.Name));
        var accepted = new List<NonWorkingDay>();
        foreach (var day in days)
        {
            if (day is null || !dates.Contains(day.Date))
            {
                throw new InvalidOperationException(
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "Holiday source '{0}' returned {1} when asked for {2}/{3}.",
                        source.Name,
                        day?.ToString() ?? "a null day",
                        LocalDatePattern.Iso.Format(dates.Start),
                        LocalDatePattern.Iso.Format(dates.End)));
            }

            accepted.Add(day);
        }

        accepted.ForEach(d => AddNonWorkingDay(d));
        coverage.Add(new HolidayCoverage(source.Name, dates));
        return this;
    }

    /// <summary>Declares that the holidays and closures of <paramref name="source"/> added to this builder are complete for <paramref name="dates"/>.</summary>
    /// <remarks>
    /// For days added one by one (<see cref="AddPublicHoliday"/>, <see cref="AddClosure"/>), e.g. from a file. A calendar
    /// covers a date when every declared source covers it; a source may be declared for several ranges. See
    /// <see cref="WorkingCalendar.HolidayCoverage"/>: "2021 public holidays" declared for 2021 makes a question about 2022 an
    /// error naming the calendar and 2022, instead of a silent answer without 2022's holidays.
    /// </remarks>
    /// <param name="source">The source's name.</param>
    /// <param name="dates">The local dates it covers, end inclusive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null, empty or white space, or <paramref name="dates"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public WorkingCalendarBuilder DeclareHolidayCoverage(string source, DateInterval dates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(dates);
        WorkingCalendar.CheckIso(dates.Start, nameof(dates));
        coverage.Add(new HolidayCoverage(source, dates));
        return this;
    }

    /// <summary>Adds a soft period (Ramadan, an election period).</summary>
    /// <param name="period">The period, in the calendar's local dates.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public WorkingCalendarBuilder AddSoftPeriod(SoftPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        softPeriods.Add(period);
        return this;
    }

    /// <summary>Adds a weekly working-hours pattern.</summary>
    /// <param name="hours">The pattern; at most one per effective date (no date counts as <see cref="LocalDate.MinIsoValue"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    /// <exception cref="ArgumentException">A pattern with the same effective date was added already.</exception>
    public WorkingCalendarBuilder AddWorkingHours(WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var from = hours.EffectiveFrom ?? LocalDate.MinIsoValue;
        if (workingHours.Any(h => (h.EffectiveFrom ?? LocalDate.MinIsoValue) == from))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' already has working hours effective from {1}.", Name, hours.EffectiveFrom is { } date ? LocalDatePattern.Iso.Format(date) : "the beginning"),
                nameof(hours));
        }

        workingHours.Add(hours);
        return this;
    }

    /// <summary>Sets the working hours of one local date, replacing the weekly pattern on that date (the last call for a date wins).</summary>
    /// <remarks>An empty list means no hours that day, although it stays a working day for date arithmetic.</remarks>
    /// <param name="date">The local date the spans start on.</param>
    /// <param name="spans">The spans; they must not overlap.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, or two spans overlap.</exception>
    public WorkingCalendarBuilder SetWorkingHoursOn(LocalDate date, IEnumerable<WorkingHoursRange> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        WorkingCalendar.CheckIso(date, nameof(date));
        var pattern = new WorkingHours(null, spans.Select(s => KeyValuePair.Create(date.DayOfWeek, s)));
        workingHoursOverrides[date] = [.. pattern.On(date.DayOfWeek)];
        return this;
    }

    /// <summary>Sets the policy for working-hours times that a zone transition skips or repeats (default lenient).</summary>
    /// <param name="value">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public WorkingCalendarBuilder WithLocalTimeResolution(LocalTimeResolution value)
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown local time resolution.");
        }

        resolution = value;
        return this;
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    public WorkingCalendar Build() =>
        new(Name, Zone, weekendRules, nonWorkingDays.Values, softPeriods, workingHours, workingHoursOverrides, resolution, coverage);
}
