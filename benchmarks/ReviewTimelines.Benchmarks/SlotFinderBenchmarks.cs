using BenchmarkDotNet.Attributes;
using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Benchmarks;

/// <summary>Slot search for 50 resources over one year of busy time (weekday working hours in Europe/Vienna, 15-minute local grid).</summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class SlotFinderBenchmarks
{
    private SlotResource[] resources = [];
    private SlotFinder finder = null!;
    private InstantRange year;
    private InstantRange march;

    /// <summary>Builds 50 resources with about 250 busy items each in 2025.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        var rng = new Random(7);
        var workingHours = new List<InstantRange>();
        for (var d = new LocalDate(2025, 1, 1); d.Year == 2025; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                workingHours.Add(InstantRange.FromInstants(d.At(new LocalTime(8, 0)).InZoneLeniently(vienna).ToInstant(), d.At(new LocalTime(18, 0)).InZoneLeniently(vienna).ToInstant()));
            }
        }

        var availability = InstantRangeSet.FromRanges(workingHours);
        year = availability.Span!.Value;
        march = InstantRange.FromInstants(Instant.FromUtc(2025, 3, 1, 0, 0), Instant.FromUtc(2025, 4, 1, 0, 0));
        resources = Enumerable.Range(0, 50).Select(i =>
        {
            var busy = Enumerable.Range(0, 250).Select(_ =>
                InstantRange.StartingAt(year.Start + Duration.FromMinutes(rng.Next(0, 365 * 24 * 60)), Duration.FromMinutes(30 * rng.Next(1, 9))));
            return new SlotResource(new ResourceKey("person", "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), availability, InstantRangeSet.FromRanges(busy), Duration.FromMinutes(15), Duration.FromMinutes(15));
        }).ToArray();
        finder = new SlotFinder(new SlotFinderOptions
        {
            Duration = Duration.FromHours(2),
            Before = Duration.FromMinutes(15),
            Grid = SlotGrid.InZone(vienna, Duration.FromMinutes(15), Duration.Zero),
        });
    }

    /// <summary>The earliest common two-hour slot in the year.</summary>
    /// <returns>The slot's start ticks, or -1.</returns>
    [Benchmark(Baseline = true)]
    public long FindFirstInYear()
    {
        var r = finder.FindFirst(year, resources);
        return r.Found ? r.Slots[0].Start.ToUnixTimeTicks() : -1;
    }

    /// <summary>Every common slot in the year.</summary>
    /// <returns>The number of slots.</returns>
    [Benchmark]
    public int FindAllInYear() => finder.FindAll(year, resources).Slots.Count;

    /// <summary>The ten slots closest to mid-March, searched in March.</summary>
    /// <returns>The number of slots.</returns>
    [Benchmark]
    public int FindBestTenInMarch() => finder.FindBest(march, resources, 10, Instant.FromUtc(2025, 3, 15, 12, 0)).Slots.Count;
}
