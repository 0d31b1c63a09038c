using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>Turns edge input (zone ids, start/end pairs) into model values, collecting a <see cref="TimetableProblem"/> for each bad value instead of throwing.</summary>
/// <remarks>
/// <para>
/// For readers of external formats (JSON, iCalendar, CLI arguments): every method returns the value, or null after
/// recording a problem that names the item and field. Zone ids resolve through the injected
/// <see cref="IDateTimeZoneProvider"/> only; nothing reads the machine's zone. Finish with
/// <see cref="Build(TimetableBuilder)"/>, which validates the builder and throws one exception listing the input
/// problems and the validation problems together.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe: it accumulates problems. Use one instance per input being read.</threadsafety>
public sealed class TimetableInput
{
    private readonly IDateTimeZoneProvider zones;
    private readonly List<TimetableProblem> problems = [];

    /// <summary>Initializes a new instance of the <see cref="TimetableInput"/> class.</summary>
    /// <param name="zones">The provider that resolves IANA zone ids (e.g. <c>DateTimeZoneProviders.Tzdb</c> at the application edge).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is null.</exception>
    public TimetableInput(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        this.zones = zones;
    }

    /// <summary>Gets the problems recorded so far, in the order documented on <see cref="TimetableProblem"/>.</summary>
    public ImmutableArray<TimetableProblem> Problems => TimetableProblem.Sorted(problems);

    /// <summary>Gets a value indicating whether any recorded problem is an error.</summary>
    public bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Records a problem found by the caller (e.g. a missing JSON property).</summary>
    /// <param name="problem">The problem.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public void Report(TimetableProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problems.Add(problem);
    }

    /// <summary>Resolves a zone id through the provider.</summary>
    /// <param name="zoneId">The IANA zone id, e.g. <c>Europe/Vienna</c>.</param>
    /// <param name="item">The item the zone belongs to.</param>
    /// <param name="field">The field holding the zone id.</param>
    /// <returns>The zone, or null after recording an error when <paramref name="zoneId"/> is missing or unknown to the provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or white space.</exception>
    public DateTimeZone? Zone(string? zoneId, TimetableItemRef item, string field)
    {
        ModelChecks.Text(field, nameof(TimetableInput), nameof(field));
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return Fail<DateTimeZone>(item, field, "The time zone id is missing.");
        }

        var zone = zones.GetZoneOrNull(zoneId);
        return zone ?? Fail<DateTimeZone>(
            item,
            field,
            string.Format(CultureInfo.InvariantCulture, "Unknown time zone id '{0}' (time zone database {1}).", zoneId, zones.VersionId));
    }

    /// <summary>Makes an inclusive local date range.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date, inclusive.</param>
    /// <param name="item">The item the dates belong to.</param>
    /// <param name="field">The field holding the dates.</param>
    /// <returns>The dates, or null after recording an error when <paramref name="last"/> is before <paramref name="first"/> or the calendar systems differ.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or white space.</exception>
    public DateInterval? Dates(LocalDate first, LocalDate last, TimetableItemRef item, string field)
    {
        ModelChecks.Text(field, nameof(TimetableInput), nameof(field));
        if (first.Calendar != last.Calendar)
        {
            return Fail<DateInterval>(item, field, "The start and end dates use different calendar systems.");
        }

        return last < first
            ? Fail<DateInterval>(item, field, string.Format(CultureInfo.InvariantCulture, "The end {0} is before the start {1}.", ModelChecks.Format(last), ModelChecks.Format(first)))
            : new DateInterval(first, last);
    }

    /// <summary>Makes an all-day timing over inclusive local dates in <paramref name="zone"/>.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date, inclusive.</param>
    /// <param name="zone">The zone the dates are local to.</param>
    /// <param name="item">The item the timing belongs to.</param>
    /// <param name="field">The field holding the timing.</param>
    /// <returns>The timing, or null after recording an error when the dates are inverted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or white space.</exception>
    public DateRangeTiming? AllDay(LocalDate first, LocalDate last, DateTimeZone zone, TimetableItemRef item, string field)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Dates(first, last, item, field) is { } dates ? new DateRangeTiming(new ZonedDateRange(dates, zone)) : null;
    }

    /// <summary>Makes a half-open instant range.</summary>
    /// <param name="start">The inclusive start.</param>
    /// <param name="end">The exclusive end.</param>
    /// <param name="item">The item the range belongs to.</param>
    /// <param name="field">The field holding the range.</param>
    /// <returns>The range, or null after recording an error when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or white space.</exception>
    public InstantRange? Instants(Instant start, Instant end, TimetableItemRef item, string field)
    {
        ModelChecks.Text(field, nameof(TimetableInput), nameof(field));
        if (end < start)
        {
            Fail<object>(item, field, string.Format(CultureInfo.InvariantCulture, "The end {0} is before the start {1}.", InstantPattern.ExtendedIso.Format(end), InstantPattern.ExtendedIso.Format(start)));
            return null;
        }

        return InstantRange.FromInstants(start, end);
    }

    /// <summary>Makes a wall-clock timing from local times, as <see cref="ItemTiming.Timed(LocalDateTime, LocalDateTime, DateTimeZone, LocalTimeResolution)"/> does (it keeps the wall times).</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end (exclusive).</param>
    /// <param name="zone">The zone of the wall clock.</param>
    /// <param name="resolution">The policy for skipped and repeated local times.</param>
    /// <param name="item">The item the timing belongs to.</param>
    /// <param name="field">The field holding the timing.</param>
    /// <returns>The timing, or null after recording an error when the resolved end is before the resolved start, or when a time is skipped or repeated under the strict policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not defined.</exception>
    public WallClockTiming? Timed(LocalDateTime start, LocalDateTime end, DateTimeZone zone, LocalTimeResolution resolution, TimetableItemRef item, string field)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ModelChecks.Text(field, nameof(TimetableInput), nameof(field));
        ModelChecks.Defined(resolution, nameof(TimetableInput), nameof(resolution));
        Instant from;
        Instant to;
        try
        {
            from = LocalTimeResolver.ToInstant(start, zone, resolution);
            to = LocalTimeResolver.ToInstant(end, zone, resolution);
        }
        catch (SkippedTimeException e)
        {
            return Fail<WallClockTiming>(item, field, string.Format(CultureInfo.InvariantCulture, "The local time {0} does not exist in {1} (skipped by a clock change).", Format(e.LocalDateTime), zone.Id));
        }
        catch (AmbiguousTimeException e)
        {
            return Fail<WallClockTiming>(item, field, string.Format(CultureInfo.InvariantCulture, "The local time {0} occurs twice in {1} (clock change).", Format(e.EarlierMapping.LocalDateTime), zone.Id));
        }

        return to < from
            ? Fail<WallClockTiming>(item, field, string.Format(CultureInfo.InvariantCulture, "The end {0} is before the start {1} in {2}.", Format(end), Format(start), zone.Id))
            : new WallClockTiming(start, end, zone, resolution);
    }

    /// <summary>Validates <paramref name="builder"/> and builds the timetable, reporting the input problems and the validation problems together.</summary>
    /// <param name="builder">The builder filled from the input.</param>
    /// <returns>The timetable; its <see cref="Timetable.Warnings"/> include the input warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="TimetableValidationException">The input or the validation has at least one error; the exception lists every problem of both.</exception>
    public Timetable Build(TimetableBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build(problems);
    }

    private static string Format(LocalDateTime value) => LocalDateTimePattern.ExtendedIso.Format(value);

    private T? Fail<T>(TimetableItemRef item, string field, string message)
        where T : class
    {
        problems.Add(new TimetableProblem(ProblemSeverity.Error, item, field, message));
        return default;
    }
}
