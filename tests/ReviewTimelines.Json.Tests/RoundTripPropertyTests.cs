using CsCheck;
using NodaTime;

namespace ReviewTimelines.Json.Tests;

public class RoundTripPropertyTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    [Fact]
    public void ModelToJsonToModel_RandomTimetables_AreEqualAndWriteTheSameText()
    {
        Gen.Int.Sample(
            seed =>
            {
                var original = RandomTimetables.Create(seed);
                var text = Format.Write(original);
                var read = Format.Read(text);

                read.Should().Be(original);
                CalendarContent.Of(read.Timetable).Should().Equal(CalendarContent.Of(original.Timetable));
                Format.Write(read).Should().Be(text);
            },
            iter: 1000);
    }

    [Fact]
    public void Write_RandomTimetables_UsesLfNewlinesAndEndsWithOne()
    {
        Gen.Int.Sample(
            seed =>
            {
                var text = Format.Write(RandomTimetables.Create(seed));

                text.Should().NotContain("\r").And.EndWith("}\n");
            },
            iter: 1000);
    }
}
