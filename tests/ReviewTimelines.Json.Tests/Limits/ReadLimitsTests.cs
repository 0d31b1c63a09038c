using System.Globalization;
using System.Text;
using NodaTime;

namespace ReviewTimelines.Json.Tests.Limits;

/// <summary>Issue 21.1: every limit of <see cref="TimetableReadLimits"/> refuses the file with one problem naming the limit and its place, without reading further.</summary>
public class ReadLimitsTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private static TimetableFormatProblem Refusal(Func<TimetableDocument> read) =>
        read.Should().Throw<TimetableFormatException>().Which.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void Read_TextLargerThanMaxInputBytes_IsRefusedBeforeParsing()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { Limits = new TimetableReadLimits { MaxInputBytes = 1000 } };

        var problem = Refusal(() => format.Read("{\"note\": \"" + new string('a', 2000) + "\"}"));

        problem.Message.Should().Be("refused: the input is 2012 characters long, more than 1000 bytes (TimetableReadLimits.MaxInputBytes)");
        problem.Path.Should().Be("$");
    }

    [Fact]
    public void Read_EndlessStream_StopsReadingJustPastTheLimit()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { Limits = new TimetableReadLimits { MaxInputBytes = 100_000 } };
        using var stream = new EndlessStream();

        Refusal(() => format.Read(stream)).Message.Should().StartWith("refused: the input is 100001 bytes or more long, more than 100000 bytes");
        stream.BytesRead.Should().Be(100_001);
    }

    [Fact]
    public void Read_NestingDeeperThanMaxDepth_IsRefusedAtTheDeepestValue()
    {
        var json = "{\"note\": " + new string('[', 40) + new string(']', 40) + "}";

        var problem = Refusal(() => Format.Read(json));

        problem.Message.Should().Be("refused: objects and arrays are nested deeper than 32 (TimetableReadLimits.MaxDepth)");
        problem.Line.Should().Be(1);
    }

    [Fact]
    public void Read_StringLongerThanMaxStringBytes_IsRefusedAtTheString()
    {
        var json = "{\"countries\": [{\"code\": \"AUT\", \"name\": \"" + new string('a', 70_000) + "\", \"zone\": \"Europe/Vienna\"}]}";

        Refusal(() => Format.Read(json)).ToString().Should().Be(
            "refused: the string is 70000 bytes long, more than 65536 (TimetableReadLimits.MaxStringBytes) at $.countries[0].name, line 1, column 40");
    }

    [Fact]
    public void Read_ArrayLongerThanMaxArrayLength_IsRefusedAtTheFirstElementPastTheLimit()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { Limits = new TimetableReadLimits { MaxArrayLength = 3 } };
        var json = "{\"countries\": [{}, {}, {}, {}, {}]}";

        Refusal(() => format.Read(json)).ToString().Should().Be(
            "refused: the array has more than 3 elements (TimetableReadLimits.MaxArrayLength) at $.countries[3], line 1, column 28");
    }

    [Fact]
    public void Read_ObjectWithMorePropertiesThanTheLimit_IsRefusedAtTheFirstPropertyPastIt()
    {
        var json = "{\"countries\": [{" + string.Join(", ", Enumerable.Range(0, 70).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"x{i}\": 1"))) + "}]}";

        var problem = Refusal(() => Format.Read(json));

        problem.Message.Should().Be("refused: the object has more than 64 properties (TimetableReadLimits.MaxPropertiesPerObject)");
        problem.Path.Should().Be("$.countries[0].x64");
    }

    [Fact]
    public void Read_MoreValuesThanMaxValues_IsRefused()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { Limits = new TimetableReadLimits { MaxValues = 10 } };

        var problem = Refusal(() => format.Read("{\"note\": null, \"countries\": [1, 2, 3, 4, 5, 6, 7, 8, 9]}"));

        problem.Message.Should().Be("refused: the file has more than 10 values (TimetableReadLimits.MaxValues)");
        problem.Path.Should().Be("$.countries[7]");
    }

    [Fact]
    public void Read_100MegabytesOfUnknownProperties_IsRefusedFromItsSizeWithLittleAllocation()
    {
        var text = HostileTimetables.UnknownProperties(100 * 1024 * 1024, perObject: 10);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Refusal(() => Format.Read(text)).Message.Should().StartWith("refused: the input is ");

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1024 * 1024);
    }

    [Fact]
    public void Read_15MegabytesOfUnknownPropertiesInManyObjects_ListsMaxProblemsAndCountsTheRest()
    {
        var text = HostileTimetables.UnknownProperties(15 * 1024 * 1024, perObject: 10);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var problems = FluentActions.Invoking(() => Format.Read(text)).Should().Throw<TimetableFormatException>().Which.Problems;

        problems.Should().HaveCount(101);
        problems[0].Message.Should().MatchRegex("^[0-9]+ more problem\\(s\\) not listed: only the first 100 are kept \\(TimetableReadLimits.MaxProblems\\)$");
        problems.Skip(1).Should().OnlyContain(p => p.Message.StartsWith("unknown property \"x", StringComparison.Ordinal) && p.Line == 1);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1024L * 1024 * 1024, "the memory of a read is bounded by its input, not by the problems it finds");
    }

    [Fact]
    public void Read_1500StagesWithDensePredecessors_ReadsWithMemoryBoundedByTheInput()
    {
        var text = HostileTimetables.DensePredecessors(1500);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var document = Format.Read(text);

        document.Timetable.Stages.Should().HaveCount(1500);
        document.Timetable.Stages.Single(s => s.Id.Value == "s1499").Predecessors.Should().HaveCount(1499);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().BeLessThan(120L * Encoding.UTF8.GetByteCount(text), "about 1.1 million predecessor references are read in time and memory linear in the file ({0} bytes)", text.Length);
    }

    [Fact]
    public void Limits_NonPositiveValue_ThrowsNamingTheLimit()
    {
        var act = () => new TimetableReadLimits { MaxDepth = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("TimetableReadLimits.MaxDepth must be positive.");
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
