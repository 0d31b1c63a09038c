using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ReviewTimelines.Benchmarks;

/// <summary>A short job (1 launch, 2 warm-ups, 5 iterations) so the whole suite fits in about 15 minutes on a shared 2-core machine.</summary>
public sealed class ShortJobConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="ShortJobConfig"/> class.</summary>
    public ShortJobConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
