using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests.Limits;

/// <summary>Issue 22.2–22.5 in the reader: no sentinel values, only the documented exception, one supported range, safe messages; issue 21.3: file feeds can be turned off.</summary>
public class UnsafeValueTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private static string[] Problems(TimetableJson format, string json) =>
        [.. FluentActions.Invoking(() => format.Read(json)).Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())];

    [Fact]
    public void Read_RealCountryZzz_RoundTripsAndIsReferable()
    {
        var json = HostileTimetables.Head.Replace("\"AUT\", \"name\": \"Austria\"", "\"ZZZ\", \"name\": \"Zedland\"", StringComparison.Ordinal) + """
            "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "ZZZ"}],
            "blackouts": [{"id": "B", "scope": "country:ZZZ", "name": "Election", "first": "2021-01-04", "last": "2021-01-05", "zone": "Europe/Vienna", "kind": "other"}]}
            """;

        var document = Format.Read(json);

        document.Timetable.Countries.Select(c => c.Code.Value).Should().Equal("ZZZ");
        document.Timetable.Reviews.Single().StateUnderReview.Value.Should().Be("ZZZ");
        document.Timetable.Blackouts.Single().Scope.Should().Be(TimetableResource.ForCountry(new CountryCode("ZZZ")));
        Format.Read(Format.Write(document)).Should().Be(document);
    }

    [Fact]
    public void Read_LoneSurrogateInAString_IsAnErrorWithItsPathAndLine()
    {
        var json = "{\"countries\": [{\"code\": \"AUT\",\n \"name\": \"Aus\\ud800tria\", \"zone\": \"Europe/Vienna\"}]}";

        Problems(Format, json).Should().Equal("the string is not valid Unicode text (it holds a lone surrogate such as \\ud800) at $.countries[0].name, line 2, column 10");
    }

    [Fact]
    public void Read_LoneSurrogateInAPropertyNameOrDate_IsAnErrorWithItsPlace()
    {
        var json = "{\"countries\": [{\"code\": \"AUT\", \"na\\udc00me\": \"Austria\", \"zone\": \"Europe/Vienna\"}],\n \"blackouts\": [{\"id\": \"B\", \"scope\": \"country:AUT\", \"name\": \"N\", \"first\": \"2021-01-0\\ud800\", \"last\": \"2021-01-05\", \"zone\": \"UTC\", \"kind\": \"other\"}]}";

        Problems(Format, json).Should().Equal(
            "a property name is not valid Unicode text (it holds a lone surrogate such as \\ud800) at $.countries[0], line 1, column 16",
            "missing required property \"name\" at $.countries[0].name, line 1, column 16",
            "the string is not valid Unicode text (it holds a lone surrogate such as \\ud800) at $.blackouts[0].first, line 2, column 74");
    }

    [Theory]
    [InlineData("1900-01-01", "1900-01-01", "Europe/Vienna")]
    [InlineData("2200-12-31", "2200-12-31", "America/New_York")]
    [InlineData("1900-01-01", "1900-01-01", "Pacific/Kiritimati")]
    [InlineData("2200-12-31", "2200-12-31", "Pacific/Pago_Pago")]
    public void Read_StageAtTheEdgeOfTheSupportedYears_LiesInsideSupportedRange(string first, string last, string zone)
    {
        var json = HostileTimetables.Head + $$$"""
            "reviews": [{"id": "R", "mechanism": "GRECO", "cycle": "C", "stateUnderReview": "AUT", "stages": [{"id": "S", "kind": "deskReview", "name": "S", "timing": {"first": "{{{first}}}", "last": "{{{last}}}", "zone": "{{{zone}}}"}}]}]}
            """;

        var range = Format.Read(json).Timetable.Stages.Single().ToInstantRange();

        TimetableJson.SupportedRange.Contains(range.Start).Should().BeTrue();
        range.End.Should().BeLessThanOrEqualTo(TimetableJson.SupportedRange.End);
    }

    [Fact]
    public void SupportedRange_IsTheSupportedYearsWidenedByTheLargestOffset()
    {
        TimetableJson.SupportedRange.ToString().Should().Be("1899-12-31T06:00:00Z/2201-01-01T18:00:00Z");
    }

    [Fact]
    public void Read_FeedsWhenFileFeedsAreOff_IsAnErrorAtEachPath()
    {
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { AllowFileFeeds = false };
        var json = HostileTimetables.Head + """
            "feeds": [{"path": "/etc/passwd", "owner": "country:AUT"}]}
            """;

        Problems(format, json).Should().Equal("file feeds are turned off here (TimetableJson.AllowFileFeeds is false): remove the feed at $.feeds[0].path, line 1, column 201");
        Format.Read(json).Feeds.Single().Path.Should().Be("/etc/passwd");
    }

    [Fact]
    public void Read_ValueWithControlCharactersAndMegabytes_IsEchoedEscapedAndCut()
    {
        var zone = "Europe/\u001b[31mVienna\nforged line\u202e" + new string('x', 100_000 - 31);
        var json = "{\"countries\": [{\"code\": \"AUT\", \"name\": \"Austria\", \"zone\": \"" + zone.Replace("\u001b", "\\u001b", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"}]}";
        var format = new TimetableJson(DateTimeZoneProviders.Tzdb) { Limits = new TimetableReadLimits { MaxStringBytes = 200_000 } };

        var problem = Problems(format, json).Single();

        problem.Should().StartWith("unknown zone \"Europe/\\u001b[31mVienna\\u000aforged line\\u202exxx");
        problem.Should().Contain("\u2026 (100000 characters)\" at $.countries[0].zone");
        problem.Length.Should().BeLessThan(200);
        problem.Should().NotContainAny("\n", "\u001b", "\u202e");
    }
}
