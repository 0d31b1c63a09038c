using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Calendars;

/// <summary>The working days and hours of a country, a seat or a person: a time zone, date-effective weekend rules, public holidays, closures, soft periods and working hours.</summary>
/// <remarks>
/// <para>
/// All dates are local dates in <see cref="Zone"/>, in the ISO calendar system. A date is a working day unless the
/// weekend rule in force on that date names its day of the week, it is a public holiday or closure, or the zone skips it
/// entirely (Pacific/Apia skipped 2011-12-30: no working hours, not counted; its neighbours are unchanged). No country's
/// rules are built in: weekend rules, holidays (see <see cref="IHolidaySource"/>), soft periods and working hours come
/// in as data through <see cref="WorkingCalendarBuilder"/>.
/// </para>
/// <para>
/// Working-day arithmetic is done on local dates, never by adding 24-hour durations, so it is unaffected by DST.
/// It never loops without bound: every weekend rule leaves at least one working day a week, the holidays and closures
/// are finite, and long moves skip whole weeks inside one weekend rule. Results that would leave NodaTime's ISO date
/// range (<see cref="LocalDate.MinIsoValue"/> to <see cref="LocalDate.MaxIsoValue"/>) throw
/// <see cref="ArgumentOutOfRangeException"/> naming the argument that led there.
/// </para>
/// <para>
/// Instants are derived in exactly two places: <see cref="DeadlineInstant"/> (the end of a local day, design §3) and
/// <see cref="ExpandWorkingHours(DateInterval)"/>, which resolves wall-clock times with <see cref="Resolution"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WorkingCalendar : IEquatable<WorkingCalendar>
{
    private const int AllDaysMask = 0b1111_1110;
    private const int CacheFirstYear = 1900;
    private const int CacheLastYear = 2200;

    private readonly WeekendRule[] weekendRules;
    private readonly FrozenDictionary<LocalDate, NonWorkingDay> nonWorkingDays;

    // Weekend rule segments: segment i applies from segmentStarts[i] (inclusive) to segmentStarts[i + 1] (exclusive).
    // Segment 0 starts at LocalDate.MinIsoValue (Saturday–Sunday when the first rule has an effective date).
    private readonly LocalDate[] segmentStarts;
    private readonly WeekendRule[] segmentRules;
    private readonly int[] segmentWeekendMasks;
    private readonly int[] segmentWorkingDaysPerWeek;

    // Holidays, closures and dates the zone skips that fall on a day the weekend rule would have worked, sorted.
    private readonly LocalDate[] extraDaysOff;

    // Local dates the zone skips entirely (no working hours, no working day), sorted.
    private readonly LocalDate[] skippedDates;

    // Precomputed non-working flags (bit set = not a working day) for the years around the calendar's data, indexed by
    // DateOnly.DayNumber - cacheStart; dates outside fall back to the segment scan and hash lookup.
    private readonly int cacheStart;
    private readonly int cacheLength;
    private readonly ulong[] nonWorkingBits;

    private readonly WorkingHours[] workingHours;
    private readonly FrozenDictionary<LocalDate, WorkingHoursRange[]> workingHoursOverrides;
    private readonly SoftPeriod[] softPeriods;

    // Declared holiday coverage, per source; and the dates every source covers (sorted, disjoint). No declaration: no check.
    private readonly HolidayCoverage[] coverage;
    private readonly DateInterval[] covered;

    // Set only on the short-lived views of Answer: an uncovered question is recorded there instead of throwing.
    private List<CoverageGap>? gaps;

    internal WorkingCalendar(
        string name,
        DateTimeZone zone,
        IEnumerable<WeekendRule> weekendRules,
        IEnumerable<NonWorkingDay> nonWorkingDays,
        IEnumerable<SoftPeriod> softPeriods,
        IEnumerable<WorkingHours> workingHours,
        IEnumerable<KeyValuePair<LocalDate, WorkingHoursRange[]>> workingHoursOverrides,
        LocalTimeResolution resolution,
        IEnumerable<HolidayCoverage> coverage)
    {
        Name = name;
        Zone = zone;
        Resolution = resolution;
        this.weekendRules = [.. weekendRules.OrderBy(r => r.EffectiveFrom ?? LocalDate.MinIsoValue)];
        this.nonWorkingDays = nonWorkingDays.ToFrozenDictionary(d => d.Date);
        NonWorkingDays = Array.AsReadOnly(this.nonWorkingDays.Values.OrderBy(d => d.Date).ToArray());

        var rules = new List<WeekendRule>();
        if (this.weekendRules.Length == 0 || this.weekendRules[0].EffectiveFrom is not null)
        {
            rules.Add(WeekendRule.SaturdaySunday);
        }

        rules.AddRange(this.weekendRules);
        segmentRules = [.. rules];
        segmentStarts = [.. rules.Select(r => r.EffectiveFrom ?? LocalDate.MinIsoValue)];
        segmentWeekendMasks = [.. rules.Select(r => r.WeekendDays.Aggregate(0, (mask, day) => mask | (1 << (int)day)))];
        segmentWorkingDaysPerWeek = [.. rules.Select(r => 7 - r.WeekendDays.Count)];
        skippedDates = SkippedDays.Of(zone);
        extraDaysOff = [.. NonWorkingDays.Select(d => d.Date).Concat(skippedDates).Where(d => !IsWeekendCore(d)).Distinct().Order()];
        (cacheStart, cacheLength, nonWorkingBits) = BuildCache();

        this.workingHours = [.. workingHours.OrderBy(h => h.EffectiveFrom ?? LocalDate.MinIsoValue)];
        this.workingHoursOverrides = workingHoursOverrides.ToFrozenDictionary();
        WorkingHoursOverrides = this.workingHoursOverrides
            .ToImmutableSortedDictionary(p => p.Key, p => (IReadOnlyList<WorkingHoursRange>)Array.AsReadOnly(p.Value));
        this.softPeriods = [.. softPeriods.OrderBy(p => p.Dates.Start).ThenBy(p => p.Dates.End).ThenBy(p => p.Name, StringComparer.Ordinal)];
        this.coverage = [.. coverage.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Dates.Start).ThenBy(c => c.Dates.End)];
        covered = CoverageRanges.Covered(this.coverage);
    }

    /// <summary>Gets the calendar's name (e.g. an ISO 3166-1 alpha-3 code, a seat or a person).</summary>
    public string Name { get; }

    /// <summary>Gets the zone the calendar's dates and hours are local to (the owner's zone).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the policy that turns working-hours wall-clock times into instants (lenient unless the builder set strict).</summary>
    public LocalTimeResolution Resolution { get; }

    /// <summary>Gets the weekend rules, ordered by effective date (a rule with no date first).</summary>
    public IReadOnlyList<WeekendRule> WeekendRules => Array.AsReadOnly(weekendRules);

    /// <summary>Gets the public holidays and closures, ordered by date.</summary>
    public IReadOnlyList<NonWorkingDay> NonWorkingDays { get; }

    /// <summary>Gets the soft periods, ordered by start date, end date, then name (ordinal).</summary>
    public IReadOnlyList<SoftPeriod> SoftPeriods => Array.AsReadOnly(softPeriods);

    /// <summary>Gets the weekly working-hours patterns, ordered by effective date (a pattern with no date first).</summary>
    public IReadOnlyList<WorkingHours> WorkingHoursPatterns => Array.AsReadOnly(workingHours);

    /// <summary>Gets the per-date working-hours overrides (<see cref="WorkingCalendarBuilder.SetWorkingHoursOn"/>), enumerated in date order; each list is ordered by start time and may be empty (no hours that day).</summary>
    public IReadOnlyDictionary<LocalDate, IReadOnlyList<WorkingHoursRange>> WorkingHoursOverrides { get; }

    /// <summary>Gets a value indicating whether the calendar has any working hours (a pattern or a per-date override).</summary>
    public bool HasWorkingHours => workingHours.Length > 0 || workingHoursOverrides.Count > 0;

    /// <summary>Gets the dates the holiday and closure data covers, per source, ordered by source name then dates.</summary>
    /// <remarks>
    /// Declared by <see cref="WorkingCalendarBuilder.AddHolidays"/> (the dates asked of the source) and
    /// <see cref="WorkingCalendarBuilder.DeclareHolidayCoverage"/>. A date is covered when every source covers it. When the
    /// list is not empty, working-day arithmetic, rolls, deadlines and working-hours expansion that touch an uncovered
    /// date throw <see cref="CalendarCoverageException"/> naming the calendar and the missing years, or, through
    /// <see cref="Answer{T}"/>, proceed and return the gap as a warning. An empty list declares nothing and is not checked
    /// (a calendar built without holiday data, such as a weekend-only calendar).
    /// </remarks>
    public IReadOnlyList<HolidayCoverage> HolidayCoverage => Array.AsReadOnly(coverage);

    /// <summary>Gets the dates every declared source covers (sorted, disjoint, ends inclusive); empty when none is declared, or when the sources share no date.</summary>
    public IReadOnlyList<DateInterval> CoveredDates => Array.AsReadOnly(covered);

    /// <summary>Gets the ISO years of <paramref name="dates"/> that the holiday data does not cover (see <see cref="HolidayCoverage"/>).</summary>
    /// <param name="dates">The dates, end inclusive.</param>
    /// <returns>The missing years, ascending; empty when all are covered or the calendar declares no coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public IReadOnlyList<int> UncoveredYears(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return coverage.Length == 0 ? [] : CoverageRanges.MissingYears(covered, dates);
    }

    /// <summary>Asks the calendar a question that may reach outside its holiday coverage, and answers it with a warning instead of an exception.</summary>
    /// <remarks>
    /// <paramref name="question"/> gets a view of this calendar that answers every question as this calendar does, treating
    /// uncovered dates as having no holidays or closures, and records each uncovered question. Do not keep the view.
    /// <c>calendar.Answer(c =&gt; c.AddWorkingDays(new LocalDate(2021, 12, 28), 5))</c> on a calendar covering 2021 only
    /// gives the date and a warning naming the calendar and 2022.
    /// </remarks>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="question">The question, asked of the view.</param>
    /// <returns>The answer and one warning per distinct uncovered question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    public CalendarAnswer<T> Answer<T>(Func<WorkingCalendar, T> question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var view = (WorkingCalendar)MemberwiseClone();
        view.gaps = [];
        var value = question(view);
        return new CalendarAnswer<T>(value, [.. view.gaps.DistinctBy(g => g.Message)]);
    }

    /// <summary>Gets the weekend rule in force on <paramref name="date"/>: the last rule whose effective date is on or before it.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The rule; Saturday–Sunday when no rule is in force yet.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public WeekendRule WeekendRuleOn(LocalDate date) => segmentRules[SegmentOf(CheckIso(date, nameof(date)))];

    /// <summary>Tells whether <paramref name="date"/> is a weekend day under the rule in force on that date.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a weekend day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public bool IsWeekend(LocalDate date) => IsWeekendCore(CheckIso(date, nameof(date)));

    /// <summary>Gets the public holiday or closure on <paramref name="date"/>, if any.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The non-working day, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public NonWorkingDay? NonWorkingDayOn(LocalDate date) => nonWorkingDays.GetValueOrDefault(CheckIso(date, nameof(date)));

    /// <summary>Tells whether <paramref name="date"/> is a working day: not a weekend day, public holiday or closure, and a date the zone does not skip.</summary>
    /// <remarks>
    /// Constant time and allocation-free, for hot paths such as conflict detection: one bit lookup in flags precomputed
    /// at build time for 2000–2040 widened to every year (1900–2200) that holds a weekend-rule change or a holiday;
    /// other dates scan the (few) weekend rules and look the date up in a hash table.
    /// </remarks>
    /// <param name="date">The local date.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the declared <see cref="HolidayCoverage"/>.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        CheckIso(date, nameof(date));
        if (coverage.Length != 0)
        {
            CheckCovered(date, date);
        }

        return IsWorkingDayCore(date);
    }

    /// <summary>Moves <paramref name="days"/> working days from <paramref name="date"/>.</summary>
    /// <remarks>
    /// The start date itself is not counted: the result is the <paramref name="days"/>-th working day after
    /// (or, for a negative count, before) <paramref name="date"/>. Zero returns <paramref name="date"/> unchanged,
    /// working day or not. Thus <c>CountWorkingDays(date + 1 day .. AddWorkingDays(date, n)) == n</c> for n &gt; 0,
    /// and <c>AddWorkingDays(AddWorkingDays(d, n), -n) == d</c> for a working day d. Large counts skip whole weeks.
    /// </remarks>
    /// <param name="date">The start date.</param>
    /// <param name="days">The number of working days; negative moves back.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is so large that the result would leave NodaTime's ISO date range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        CheckIso(date, nameof(date));
        var remaining = Math.Abs((long)days);
        var current = date;
        var forward = days > 0;
        while (remaining > 0)
        {
            if (current == (forward ? LocalDate.MaxIsoValue : LocalDate.MinIsoValue))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(days),
                    days,
                    string.Format(CultureInfo.InvariantCulture, "Moving {0} working days from {1} in calendar '{2}' leaves the supported date range.", days, Format(date), Name));
            }

            var next = current.PlusDays(forward ? 1 : -1);
            var segment = SegmentOf(next);
            var perWeek = segmentWorkingDaysPerWeek[segment];
            if (remaining > perWeek)
            {
                // Skip k whole weeks inside this weekend rule; k * perWeek <= remaining - 1, so holidays can only make
                // the skip consume less than remaining and the exact landing day is still found by single steps.
                var roomInDays = forward
                    ? Period.DaysBetween(current, segment + 1 < segmentStarts.Length ? segmentStarts[segment + 1].PlusDays(-1) : LocalDate.MaxIsoValue)
                    : Period.DaysBetween(segmentStarts[segment], current);
                var weeks = (int)Math.Min((remaining - 1) / perWeek, roomInDays / 7);
                if (weeks > 0)
                {
                    var target = current.PlusDays(forward ? 7 * weeks : -7 * weeks);
                    var daysOff = forward ? CountExtraDaysOff(next, target) : CountExtraDaysOff(target, next);
                    remaining -= ((long)weeks * perWeek) - daysOff;
                    current = target;
                    continue;
                }
            }

            current = next;
            if (IsWorkingDayCore(current))
            {
                remaining--;
            }
        }

        CheckCovered(date < current ? date : current, date < current ? current : date);
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
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1, or the span would leave NodaTime's ISO date range.</exception>
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
    /// <remarks>Time proportional to the number of weekend rules plus the logarithm of the number of holidays, not to the length of the range.</remarks>
    /// <param name="dates">The dates.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar system.</exception>
    public int CountWorkingDays(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        CheckIso(dates.Start, nameof(dates));
        CheckCovered(dates.Start, dates.End);
        long count = 0;
        for (var segment = SegmentOf(dates.Start); segment < segmentStarts.Length && segmentStarts[segment] <= dates.End; segment++)
        {
            var from = segmentStarts[segment] > dates.Start ? segmentStarts[segment] : dates.Start;
            var to = segment + 1 < segmentStarts.Length && segmentStarts[segment + 1] <= dates.End ? segmentStarts[segment + 1].PlusDays(-1) : dates.End;
            count += CountWorkingWeekdays(from, to, segment);
        }

        return (int)(count - CountExtraDaysOff(dates.Start, dates.End));
    }

    /// <summary>Rolls <paramref name="date"/> to a working day by <paramref name="rule"/>; a working day is returned unchanged (idempotent).</summary>
    /// <param name="date">The date.</param>
    /// <param name="rule">The roll rule.</param>
    /// <returns>The rolled date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value, or no working day lies between <paramref name="date"/> and the end of NodaTime's ISO date range in the roll direction.</exception>
    public LocalDate Roll(LocalDate date, DeadlineRoll rule)
    {
        CheckIso(date, nameof(date));
        var step = rule switch
        {
            DeadlineRoll.None => 0,
            DeadlineRoll.NextWorkingDay => 1,
            DeadlineRoll.PreviousWorkingDay => -1,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deadline roll rule."),
        };
        var current = date;
        while (step != 0 && !IsWorkingDayCore(current))
        {
            if (current == (step > 0 ? LocalDate.MaxIsoValue : LocalDate.MinIsoValue))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(date),
                    Format(date),
                    string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' has no working day to roll {1} to before the end of the supported date range.", Name, Format(date)));
            }

            current = current.PlusDays(step);
        }

        // Rolling asks whether the dates from the stated one to the result are working days; "none" asks nothing.
        if (step != 0)
        {
            CheckCovered(date < current ? date : current, date < current ? current : date);
        }

        return current;
    }

    /// <summary>Gets the first working day of <paramref name="month"/>.</summary>
    /// <param name="month">The month (ISO calendar system).</param>
    /// <returns>The first working day in the month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar system.</exception>
    /// <exception cref="InvalidOperationException">The month has no working day (e.g. a month-long closure).</exception>
    public LocalDate FirstWorkingDayOfMonth(YearMonth month) => WorkingDayOfMonth(month, first: true);

    /// <summary>Gets the last working day of <paramref name="month"/>, computed from this calendar's weekend rules, holidays and closures.</summary>
    /// <remarks>For a Saturday–Sunday country May 2004 gives Mon 2004-05-31 and October 2004 Fri 2004-10-29; for a Friday–Saturday country January 2025 gives Thu 2025-01-30 (field case BC-17).</remarks>
    /// <param name="month">The month (ISO calendar system).</param>
    /// <returns>The last working day in the month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar system.</exception>
    /// <exception cref="InvalidOperationException">The month has no working day (e.g. a month-long closure).</exception>
    public LocalDate LastWorkingDayOfMonth(YearMonth month) => WorkingDayOfMonth(month, first: false);

    /// <summary>Gets the instant a deadline "by <paramref name="date"/>" expires: the end of that local day (after rolling), i.e. the start of the next day in <see cref="Zone"/>.</summary>
    /// <param name="date">The deadline date.</param>
    /// <param name="rule">How a non-working deadline date rolls.</param>
    /// <returns>The exclusive expiry instant: "by 15 March" is 16 March 00:00 local (design §3); where the next midnight is skipped, the first instant of that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value, or the rolled date is the last date NodaTime supports.</exception>
    public Instant DeadlineInstant(LocalDate date, DeadlineRoll rule) =>
        DayStart.Of(NextDay(Roll(date, rule), nameof(date)), Zone);

    /// <summary>Gets the working-hours spans that apply on <paramref name="date"/>.</summary>
    /// <remarks>
    /// Empty on a non-working day. Otherwise the date's override if the builder set one, else the spans of the pattern
    /// in force on that date (the last whose effective date is on or before it) for its day of the week.
    /// </remarks>
    /// <param name="date">The local date the spans start on.</param>
    /// <returns>The spans, ordered by start time.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the declared <see cref="HolidayCoverage"/>.</exception>
    public IReadOnlyList<WorkingHoursRange> WorkingHoursOn(LocalDate date)
    {
        CheckIso(date, nameof(date));
        CheckCovered(date, date);
        return Array.AsReadOnly(SpansOn(date));
    }

    /// <summary>Expands the working hours of every date in <paramref name="dates"/> into instants.</summary>
    /// <remarks>
    /// <para>
    /// For each local date of <paramref name="dates"/> (stepped as dates in <see cref="Zone"/>, never by 24 hours) that
    /// is a working day, each span of <see cref="WorkingHoursOn(LocalDate)"/> becomes the half-open instant range from
    /// its local start to its local end, each resolved by <see cref="LocalTimeResolver.ToInstant"/> with
    /// <see cref="Resolution"/>. Weekends, holidays, closures and dates the zone skips contribute nothing. A span that
    /// crosses midnight belongs to the day it starts on and may end after <paramref name="dates"/>: the result is not
    /// clipped. Hours never spill into a later date: a boundary that lenient resolution would push past the end of its own
    /// local date (because the zone skips the rest of that date) stops at that date's end, so a 22:00–06:00 span on
    /// Thursday 2011-12-29 in Pacific/Apia ends at 24:00, when Samoa jumped to Saturday. Repeated hours count once: the
    /// result is a set of instants, and a span inside a repeated hour is worked in its first pass only.
    /// </para>
    /// <para>
    /// DST: durations are exact, so a 22:00–06:00 span lasts 7 h on a spring-forward night and 9 h on a fall-back
    /// night. Under <see cref="LocalTimeResolution.Lenient"/> a boundary inside a gap moves forward by the gap and a
    /// repeated boundary takes its first occurrence; when that makes a span's end not after its start (a span lying
    /// wholly in the gap straddling it such as 02:30–03:15 on the EU spring-forward day) the span contributes nothing.
    /// Under <see cref="LocalTimeResolution.Strict"/> such boundaries throw.
    /// </para>
    /// </remarks>
    /// <param name="dates">The local dates whose working hours to expand, end inclusive.</param>
    /// <returns>The normalized set of working instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar system.</exception>
    /// <exception cref="InvalidOperationException">The calendar has no working hours (<see cref="HasWorkingHours"/> is false).</exception>
    /// <exception cref="NodaTime.SkippedTimeException"><see cref="Resolution"/> is strict and a span boundary falls in a gap.</exception>
    /// <exception cref="NodaTime.AmbiguousTimeException"><see cref="Resolution"/> is strict and a span boundary occurs twice.</exception>
    public InstantRangeSet ExpandWorkingHours(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        CheckIso(dates.Start, nameof(dates));
        if (!HasWorkingHours)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' has no working hours to expand.", Name));
        }

        CheckCovered(dates.Start, dates.End);

        var ranges = new List<InstantRange>();
        foreach (var date in dates)
        {
            foreach (var span in SpansOn(date))
            {
                var (localStart, localEnd) = span.On(date);
                var start = Boundary(localStart);
                var end = Boundary(localEnd);
                if (start < end)
                {
                    ranges.Add(InstantRange.FromInstants(start, end));
                }
            }
        }

        return InstantRangeSet.FromRanges(ranges);
    }

    /// <summary>Gets the soft periods that may cover <paramref name="date"/>, counting each period's uncertainty margin.</summary>
    /// <param name="date">A local date in <see cref="Zone"/>.</param>
    /// <returns>The periods, in the order of <see cref="SoftPeriods"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public IReadOnlyList<SoftPeriod> SoftPeriodsOn(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return [.. softPeriods.Where(p => p.Touches(date))];
    }

    /// <summary>Gets the soft periods that may share a date with <paramref name="dates"/> (local dates in <see cref="Zone"/>), counting each period's uncertainty margin.</summary>
    /// <param name="dates">Local dates in <see cref="Zone"/>, end inclusive.</param>
    /// <returns>The periods, in the order of <see cref="SoftPeriods"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar system.</exception>
    public IReadOnlyList<SoftPeriod> SoftPeriodsTouching(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        CheckIso(dates.Start, nameof(dates));
        return [.. softPeriods.Where(p => p.Touches(dates))];
    }

    /// <summary>Gets the soft periods that may overlap <paramref name="range"/>, counting each period's uncertainty margin.</summary>
    /// <remarks>
    /// When <paramref name="range"/> is in <see cref="Zone"/> the dates are compared directly. Otherwise both sides become
    /// half-open instant ranges through <see cref="ZonedDateRange.ToInstantRange"/> (each in its own zone) and must
    /// overlap: a 24 December meeting day in New York touches a period that starts on 25 December in Vienna, because
    /// their instants share six hours.
    /// </remarks>
    /// <param name="range">The dates, in any zone.</param>
    /// <returns>The periods, in the order of <see cref="SoftPeriods"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="range"/> is <see langword="default"/> or not in the ISO calendar system.</exception>
    public IReadOnlyList<SoftPeriod> SoftPeriodsTouching(ZonedDateRange range)
    {
        if (range.Dates is null)
        {
            throw new ArgumentException("The date range is default (it has no dates or zone).", nameof(range));
        }

        CheckIso(range.Start, nameof(range));
        if (range.Zone.Equals(Zone))
        {
            return SoftPeriodsTouching(range.Dates);
        }

        var instants = range.ToInstantRange();
        return [.. softPeriods.Where(p => new ZonedDateRange(p.PossibleDates, Zone).ToInstantRange().Overlaps(instants))];
    }

    /// <summary>Formats as <c>AUT (Europe/Vienna)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Name, Zone.Id);

    /// <summary>Tells whether <paramref name="other"/> has the same content: name, zone id, resolution policy, weekend rules, public holidays and closures, soft periods, working-hours patterns and per-date overrides.</summary>
    /// <remarks>Zones compare by id. Holiday sources are not kept: only the days they contributed count.</remarks>
    /// <param name="other">The other calendar.</param>
    /// <returns><see langword="true"/> when both calendars have the same content.</returns>
    public bool Equals(WorkingCalendar? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal)
            && Resolution == other.Resolution
            && weekendRules.AsSpan().SequenceEqual(other.weekendRules)
            && NonWorkingDays.SequenceEqual(other.NonWorkingDays)
            && softPeriods.AsSpan().SequenceEqual(other.softPeriods)
            && workingHours.AsSpan().SequenceEqual(other.workingHours)
            && SameOverrides(other);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingCalendar);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Name, Zone.Id, Resolution, weekendRules.Length, nonWorkingDays.Count, softPeriods.Length, workingHours.Length, workingHoursOverrides.Count);

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private bool SameOverrides(WorkingCalendar other)
    {
        if (workingHoursOverrides.Count != other.workingHoursOverrides.Count)
        {
            return false;
        }

        foreach (var (date, spans) in workingHoursOverrides)
        {
            if (!other.workingHoursOverrides.TryGetValue(date, out var others) || !spans.AsSpan().SequenceEqual(others))
            {
                return false;
            }
        }

        return true;
    }

    internal static LocalDate CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The date {0} uses the {1} calendar system; working calendars use ISO dates.", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), date.Calendar.Id),
                paramName);
        }

        return date;
    }

    internal static LocalDate NextDay(LocalDate date, string paramName) =>
        date == LocalDate.MaxIsoValue
            ? throw new ArgumentOutOfRangeException(paramName, Format(date), "The day after the last supported date does not exist.")
            : date.PlusDays(1);

    // Throws (or, on an Answer view, records) when [from, to] leaves the declared holiday coverage.
    private void CheckCovered(LocalDate from, LocalDate to)
    {
        if (coverage.Length == 0 || CoverageRanges.Contains(covered, from, to))
        {
            return;
        }

        var asked = new DateInterval(from, to);
        var gap = new CoverageGap(Name, CoverageRanges.MissingYears(covered, asked), asked, CoverageRanges.Sentence(Name, coverage, asked, CoverageRanges.MissingYears(covered, asked)));
        if (gaps is null)
        {
            throw new CalendarCoverageException(gap);
        }

        lock (gaps)
        {
            gaps.Add(gap);
        }
    }

    private int SegmentOf(LocalDate date)
    {
        var segment = segmentStarts.Length - 1;
        while (segment > 0 && date < segmentStarts[segment])
        {
            segment--;
        }

        return segment;
    }

    private bool IsWeekendCore(LocalDate date) => (segmentWeekendMasks[SegmentOf(date)] & (1 << (int)date.DayOfWeek)) != 0;

    private bool IsWorkingDayCore(LocalDate date)
    {
        if (date.Year >= CacheFirstYear)
        {
            var index = date.ToDateOnly().DayNumber - cacheStart;
            if (index >= 0 && index < cacheLength)
            {
                return (nonWorkingBits[index >> 6] & (1UL << (index & 63))) == 0;
            }
        }

        return !IsWeekendCore(date) && (nonWorkingDays.Count == 0 || !nonWorkingDays.ContainsKey(date)) && (skippedDates.Length == 0 || Array.BinarySearch(skippedDates, date) < 0);
    }

    private (int Start, int Length, ulong[] Bits) BuildCache()
    {
        // Cover 2000–2040 and every year holding a rule change or a holiday, within CacheFirstYear–CacheLastYear.
        var years = segmentStarts.Skip(1).Concat(extraDaysOff).Select(d => d.Year).Where(y => y is >= CacheFirstYear and <= CacheLastYear).ToList();
        var first = new LocalDate(Math.Min(2000, years.DefaultIfEmpty(2000).Min()), 1, 1);
        var last = new LocalDate(Math.Max(2040, years.DefaultIfEmpty(2040).Max()), 12, 31);
        var start = first.ToDateOnly().DayNumber;
        var length = last.ToDateOnly().DayNumber - start + 1;
        var bits = new ulong[(length + 63) / 64];
        var segment = SegmentOf(first);
        int Boundary(int next) => next < segmentStarts.Length ? (segmentStarts[next] > last ? int.MaxValue : segmentStarts[next].ToDateOnly().DayNumber) : int.MaxValue;
        var nextBoundary = Boundary(segment + 1);
        var dayOfWeek = (int)first.DayOfWeek;
        for (var index = 0; index < length; index++)
        {
            while (start + index >= nextBoundary)
            {
                segment++;
                nextBoundary = Boundary(segment + 1);
            }

            if ((segmentWeekendMasks[segment] & (1 << dayOfWeek)) != 0)
            {
                bits[index >> 6] |= 1UL << (index & 63);
            }

            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
        }

        foreach (var date in extraDaysOff)
        {
            if (date >= first && date <= last)
            {
                var index = date.ToDateOnly().DayNumber - start;
                bits[index >> 6] |= 1UL << (index & 63);
            }
        }

        return (start, length, bits);
    }

    private long CountWorkingWeekdays(LocalDate from, LocalDate to, int segment)
    {
        var days = (long)Period.DaysBetween(from, to) + 1;
        var count = days / 7 * segmentWorkingDaysPerWeek[segment];
        var mask = segmentWeekendMasks[segment] & AllDaysMask;
        var dayOfWeek = (int)from.DayOfWeek;
        for (var i = 0; i < days % 7; i++)
        {
            if ((mask & (1 << dayOfWeek)) == 0)
            {
                count++;
            }

            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
        }

        return count;
    }

    private int CountExtraDaysOff(LocalDate from, LocalDate to) =>
        extraDaysOff.Length == 0 || from > to ? 0 : FirstIndexAfter(to) - FirstIndexNotBefore(from);

    private int FirstIndexNotBefore(LocalDate value)
    {
        int low = 0, high = extraDaysOff.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (extraDaysOff[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int FirstIndexAfter(LocalDate value)
    {
        int low = 0, high = extraDaysOff.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (extraDaysOff[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // Working hours never spill into the next day: a wall time the zone skips, which lenient resolution would push past
    // the end of its own local date (a date skipped whole, as Pacific/Apia's 2011-12-30), stops at that date's end.
    private Instant Boundary(LocalDateTime local)
    {
        var instant = LocalTimeResolver.ToInstant(local, Zone, Resolution);
        return instant.InZone(Zone).Date > local.Date ? DayStart.Of(local.Date.PlusDays(1), Zone) : instant;
    }

    private WorkingHoursRange[] SpansOn(LocalDate date)
    {
        if (!IsWorkingDayCore(date))
        {
            return [];
        }

        if (workingHoursOverrides.Count > 0 && workingHoursOverrides.TryGetValue(date, out var overridden))
        {
            return overridden;
        }

        for (var i = workingHours.Length - 1; i >= 0; i--)
        {
            if (workingHours[i].EffectiveFrom is not { } from || from <= date)
            {
                return workingHours[i].SpansOn(date.DayOfWeek);
            }
        }

        return [];
    }

    private LocalDate WorkingDayOfMonth(YearMonth month, bool first)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Working calendars use ISO months.", nameof(month));
        }

        var days = month.ToDateInterval();
        CheckCovered(days.Start, days.End);
        var dates = first ? days : days.Reverse();
        foreach (var date in dates)
        {
            if (IsWorkingDayCore(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException(
            string.Format(CultureInfo.InvariantCulture, "Calendar '{0}' has no working day in {1}.", Name, YearMonthPattern.Iso.Format(month)));
    }
}
