using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using NodaTime;
using ReviewTimelines.Json;

namespace ReviewTimelines.Benchmarks;

/// <summary>
/// The timetable reader on the hostile files of issue 21, against the floor of parsing the same bytes with
/// <see cref="JsonDocument"/> alone: 1,500 stages with dense predecessors (1.1 million predecessor references, 9 MB),
/// 15 MB of unknown properties (problems listed up to the limit), and 100 MB of unknown properties (refused from its size).
/// </summary>
[Config(typeof(HostileTimetableBenchmarks.InProcessShortConfig))]
[MemoryDiagnoser]
public class HostileTimetableBenchmarks
{
    private readonly TimetableJson reader = new(DateTimeZoneProviders.Tzdb);
    private byte[] dense = null!;
    private byte[] unknown15 = null!;
    private string unknown100 = null!;

    /// <summary>Builds the three files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dense = Encoding.UTF8.GetBytes(DensePredecessors(1500));
        unknown15 = Encoding.UTF8.GetBytes(UnknownProperties(15 * 1024 * 1024));
        unknown100 = UnknownProperties(100 * 1024 * 1024);
    }

    /// <summary>The floor: parsing the dense file into a JsonDocument, no checks.</summary>
    /// <returns>The number of stages.</returns>
    [Benchmark(Baseline = true)]
    public int ParseOnlyDensePredecessors()
    {
        using var document = JsonDocument.Parse(dense);
        return document.RootElement.GetProperty("reviews")[0].GetProperty("stages").GetArrayLength();
    }

    /// <summary>Reads and validates 1,500 stages with 1.1 million predecessor references.</summary>
    /// <returns>The number of stages.</returns>
    [Benchmark]
    public int ReadDensePredecessors() => reader.Read(dense).Timetable.Stages.Length;

    /// <summary>Reads 15 MB of unknown properties: refused with the first 100 problems and a count of the rest.</summary>
    /// <returns>The number of problems listed.</returns>
    [Benchmark]
    public int ReadUnknownProperties15MB() => Problems(() => reader.Read(unknown15));

    /// <summary>Reads 100 MB of unknown properties: refused from its size.</summary>
    /// <returns>The number of problems listed.</returns>
    [Benchmark]
    public int ReadUnknownProperties100MB() => Problems(() => reader.Read(unknown100));

    /// <summary>In process (building a separate benchmark program timed out on the shared machine), one invocation per
    /// iteration (an operation takes seconds), 1 warm-up and 3 iterations.</summary>
    public sealed class InProcessShortConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        /// <summary>Initializes a new instance of the <see cref="InProcessShortConfig"/> class.</summary>
        public InProcessShortConfig()
        {
            AddJob(Job.Default.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
                .WithId("InProcessShort"));
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        }
    }

    private static int Problems(Action read)
    {
        try
        {
            read();
            return 0;
        }
        catch (TimetableFormatException e)
        {
            return e.Problems.Length;
        }
    }

    private const string Head = """{"mechanisms": [{"reference": "GRECO"}], "cycles": [{"id": "C", "mechanism": "GRECO", "name": "Round"}], "countries": [{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna"}], """;

    private static string DensePredecessors(int stages)
    {
        var text = new StringBuilder(Head).Append("""
            "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [
            """);
        var first = new LocalDate(1901, 1, 1);
        for (var i = 0; i < stages; i++)
        {
            var day = first.PlusDays(i).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            text.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "s{{i}}", "kind": "deskReview", "name": "S", "timing": {"first": "{{day}}", "last": "{{day}}", "zone": "UTC"}, "predecessors": [""");
            for (var j = 0; j < i; j++)
            {
                text.Append(j == 0 ? "\"s" : ",\"s").Append(j).Append('"');
            }

            text.Append("]}");
        }

        return text.Append("]}]}").ToString();
    }

    private static string UnknownProperties(int bytes)
    {
        var text = new StringBuilder(bytes + 1024).Append("""{"countries": [""");
        var filler = new string('a', 1000);
        var n = 0;
        for (var country = 0; text.Length < bytes; country++)
        {
            text.Append(country == 0 ? string.Empty : ",").Append("""{"code": "AUT", "name": "Austria", "zone": "Europe/Vienna" """);
            for (var i = 0; i < 10; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $$""", "x{{n++}}": "{{filler}}" """);
            }

            text.Append('}');
        }

        return text.Append("]}").ToString();
    }
}
