using System.Text.Json;

namespace ReviewTimelines.Cli.Tests.Limits;

/// <summary>Issue 21, "conflicts that cannot explode": the two hostile timetables through <c>check</c>, answered with grouped conflicts in memory bounded by the input.</summary>
/// <remarks>Memory is asserted as the bytes the run allocates on the test's thread (the tool runs its rules on the calling
/// thread by default): before grouping, 20,000 meetings at once allocated over 4 GB (200 million pairs) and 1,500 dense
/// stages about 1.9 GB (1.1 million conflicts).</remarks>
public sealed class CrowdedConflictsCliTests
{
    private const long Budget = 1L << 30; // 1 GB, the target for a whole run

    [Fact]
    public void Check_20000MeetingsAllAtOnce_ReportsOneGroupPerRuleAndResourceWithinTheBudget()
    {
        using var folder = new TempFolder();
        var path = folder.File("crowd.json", CrowdedTimetables.MeetingsAllAtOnce(20_000));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRun.Run("check", "--input", path, "--format", "json");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(2);
        allocated.Should().BeLessThan(Budget);
        var conflicts = JsonDocument.Parse(result.Out).RootElement.GetProperty("conflicts").EnumerateArray().ToArray();

        // P1 attends all 20,000 at once (person double-booked, hard: one group); the two mechanisms' plenaries share Austria's
        // delegation in the same week (plenary clash, soft: one group). P1's plenaries all overlap, which is a double booking,
        // never a plenary clash, so P1 has no plenary-clash group. Nothing else: no visits, no stages.
        conflicts.Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("resource").GetString(), c.GetProperty("itemCount").GetInt32()))
            .Should().BeEquivalentTo(new[]
            {
                ("person-double-booked", "person:P1", 20_000),
                ("plenary-clash", "country:AUT", 20_000),
            });
        conflicts.Should().OnlyContain(c => c.GetProperty("group").GetBoolean() && c.GetProperty("items").GetArrayLength() == 20_000);
        var doubleBooked = conflicts.Single(c => c.GetProperty("kind").GetString() == "person-double-booked");
        doubleBooked.GetProperty("localDates").GetString().Should().Be("2021-06-07 to 2021-06-11");
        doubleBooked.GetProperty("sentence").GetString().Should().StartWith("20000 items need Expert at once (2021-06-07 to 2021-06-11, more than 8 at one time").And.EndWith("; and 19992 more.");
    }

    [Fact]
    public void Check_1500StagesWithDensePredecessorsAllViolated_ReportsOneGroupPerStageWithinTheBudget()
    {
        using var folder = new TempFolder();
        var path = folder.File("dense.json", CrowdedTimetables.DensePredecessorsAllViolated(1500));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRun.Run("check", "--input", path, "--format", "json");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(2);

        // Bytes allocated in all, not the peak: reading the 9 MB file alone allocates about 690 MB (benchmarks/results/
        // hostile-timetables.md), and the captured output is copied as it grows. Whole-process peak: benchmarks/results/crowds.md.
        allocated.Should().BeLessThan(2 * Budget);
        var conflicts = JsonDocument.Parse(result.Out).RootElement.GetProperty("conflicts").EnumerateArray().ToArray();

        // Stage i has i violated predecessors: s1..s8 one conflict per predecessor (1+2+...+8 = 36), s9..s1499 one group each (1,491).
        var sequence = conflicts.Where(c => c.GetProperty("kind").GetString() == "sequence-violation").ToArray();
        sequence.Count(c => !c.TryGetProperty("group", out _)).Should().Be(36);
        var groups = sequence.Where(c => c.TryGetProperty("group", out _)).ToArray();
        groups.Should().HaveCount(1491);
        groups.Sum(g => g.GetProperty("itemCount").GetInt32() - 1).Should().Be((1500 * 1499 / 2) - 36);
        var last = groups.Single(g => g.GetProperty("items").EnumerateArray().Last().GetString() == "stage:s1499");
        last.GetProperty("itemCount").GetInt32().Should().Be(1500);
        last.GetProperty("sentence").GetString().Should().Contain("starts before 1499 of its predecessors end (grouped, more than 8)").And.EndWith("; and 1491 more.");
    }
}
