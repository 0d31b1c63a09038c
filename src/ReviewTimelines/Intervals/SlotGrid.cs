using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>The grid of allowed slot starts: every instant whose local time of day, in a given zone, is a whole number of steps after an anchor.</summary>
/// <remarks>
/// <para>
/// An instant <c>t</c> is on the grid iff <c>(t.InZone(Zone).TimeOfDay - Anchor)</c> is a multiple of <see cref="Step"/>.
/// The step must divide one day, so the grid is the same every local day and continues across midnight. Because
/// alignment is read from the local wall clock at <c>t</c>, the grid is DST-correct: on a spring-forward day the
/// skipped local times have no instant and are simply absent (Europe/Vienna 2025-03-30: 01:00 then 03:00 local); on a
/// fall-back day a repeated local time is on the grid twice (02:00 CEST and 02:00 CET). A grid "on the hour in
/// Asia/Kathmandu" (+05:45) starts at 03:15Z, 04:15Z, ... (field case BC-07).
/// </para>
/// <para><see cref="Every(Duration)"/> is the same rule in UTC.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads (NodaTime zones are thread-safe).</threadsafety>
public sealed class SlotGrid
{
    private static readonly Duration OneDay = Duration.FromDays(1);

    private SlotGrid(DateTimeZone zone, Duration step, Duration anchor)
    {
        Zone = zone;
        Step = step;
        Anchor = anchor;
    }

    /// <summary>Gets the zone whose wall clock defines the grid.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the distance between grid points in local time; divides one day.</summary>
    public Duration Step { get; }

    /// <summary>Gets the local time-of-day offset of the grid, in <c>[0, Step)</c> (zero: grid points at local midnight + k·step).</summary>
    public Duration Anchor { get; }

    /// <summary>Creates a grid aligned in UTC: instants whose UTC time of day is a multiple of <paramref name="step"/>.</summary>
    /// <param name="step">The step; positive and dividing one day (e.g. 5 minutes, 1 hour).</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide one day.</exception>
    public static SlotGrid Every(Duration step) => InZone(DateTimeZone.Utc, step, Duration.Zero);

    /// <summary>Creates a grid aligned to the local wall clock of <paramref name="zone"/>.</summary>
    /// <param name="zone">The zone, e.g. Asia/Kathmandu.</param>
    /// <param name="step">The step in local time; positive and dividing one day.</param>
    /// <param name="anchor">The local time-of-day offset of the grid, in <c>[0, step)</c>; e.g. 30 minutes with an hourly step gives :30 starts.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or does not divide one day, or <paramref name="anchor"/> is outside <c>[0, step)</c>.</exception>
    public static SlotGrid InZone(DateTimeZone zone, Duration step, Duration anchor)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (step <= Duration.Zero || step > OneDay || OneDay.ToInt64Nanoseconds() % step.ToInt64Nanoseconds() != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be positive and divide one day exactly.");
        }

        if (anchor < Duration.Zero || anchor >= step)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "The anchor must lie in [0, step).");
        }

        return new SlotGrid(zone, step, anchor);
    }

    /// <summary>Tells whether <paramref name="instant"/> is on the grid.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when its local time of day in <see cref="Zone"/>, minus <see cref="Anchor"/>, is a multiple of <see cref="Step"/>.</returns>
    public bool Contains(Instant instant) => Remainder(instant, Zone.GetUtcOffset(instant)) == 0;

    /// <summary>Gets the first grid instant at or after <paramref name="instant"/>.</summary>
    /// <param name="instant">The lower bound (inclusive).</param>
    /// <returns>The earliest grid point <c>&gt;= instant</c>, or <see langword="null"/> when it would lie beyond <see cref="Instant.MaxValue"/>.</returns>
    public Instant? NextAtOrAfter(Instant instant)
    {
        var t = instant;
        while (true)
        {
            var zoneInterval = Zone.GetZoneInterval(t);
            var remainder = Remainder(t, zoneInterval.WallOffset);
            if (remainder != 0)
            {
                var toNext = Duration.FromNanoseconds(Step.ToInt64Nanoseconds() - remainder);
                if (Instant.MaxValue - t < toNext)
                {
                    return null;
                }

                t += toNext;
            }

            // Within one zone interval the offset is fixed, so the grid there is a plain arithmetic progression.
            if (!zoneInterval.HasEnd || t < zoneInterval.End)
            {
                return t;
            }

            t = zoneInterval.End;
        }
    }

    /// <summary>Formats as <c>every PT1H in Asia/Kathmandu</c>, or <c>every PT1H in Europe/Vienna at +PT30M</c> with an anchor (ISO-8601 periods).</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        Anchor == Duration.Zero
            ? string.Format(CultureInfo.InvariantCulture, "every {0} in {1}", Iso(Step), Zone.Id)
            : string.Format(CultureInfo.InvariantCulture, "every {0} in {1} at +{2}", Iso(Step), Zone.Id, Iso(Anchor));

    private static string Iso(Duration duration) => Period.FromNanoseconds(duration.ToInt64Nanoseconds()).Normalize().ToString();

    private long Remainder(Instant instant, Offset offset)
    {
        var local = instant.WithOffset(offset).TimeOfDay.NanosecondOfDay - Anchor.ToInt64Nanoseconds();
        var step = Step.ToInt64Nanoseconds();
        var r = local % step;
        return r < 0 ? r + step : r;
    }
}
