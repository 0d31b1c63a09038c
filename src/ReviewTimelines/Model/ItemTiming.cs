using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Model;

/// <summary>When a stage, meeting or unavailability takes place: all-day local dates in a zone, wall-clock times in a zone, or an exact instant range shown in a zone.</summary>
/// <remarks>
/// <para>
/// A closed type with exactly three cases, so that the time semantics of ReviewTimelines design §3 are never mixed
/// silently: <see cref="DateRangeTiming"/> (inclusive local dates in a named zone, e.g. a five-day country visit),
/// <see cref="WallClockTiming"/> (local wall-clock start and end in a zone, e.g. a call at 10:00–12:00 Mexico City time,
/// which keeps its wall time when the zone's rules change) and <see cref="InstantRangeTiming"/> (an explicit half-open
/// <c>[start, end)</c> instant range, given in UTC, with the zone it is displayed in). Match on the case with a
/// <c>switch</c> over the three types or with a <c>Match</c> overload. No other subclass can exist.
/// </para>
/// <para>
/// Every case becomes one half-open instant range through <see cref="ToInstantRange"/>; for all-day dates that is
/// <see cref="ZonedDateRange.ToInstantRange"/>, the one documented conversion point; for wall-clock times it is the
/// range resolved with the zone's rules when the timing was made. Equality is structural; time zones compare by their
/// <see cref="DateTimeZone.Id"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public abstract class ItemTiming : IEquatable<ItemTiming>
{
    private protected ItemTiming()
    {
    }

    /// <summary>Gets the zone of the timing: the zone the dates or wall-clock times are local to, or the display zone of an instant range.</summary>
    public abstract DateTimeZone Zone { get; }

    /// <summary>Gets a value indicating whether this is an all-day <see cref="DateRangeTiming"/>.</summary>
    public abstract bool IsAllDay { get; }

    /// <summary>Gets the local dates the timing touches in <see cref="Zone"/> (end inclusive).</summary>
    /// <remarks>
    /// For all-day dates, the dates themselves. For a timed range, from the local date of the start to the local date
    /// of the last instant inside the range (an end at local midnight belongs to the previous day); a zero-length
    /// range touches the date of its start only.
    /// </remarks>
    public abstract DateInterval LocalDates { get; }

    /// <summary>Creates an all-day timing over local dates in a zone.</summary>
    /// <param name="dates">The inclusive local dates and their zone.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is <c>default</c> (no dates or zone).</exception>
    public static DateRangeTiming AllDay(ZonedDateRange dates) => new(dates);

    /// <summary>Creates an all-day timing from <paramref name="first"/> to <paramref name="last"/> inclusive in <paramref name="zone"/>.</summary>
    /// <param name="first">The first local date.</param>
    /// <param name="last">The last local date, inclusive.</param>
    /// <param name="zone">The zone the dates are local to (the owner's zone: the country visited, the seat).</param>
    /// <returns>The timing.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or the dates use different calendar systems.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static DateRangeTiming AllDay(LocalDate first, LocalDate last, DateTimeZone zone) => new(ZonedDateRange.FromDates(first, last, zone));

    /// <summary>Creates a timed timing from an exact instant range and the zone it is displayed in; it keeps these instants.</summary>
    /// <param name="range">The half-open instant range; a zero-length range is an instant marker.</param>
    /// <param name="displayZone">The zone in which the range is shown and its local dates are taken.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="displayZone"/> is null.</exception>
    public static InstantRangeTiming Timed(InstantRange range, DateTimeZone displayZone) => new(range, displayZone);

    /// <summary>Creates a timed timing from local wall-clock start and end times in <paramref name="zone"/>; it keeps these wall times.</summary>
    /// <remarks>
    /// Each local time is resolved on its own with <paramref name="resolution"/> (design §3: lenient moves a skipped
    /// time forward by the gap and takes the earlier offset of a repeated time); the duration is then the exact time
    /// between the two instants, so 01:00–04:00 in Europe/Vienna on 2025-03-30 lasts 2 hours (field case BC-01). The
    /// instants follow the rules of <paramref name="zone"/>, i.e. of the tz database it comes from (see <see cref="WallClockTiming"/>).
    /// </remarks>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end (exclusive).</param>
    /// <param name="zone">The zone of the wall clock; also the display zone.</param>
    /// <param name="resolution">The policy for skipped and repeated local times.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The resolved end is before the resolved start, or <paramref name="resolution"/> is not defined.</exception>
    /// <exception cref="NodaTime.SkippedTimeException"><paramref name="resolution"/> is strict and a time is skipped.</exception>
    /// <exception cref="NodaTime.AmbiguousTimeException"><paramref name="resolution"/> is strict and a time occurs twice.</exception>
    public static WallClockTiming Timed(LocalDateTime start, LocalDateTime end, DateTimeZone zone, LocalTimeResolution resolution) =>
        new(start, end, zone, resolution);

    /// <summary>Converts to the half-open instant range the item occupies.</summary>
    /// <returns>For all-day dates, <see cref="ZonedDateRange.ToInstantRange"/>; for a timed range, the range itself.</returns>
    public abstract InstantRange ToInstantRange();

    /// <summary>Calls the function matching the case of this timing: dates, or a timed range (wall-clock or instant) with its zone.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="allDay">Called with the dates of a <see cref="DateRangeTiming"/>.</param>
    /// <param name="timed">Called with the instant range and zone of a <see cref="WallClockTiming"/> or an <see cref="InstantRangeTiming"/>.</param>
    /// <returns>The result of the called function.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allDay"/> or <paramref name="timed"/> is null.</exception>
    public TResult Match<TResult>(Func<ZonedDateRange, TResult> allDay, Func<InstantRange, DateTimeZone, TResult> timed)
    {
        ArgumentNullException.ThrowIfNull(timed);
        return Match(allDay, w => timed(w.Range, w.Zone), timed);
    }

    /// <summary>Calls the function matching the case of this timing, one function per case.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="allDay">Called with the dates of a <see cref="DateRangeTiming"/>.</param>
    /// <param name="wallClock">Called with a <see cref="WallClockTiming"/>.</param>
    /// <param name="instants">Called with the range and display zone of an <see cref="InstantRangeTiming"/>.</param>
    /// <returns>The result of the called function.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(Func<ZonedDateRange, TResult> allDay, Func<WallClockTiming, TResult> wallClock, Func<InstantRange, DateTimeZone, TResult> instants)
    {
        ArgumentNullException.ThrowIfNull(allDay);
        ArgumentNullException.ThrowIfNull(wallClock);
        ArgumentNullException.ThrowIfNull(instants);
        return this switch
        {
            DateRangeTiming d => allDay(d.Dates),
            WallClockTiming w => wallClock(w),
            InstantRangeTiming t => instants(t.Range, t.DisplayZone),
            _ => throw new InvalidOperationException("Unknown timing case."),
        };
    }

    /// <summary>Tells whether <paramref name="other"/> is the same case with equal values (zones compared by id).</summary>
    /// <param name="other">The other timing.</param>
    /// <returns>True when equal.</returns>
    public abstract bool Equals(ItemTiming? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as ItemTiming);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}

/// <summary>An all-day timing: inclusive local dates in a named zone.</summary>
/// <remarks>
/// Occupies the instants of <see cref="ZonedDateRange.ToInstantRange"/> (the one conversion point): <c>[first.AtStartOfDayInZone(zone), (last + 1 day).AtStartOfDayInZone(zone))</c>, so its exact length
/// follows the zone (a fall-back day lasts 25 h, BC-02). <see cref="ToString"/> gives
/// <c>2021-03-22/2021-03-26 Europe/Vienna</c> (ISO-8601 dates, end inclusive).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DateRangeTiming : ItemTiming
{
    private StrongBox<InstantRange>? instants;

    /// <summary>Initializes a new instance of the <see cref="DateRangeTiming"/> class.</summary>
    /// <param name="dates">The inclusive local dates and their zone.</param>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is <c>default</c> (no dates or zone).</exception>
    public DateRangeTiming(ZonedDateRange dates)
    {
        if (dates.Dates is null || dates.Zone is null)
        {
            throw new ArgumentException("The date range must not be default (it needs dates and a zone).", nameof(dates));
        }

        Dates = dates;
    }

    /// <summary>Gets the inclusive local dates and their zone.</summary>
    public ZonedDateRange Dates { get; }

    /// <inheritdoc />
    public override DateTimeZone Zone => Dates.Zone;

    /// <inheritdoc />
    public override bool IsAllDay => true;

    /// <inheritdoc />
    public override DateInterval LocalDates => Dates.Dates;

    /// <inheritdoc />
    /// <remarks>Computed once and remembered (the timing is immutable): conflict checks convert every item on every run.
    /// The cache is a reference swap, so concurrent first calls at worst compute the same value twice.</remarks>
    public override InstantRange ToInstantRange() => (instants ??= new StrongBox<InstantRange>(Dates.ToInstantRange())).Value;

    /// <inheritdoc />
    public override bool Equals(ItemTiming? other) => other is DateRangeTiming d && ModelChecks.SameDates(Dates, d.Dates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dates.Dates, Dates.Zone.Id);

    /// <summary>Formats as <c>2021-03-22/2021-03-26 Europe/Vienna</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Dates.ToString();
}

/// <summary>A timed timing given as exact instants: a half-open instant range and the zone it is displayed in.</summary>
/// <remarks>
/// For an explicit UTC instant range (a call fixed at 13:00Z whatever the zones do). Items planned in local time are
/// <see cref="WallClockTiming"/>s, which keep their wall time when zone rules change. The range is authoritative; the
/// display zone only decides how the range is shown (local times, iCalendar TZID)
/// and which <see cref="ItemTiming.LocalDates"/> it touches. <see cref="ToString"/> gives
/// <c>2021-03-22T08:00:00Z/2021-03-22T10:00:00Z Europe/Vienna</c>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class InstantRangeTiming : ItemTiming
{
    /// <summary>Initializes a new instance of the <see cref="InstantRangeTiming"/> class.</summary>
    /// <param name="range">The half-open instant range.</param>
    /// <param name="displayZone">The zone the range is displayed in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="displayZone"/> is null.</exception>
    public InstantRangeTiming(InstantRange range, DateTimeZone displayZone)
    {
        ArgumentNullException.ThrowIfNull(displayZone);
        Range = range;
        DisplayZone = displayZone;
    }

    /// <summary>Gets the half-open instant range.</summary>
    public InstantRange Range { get; }

    /// <summary>Gets the zone the range is displayed in.</summary>
    public DateTimeZone DisplayZone { get; }

    /// <inheritdoc />
    public override DateTimeZone Zone => DisplayZone;

    /// <inheritdoc />
    public override bool IsAllDay => false;

    /// <inheritdoc />
    public override DateInterval LocalDates
    {
        get
        {
            var first = Range.Start.InZone(DisplayZone).Date;
            var last = Range.IsEmpty ? first : (Range.End - Duration.Epsilon).InZone(DisplayZone).Date;
            return new DateInterval(first, last);
        }
    }

    /// <inheritdoc />
    public override InstantRange ToInstantRange() => Range;

    /// <inheritdoc />
    public override bool Equals(ItemTiming? other) =>
        other is InstantRangeTiming t && Range == t.Range && ModelChecks.SameZone(DisplayZone, t.DisplayZone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Range, DisplayZone.Id);

    /// <summary>Formats as <c>2021-03-22T08:00:00Z/2021-03-22T10:00:00Z Europe/Vienna</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}/{1} {2}",
            InstantPattern.ExtendedIso.Format(Range.Start),
            InstantPattern.ExtendedIso.Format(Range.End),
            DisplayZone.Id);
}
