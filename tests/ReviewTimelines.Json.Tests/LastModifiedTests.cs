using NodaTime;

namespace ReviewTimelines.Json.Tests;

public class LastModifiedTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private const string Country = """{ "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" }""";

    [Fact]
    public void Read_LastModifiedWithOffset_IsTheInstant()
    {
        var json = "{ \"countries\": [ " + Country + " ], \"blackouts\": [ { \"id\": \"b\", \"scope\": \"country:AUT\", \"name\": \"Closure\", "
            + "\"first\": \"2025-12-24\", \"last\": \"2025-12-31\", \"zone\": \"Europe/Vienna\", \"kind\": \"closure\", \"lastModified\": \"2025-01-10T10:30:00+01:00\" } ] }";

        var document = Format.Read(json);

        document.Timetable.Blackouts.Single().LastModified.Should().Be(Instant.FromUtc(2025, 1, 10, 9, 30));
        Format.Write(document).Should().Contain("\"lastModified\": \"2025-01-10T09:30:00Z\"");
    }

    [Fact]
    public void Read_LastModifiedAbsent_IsNull()
    {
        var json = "{ \"countries\": [ " + Country + " ], \"blackouts\": [ { \"id\": \"b\", \"scope\": \"country:AUT\", \"name\": \"Closure\", "
            + "\"first\": \"2025-12-24\", \"last\": \"2025-12-31\", \"zone\": \"Europe/Vienna\", \"kind\": \"closure\" } ] }";

        var document = Format.Read(json);

        document.Timetable.Blackouts.Single().LastModified.Should().BeNull();
        Format.Write(document).Should().NotContain("lastModified");
    }

    [Theory]
    [InlineData("2025-01-10T09:30:00", "the last change \"2025-01-10T09:30:00\" is not an RFC 3339 date-time with an offset (e.g. \"2025-01-10T09:30:00Z\") at $.blackouts[0].lastModified")]
    [InlineData("1850-01-10T09:30:00Z", "date-time 1850-01-10T09:30:00Z is outside the supported years 1900\u20132200 at $.blackouts[0].lastModified")]
    public void Read_BadLastModified_NamesThePlace(string value, string expected)
    {
        var json = "{ \"countries\": [ " + Country + " ], \"blackouts\": [ { \"id\": \"b\", \"scope\": \"country:AUT\", \"name\": \"Closure\", "
            + "\"first\": \"2025-12-24\", \"last\": \"2025-12-31\", \"zone\": \"Europe/Vienna\", \"kind\": \"closure\", \"lastModified\": \"" + value + "\" } ] }";

        var act = () => Format.Read(json);

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString()).Single().Should().StartWith(expected);
    }
}
