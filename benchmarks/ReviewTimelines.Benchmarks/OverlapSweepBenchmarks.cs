using BenchmarkDotNet.Attributes;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Benchmarks;

/// <summary>The sweep against the naive O(n²) pairwise check (the baseline) and against sorting N longs (the floor), for N up to 10k.</summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class OverlapSweepBenchmarks
{
    private SweepItem<int>[] items = [];
    private long[] startKeys = [];
    private OverlapSweep sweep = null!;

    /// <summary>Gets or sets the number of tagged items.</summary>
    [Params(1_000, 10_000)]
    public int N { get; set; }

    /// <summary>Builds the seeded timetable.</summary>
    [GlobalSetup]
    public void Setup()
    {
        items = Fixtures.Timetable(N);
        startKeys = items.Select(i => i.Range.Start.ToUnixTimeTicks()).ToArray();
        sweep = new OverlapSweep(new OverlapSweepOptions());
    }

    /// <summary>Every pair, every shared resource: O(n²).</summary>
    /// <returns>The number of clashing (pair, resource) combinations.</returns>
    [Benchmark(Baseline = true)]
    public int Pairwise() => PairwiseCounter.Count(items);

    /// <summary>The engine.</summary>
    /// <returns>The number of clashes.</returns>
    [Benchmark]
    public int Sweep() => sweep.FindClashes(items).Count;

    /// <summary>The floor: copy and sort N long keys.</summary>
    /// <returns>The smallest key.</returns>
    [Benchmark]
    public long SortFloor()
    {
        var keys = (long[])startKeys.Clone();
        Array.Sort(keys);
        return keys[0];
    }
}

/// <summary>The sweep against sorting N longs (the baseline floor) for N from 1k to 1M.</summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class OverlapSweepScalingBenchmarks
{
    private SweepItem<int>[] items = [];
    private long[] startKeys = [];
    private OverlapSweep sweep = null!;

    /// <summary>Gets or sets the number of tagged items.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Builds the seeded timetable.</summary>
    [GlobalSetup]
    public void Setup()
    {
        items = Fixtures.Timetable(N);
        startKeys = items.Select(i => i.Range.Start.ToUnixTimeTicks()).ToArray();
        sweep = new OverlapSweep(new OverlapSweepOptions());
    }

    /// <summary>The floor: copy and sort N long keys.</summary>
    /// <returns>The smallest key.</returns>
    [Benchmark(Baseline = true)]
    public long SortFloor()
    {
        var keys = (long[])startKeys.Clone();
        Array.Sort(keys);
        return keys[0];
    }

    /// <summary>The engine.</summary>
    /// <returns>The number of clashes.</returns>
    [Benchmark]
    public int Sweep() => sweep.FindClashes(items).Count;
}

/// <summary>The naive pairwise check, written plainly.</summary>
internal static class PairwiseCounter
{
    public static int Count(SweepItem<int>[] items)
    {
        var count = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var a = items[i];
            for (var j = i + 1; j < items.Length; j++)
            {
                var b = items[j];
                if (!a.Range.Overlaps(b.Range))
                {
                    continue;
                }

                foreach (var ka in a.Resources)
                {
                    foreach (var kb in b.Resources)
                    {
                        if (ka == kb)
                        {
                            count++;
                        }
                    }
                }
            }
        }

        return count;
    }
}
