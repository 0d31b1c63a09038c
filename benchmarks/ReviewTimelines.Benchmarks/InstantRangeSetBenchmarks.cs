using BenchmarkDotNet.Attributes;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.Benchmarks;

/// <summary>Linear set operations on two sets of N ranges each.</summary>
[Config(typeof(ShortJobConfig))]
[MemoryDiagnoser]
public class InstantRangeSetBenchmarks
{
    private InstantRangeSet a = InstantRangeSet.Empty;
    private InstantRangeSet b = InstantRangeSet.Empty;
    private InstantRange bounds;

    /// <summary>Gets or sets the number of ranges per set.</summary>
    [Params(10_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Builds two seeded sets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        a = Fixtures.RangeSet(N, 1);
        b = Fixtures.RangeSet(N, 2);
        bounds = a.Span!.Value;
    }

    /// <summary>Union.</summary>
    /// <returns>The number of ranges.</returns>
    [Benchmark(Baseline = true)]
    public int Union() => a.Union(b).Count;

    /// <summary>Intersection.</summary>
    /// <returns>The number of ranges.</returns>
    [Benchmark]
    public int Intersect() => a.Intersect(b).Count;

    /// <summary>Difference.</summary>
    /// <returns>The number of ranges.</returns>
    [Benchmark]
    public int Except() => a.Except(b).Count;

    /// <summary>Complement within the span.</summary>
    /// <returns>The number of ranges.</returns>
    [Benchmark]
    public int ComplementWithin() => a.ComplementWithin(bounds).Count;
}
