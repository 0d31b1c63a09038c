using NodaTime;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Json.Tests;

/// <summary>The illustrative sample timetable (samples/sample-timetable.json, the tool's default input) reads, and is kept in the writer's canonical form.</summary>
public class SampleTimetableRoundTripTests
{
    [Fact]
    public void ReadThenWrite_SampleFile_WritesTheFileTextBack()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { SchemaReference = "../docs/timetable.schema.json" };
        var text = SampleTimetableFile.Text().ReplaceLineEndings("\n");

        var read = format.Read(text);
        var written = format.Write(read);

        read.Warnings.Should().BeEmpty();
        written.Should().Be(text, "the sample is kept in the writer's canonical form (fixed order, two-space indent, LF)");
        format.Read(written).Should().Be(read);
        CalendarContent.Of(format.Read(written).Timetable).Should().Equal(CalendarContent.Of(read.Timetable));
        read.Timetable.Meetings.Should().NotBeEmpty();
        read.Timetable.Reviews.Should().HaveCount(6);
    }

    [Fact]
    public void Read_SampleFile_PassesTheSchema() =>
        SchemaTests.Evaluate(SampleTimetableFile.Text()).IsValid.Should().BeTrue();
}
