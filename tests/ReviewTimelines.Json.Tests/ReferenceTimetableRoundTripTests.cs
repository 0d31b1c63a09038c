using NodaTime;
using ReviewTimelines.ReferenceData;

namespace ReviewTimelines.Json.Tests;

/// <summary>The embedded reference timetable (published meetings and the illustrative 2021 sample) survives the file format.</summary>
public class ReferenceTimetableRoundTripTests
{
    [Fact]
    public void WriteThenRead_ReferenceTimetable_IsEqualAndWritesTheSameText()
    {
        var reference = ReferenceTimetable.Create(DateTimeZoneProviders.Tzdb);
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb, reference.Catalog);
        var original = new TimetableDocument(reference.Timetable);

        var text = format.Write(original);
        var read = format.Read(text);

        read.Should().Be(original);
        CalendarContent.Of(read.Timetable).Should().Equal(CalendarContent.Of(original.Timetable));
        format.Write(read).Should().Be(text);
        read.Timetable.Meetings.Should().HaveCount(reference.Timetable.Meetings.Length).And.NotBeEmpty();
    }

    [Fact]
    public void Write_ReferenceTimetable_PassesTheSchema()
    {
        var reference = ReferenceTimetable.Create(DateTimeZoneProviders.Tzdb);
        var text = new TimetableJson(DateTimeZoneProviders.Tzdb, reference.Catalog).Write(reference.Timetable);

        SchemaTests.Evaluate(text).IsValid.Should().BeTrue();
    }
}
