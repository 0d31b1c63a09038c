using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>An item's range and reach as nanoseconds since the Unix epoch (the sweep's internal time scale).</summary>
internal readonly struct SweepNanos
{
    private static readonly Instant Min = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MinValue);
    private static readonly Instant Max = NodaConstants.UnixEpoch + Duration.FromNanoseconds(long.MaxValue);

    private SweepNanos(long start, long end, long reachStart, long reachEnd, bool representable)
    {
        Start = start;
        End = end;
        ReachStart = reachStart;
        ReachEnd = reachEnd;
        Representable = representable;
    }

    public long Start { get; }

    public long End { get; }

    public long ReachStart { get; }

    public long ReachEnd { get; }

    /// <summary>Gets a value indicating whether all four instants lie in 1677-09-21..2262-04-11 UTC.</summary>
    public bool Representable { get; }

    public static SweepNanos Of(InstantRange range, InstantRange reach)
    {
        if (reach.Start < Min || reach.End > Max)
        {
            return default;
        }

        return new SweepNanos(ToNanos(range.Start), ToNanos(range.End), ToNanos(reach.Start), ToNanos(reach.End), representable: true);
    }

    private static long ToNanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
}
