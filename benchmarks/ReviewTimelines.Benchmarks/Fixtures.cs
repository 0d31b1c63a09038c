using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Benchmarks;

/// <summary>Seeded, realistic-looking timetables: about 200 countries, 2,000 experts and 30 seats; items of 1 to 10 days over 10 years.</summary>
internal static class Fixtures
{
    private static readonly Instant Origin = Instant.FromUtc(2020, 1, 1, 0, 0);

    private static readonly ResourceKey[] Countries = Enumerable.Range(0, 200).Select(i => new ResourceKey("country", "C" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
    private static readonly ResourceKey[] Experts = Enumerable.Range(0, 2000).Select(i => new ResourceKey("person", "E" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
    private static readonly ResourceKey[] Seats = Enumerable.Range(0, 30).Select(i => new ResourceKey("seat", "S" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    /// <summary>
    /// Items: 60% country visits (country + 2 experts), 30% expert assignments (1 expert), 10% meetings at a seat
    /// (seat + 1 expert). Starts at a random hour of a random day in 2020..2029 (so many items share a start), 1 to 10
    /// whole days long.
    /// </summary>
    public static SweepItem<int>[] Timetable(int count, int seed = 42)
    {
        var rng = new Random(seed);
        var items = new SweepItem<int>[count];
        for (var i = 0; i < count; i++)
        {
            var start = Origin + Duration.FromHours(rng.Next(0, 3650 * 24));
            var range = InstantRange.StartingAt(start, Duration.FromDays(rng.Next(1, 11)));
            var kind = rng.Next(10);
            ResourceKey[] keys = kind switch
            {
                < 6 => [Countries[rng.Next(Countries.Length)], Experts[rng.Next(Experts.Length)], Experts[rng.Next(Experts.Length)]],
                < 9 => [Experts[rng.Next(Experts.Length)]],
                _ => [Seats[rng.Next(Seats.Length)], Experts[rng.Next(Experts.Length)]],
            };
            items[i] = new SweepItem<int>(i, range, keys);
        }

        return items;
    }

    /// <summary>A normalized set of about <paramref name="count"/> ranges of 1 to 60 minutes, with gaps of 1 to 120 minutes.</summary>
    public static InstantRangeSet RangeSet(int count, int seed)
    {
        var rng = new Random(seed);
        var ranges = new InstantRange[count];
        var t = Origin;
        for (var i = 0; i < count; i++)
        {
            t += Duration.FromMinutes(rng.Next(1, 121));
            var length = Duration.FromMinutes(rng.Next(1, 61));
            ranges[i] = InstantRange.StartingAt(t, length);
            t += length;
        }

        return InstantRangeSet.FromRanges(ranges);
    }
}
