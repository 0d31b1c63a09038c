using CsCheck;
using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Tests.Intervals;

/// <summary>Test helpers on a minute grid: minute m is the instant 2025-01-01T00:00Z + m minutes.</summary>
internal static class Minutes
{
    public static readonly Instant Origin = Instant.FromUtc(2025, 1, 1, 0, 0);

    public static Instant At(int minute) => Origin + Duration.FromMinutes(minute);

    public static InstantRange Range(int start, int end) => InstantRange.FromInstants(At(start), At(end));

    public static int MinuteOf(Instant instant) => checked((int)(instant - Origin).TotalMinutes);

    /// <summary>Ranges inside [0, limit) minutes, about one in six zero-length.</summary>
    public static Gen<InstantRange> RangeGen(int limit) =>
        Gen.Select(Gen.Int[0, limit], Gen.Int[0, limit / 4], Gen.Int[0, 5])
            .Select((s, len, zero) => Range(s, zero == 0 ? s : Math.Min(limit, s + len)));

    public static Gen<InstantRangeSet> SetGen(int limit) =>
        RangeGen(limit).Array[0, 8].Select(rs => InstantRangeSet.FromRanges(rs));

    /// <summary>Membership of every minute [m, m+1) in [0, limit).</summary>
    public static bool[] Membership(InstantRangeSet set, int limit)
    {
        var member = new bool[limit];
        for (var m = 0; m < limit; m++)
        {
            member[m] = set.Contains(At(m));
        }

        return member;
    }

    /// <summary>The oracle: membership computed directly from raw ranges.</summary>
    public static bool[] Membership(IEnumerable<InstantRange> ranges, int limit)
    {
        var member = new bool[limit];
        foreach (var r in ranges)
        {
            for (var m = MinuteOf(r.Start); m < MinuteOf(r.End); m++)
            {
                member[m] = true;
            }
        }

        return member;
    }
}
