using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Intervals;
using ReviewTimelines.Utility;

namespace ReviewTimelines.Model;

/// <summary>A timed timing kept as wall-clock times: a local start and end in a zone, resolved to instants by that zone's rules.</summary>
/// <remarks>
/// <para>
/// Future timed items keep their wall time (design §3): a meeting planned for 10:00 in Mexico City stays at 10:00 local
/// when the tz database changes the zone's rules (Mexico abolished DST in October 2022). The wall-clock
/// <see cref="Start"/> and <see cref="End"/>, the <see cref="ItemTiming.Zone"/> and the <see cref="Resolution"/> are the
/// timing; <see cref="Range"/> is derived from them once, at construction, with the rules of the
/// <see cref="DateTimeZone"/> given, i.e. of the <see cref="IDateTimeZoneProvider"/> in use when the timetable is built or
/// read. The same timing built with another tz database's zone has the same wall times and may have other instants.
/// </para>
/// <para>
/// Each local time resolves on its own with <see cref="Resolution"/> (<see cref="LocalTimeResolver.ToInstant"/>): a
/// skipped time moves forward by the gap, a repeated time takes its first occurrence (lenient), or either throws
/// (strict). The duration is the exact time between the two instants (field case BC-01).
/// </para>
/// <para>
/// Equality compares the wall times, the zone id and the policy (not the derived instants), as
/// <see cref="DateRangeTiming"/> compares dates. <see cref="ToString"/> gives
/// <c>2023-04-10T10:00:00/2023-04-10T12:00:00 America/Mexico_City</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WallClockTiming : ItemTiming
{
    /// <summary>Initializes a new instance of the <see cref="WallClockTiming"/> class.</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end (exclusive).</param>
    /// <param name="zone">The zone of the wall clock (its rules give the instants).</param>
    /// <param name="resolution">The policy for skipped and repeated local times.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The resolved end is before the resolved start, or <paramref name="resolution"/> is not defined.</exception>
    /// <exception cref="SkippedTimeException"><paramref name="resolution"/> is strict and a time is skipped.</exception>
    /// <exception cref="AmbiguousTimeException"><paramref name="resolution"/> is strict and a time occurs twice.</exception>
    public WallClockTiming(LocalDateTime start, LocalDateTime end, DateTimeZone zone, LocalTimeResolution resolution)
    {
        Preconditions.CheckNotNull(zone);
        Preconditions.CheckArgumentRange(Enum.IsDefined(resolution), nameof(resolution), resolution, "Unknown local time resolution.");
        var from = LocalTimeResolver.ToInstant(start, zone, resolution);
        var to = LocalTimeResolver.ToInstant(end, zone, resolution);
        Preconditions.CheckArgumentRange(
            from <= to,
            nameof(end),
            Format(end),
            string.Format(CultureInfo.InvariantCulture, "The end {0} is before the start {1} in {2}.", Format(end), Format(start), zone.Id));
        Start = start;
        End = end;
        WallZone = zone;
        Resolution = resolution;
        Range = InstantRange.FromInstants(from, to);
    }

    /// <summary>Gets the local start (wall-clock time in <see cref="ItemTiming.Zone"/>).</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the local end, exclusive (wall-clock time in <see cref="ItemTiming.Zone"/>).</summary>
    public LocalDateTime End { get; }

    /// <summary>Gets the policy that resolves a skipped or repeated wall-clock time.</summary>
    public LocalTimeResolution Resolution { get; }

    /// <summary>Gets the half-open instant range the wall times resolve to under the zone's rules.</summary>
    public InstantRange Range { get; }

    /// <inheritdoc />
    public override DateTimeZone Zone => WallZone;

    /// <inheritdoc />
    public override bool IsAllDay => false;

    /// <inheritdoc />
    public override DateInterval LocalDates
    {
        get
        {
            var first = Range.Start.InZone(WallZone).Date;
            var last = Range.IsEmpty ? first : (Range.End - Duration.Epsilon).InZone(WallZone).Date;
            return new DateInterval(first, last);
        }
    }

    private DateTimeZone WallZone { get; }

    /// <inheritdoc />
    public override InstantRange ToInstantRange() => Range;

    /// <summary>Resolves the same wall times in another zone object with the same id (for example from another tz database).</summary>
    /// <param name="zone">The zone to resolve in; its id must equal this timing's zone id.</param>
    /// <returns>A timing with the same wall times and policy, and the instants <paramref name="zone"/>'s rules give.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="zone"/> has another id.</exception>
    /// <exception cref="SkippedTimeException"><see cref="Resolution"/> is strict and a time is skipped under <paramref name="zone"/>'s rules.</exception>
    /// <exception cref="AmbiguousTimeException"><see cref="Resolution"/> is strict and a time occurs twice under <paramref name="zone"/>'s rules.</exception>
    public WallClockTiming InZone(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        Preconditions.CheckArgument(string.Equals(zone.Id, WallZone.Id, StringComparison.Ordinal), nameof(zone), "The zone {0} is not the timing's zone.", zone.Id);
        return new WallClockTiming(Start, End, zone, Resolution);
    }

    /// <inheritdoc />
    public override bool Equals(ItemTiming? other) =>
        other is WallClockTiming t && Start == t.Start && End == t.End && Resolution == t.Resolution && ModelChecks.SameZone(WallZone, t.WallZone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Resolution, WallZone.Id);

    /// <summary>Formats as <c>2023-04-10T10:00:00/2023-04-10T12:00:00 America/Mexico_City</c> (ISO-8601 local date-times, then the zone id).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}/{1} {2}", Format(Start), Format(End), WallZone.Id);

    private static string Format(LocalDateTime value) => LocalDateTimePattern.ExtendedIso.Format(value);
}
