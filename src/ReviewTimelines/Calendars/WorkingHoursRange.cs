using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>One span of working hours on a day, as local wall-clock times that may cross midnight.</summary>
/// <remarks>
/// <para>
/// The span starts at <see cref="Start"/> on its day and ends at <see cref="End"/>, exclusive. When <see cref="End"/> is
/// not after <see cref="Start"/> the span crosses midnight and ends on the next day: Monday 22:00–02:00 is Monday 22:00
/// to Tuesday 02:00 and belongs to Monday. So 00:00–00:00 is the whole day (24 local hours).
/// </para>
/// <para>
/// The span is a pair of wall-clock times, not a duration: turned into instants on a DST-change day it lasts longer or
/// shorter (see <see cref="WorkingCalendar.ExpandWorkingHours(DateInterval)"/>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly struct WorkingHoursRange : IEquatable<WorkingHoursRange>
{
    private static readonly LocalTimePattern MinutesPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern FullPattern = LocalTimePattern.ExtendedIso;

    /// <summary>Initializes a new instance of the <see cref="WorkingHoursRange"/> struct.</summary>
    /// <param name="start">The local start time, inclusive.</param>
    /// <param name="end">The local end time, exclusive; at or before <paramref name="start"/> means on the next day.</param>
    public WorkingHoursRange(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the local start time (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local end time (exclusive), on the next day when <see cref="CrossesMidnight"/>.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the span ends on the day after it starts (<see cref="End"/> is at or before <see cref="Start"/>).</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>Gets the nominal wall-clock length (the elapsed time on a day without a zone transition).</summary>
    public Duration NominalLength
    {
        get
        {
            var length = End.NanosecondOfDay - Start.NanosecondOfDay;
            return Duration.FromNanoseconds(CrossesMidnight ? length + NodaConstants.NanosecondsPerDay : length);
        }
    }

    /// <summary>Creates the span from <c>startHour:startMinute</c> to <c>endHour:endMinute</c> (local times).</summary>
    /// <param name="startHour">The start hour (0–23).</param>
    /// <param name="startMinute">The start minute (0–59).</param>
    /// <param name="endHour">The end hour (0–23); 0 with minute 0 means midnight.</param>
    /// <param name="endMinute">The end minute (0–59).</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An hour or minute is out of range.</exception>
    public static WorkingHoursRange FromHours(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

    /// <summary>Gets the local start and end date-times of the span on <paramref name="date"/>.</summary>
    /// <param name="date">The day the span belongs to.</param>
    /// <returns>The start on <paramref name="date"/> and the end on <paramref name="date"/> or the next day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span crosses midnight and <paramref name="date"/> is the last date NodaTime supports.</exception>
    public (LocalDateTime Start, LocalDateTime End) On(LocalDate date) =>
        (date + Start, (CrossesMidnight ? WorkingCalendar.NextDay(date, nameof(date)) : date) + End);

    /// <summary>Tells whether this span and <paramref name="other"/>, both starting on the same day, share a wall-clock moment.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>True when the half-open wall-clock spans overlap.</returns>
    public bool OverlapsOnSameDay(WorkingHoursRange other)
    {
        long start = Start.NanosecondOfDay, end = start + NominalLength.ToInt64Nanoseconds();
        long otherStart = other.Start.NanosecondOfDay, otherEnd = otherStart + other.NominalLength.ToInt64Nanoseconds();
        return start < otherEnd && otherStart < end;
    }

    /// <inheritdoc />
    public bool Equals(WorkingHoursRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkingHoursRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats as <c>22:00/02:00</c> (seconds shown when not zero).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Format(Start) + "/" + Format(End);

    private static string Format(LocalTime time) =>
        (time.NanosecondOfDay % NodaConstants.NanosecondsPerMinute == 0 ? MinutesPattern : FullPattern).Format(time);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left span.</param>
    /// <param name="right">The right span.</param>
    /// <returns>True when start and end are equal.</returns>
    public static bool operator ==(WorkingHoursRange left, WorkingHoursRange right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left span.</param>
    /// <param name="right">The right span.</param>
    /// <returns>True when start or end differ.</returns>
    public static bool operator !=(WorkingHoursRange left, WorkingHoursRange right) => !left.Equals(right);
}
