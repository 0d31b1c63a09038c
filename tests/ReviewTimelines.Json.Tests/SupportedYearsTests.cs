using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Json.Tests;

/// <summary>Every date, date-time and instant of a file must lie in the supported years 1900–2200 (newcomer finding: years 0001, 2921 and 9999 were read and crashed later).</summary>
public class SupportedYearsTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    public static TheoryData<int, string, string> DateFields => new()
    {
        // line of the sample, JSON path of the value, replacement year
        { 11, "$.mechanisms[0].seatCalendar.nonWorkingDays[0].date", "2921" },
        { 51, "$.cycles[0].dates.first", "1899" },
        { 61, "$.cycles[1].dates.last", "2201" },
        { 84, "$.countries[0].calendar.weekendRules[1].effectiveFrom", "9999" },
        { 94, "$.countries[0].calendar.softPeriods[0].first", "0001" },
        { 134, "$.countries[1].calendar.softPeriods[0].last", "9999" },
        { 110, "$.countries[1].calendar.nonWorkingDays[0].date", "2921" },
        { 205, "$.people[1].unavailability[0].start", "2921" },
        { 206, "$.people[1].unavailability[0].end", "2921" },
        { 211, "$.people[1].unavailability[1].last", "2921" },
        { 279, "$.reviews[0].stages[0].timing.first", "2921" },
        { 280, "$.reviews[0].stages[0].timing.last", "9999" },
        { 304, "$.reviews[0].stages[1].deadline.date", "1899" },
        { 359, "$.reviews[1].stages[0].timing.start", "0001" },
        { 360, "$.reviews[1].stages[0].timing.end", "9999" },
        { 436, "$.meetings[0].timing.first", "9999" },
        { 458, "$.meetings[1].timing.end", "9999" },
        { 457, "$.meetings[1].timing.start", "0001" },
        { 482, "$.blackouts[0].first", "2921" },
        { 493, "$.blackouts[1].last", "2201" },
    };

    [Theory]
    [MemberData(nameof(DateFields))]
    public void Read_YearOutsideTheSupportedRange_IsTheOnlyProblemWithItsPlace(int line, string path, string year)
    {
        var lines = SampleFiles.Text("austria-2021.json").Split('\n');
        var text = lines[line - 1];
        var quote = text.IndexOf(": \"", StringComparison.Ordinal) + 2;
        var value = text[(quote + 1)..text.IndexOf('"', quote + 1)];
        var changed = year + value[4..];
        lines[line - 1] = text[..(quote + 1)] + changed + text[(quote + 1 + value.Length)..];
        var kind = value.Contains('T', StringComparison.Ordinal) ? "date-time" : "date";

        var act = () => Format.Read(string.Join('\n', lines));

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            string.Format(CultureInfo.InvariantCulture, "{0} {1} is outside the supported years 1900–2200 at {2}, line {3}, column {4}", kind, changed, path, line, quote + 1));
    }

    [Fact]
    public void Read_UnchangedSample_Reads()
    {
        Format.Read(SampleFiles.Text("austria-2021.json")).Timetable.Reviews.Should().HaveCount(3);
    }

    [Fact]
    public void Read_DatesOnTheBoundaries_AreAccepted()
    {
        var json = """
            { "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna",
              "calendar": { "nonWorkingDays": [ { "date": "1900-01-01", "name": "first" }, { "date": "2200-12-31", "name": "last" } ] } } ],
              "blackouts": [ { "id": "b", "scope": "country:AUT", "name": "span", "first": "1900-01-01", "last": "2200-12-31", "zone": "Europe/Vienna", "kind": "other" } ] }
            """;

        var timetable = Format.Read(json).Timetable;

        timetable.Blackouts.Single().Dates.Dates.Start.Should().Be(new LocalDate(1900, 1, 1));
        timetable.Blackouts.Single().Dates.Dates.End.Should().Be(new LocalDate(2200, 12, 31));
    }

    [Fact]
    public void Read_TypoYear2921InAStage_NamesTheDateAndItsPlace()
    {
        var json = """
            {
              "reviews": [
                { "id": "r",
                  "stages": [
                    { "timing": { "first": "2921-06-14", "last": "2021-06-14", "zone": "Europe/Vienna" } } ] } ]
            }
            """;

        var problems = Format.Invoking(f => f.Read(json)).Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString());

        problems.Should().Contain("date 2921-06-14 is outside the supported years 1900–2200 at $.reviews[0].stages[0].timing.first, line 5, column 32");
        problems.Should().NotContain(p => p.Contains("timing.first", StringComparison.Ordinal) && !p.StartsWith("date 2921", StringComparison.Ordinal));
    }

    [Fact]
    public void SupportedYears_AreTheDocumentedConstants()
    {
        (TimetableJson.MinSupportedYear, TimetableJson.MaxSupportedYear).Should().Be((1900, 2200));
    }

    [Fact]
    public void Read_BothDatesOfAStageOutOfRange_ReportsExactlyTheTwoDates()
    {
        var lines = SampleFiles.Text("austria-2021.json").Split('\n');
        lines[318 - 1] = lines[318 - 1].Replace("2021-06-07", "9999-12-29", StringComparison.Ordinal);
        lines[319 - 1] = lines[319 - 1].Replace("2021-06-11", "9999-12-31", StringComparison.Ordinal);

        var act = () => Format.Read(string.Join('\n', lines));

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "date 9999-12-29 is outside the supported years 1900–2200 at $.reviews[0].stages[2].timing.first, line 318, column 22",
            "date 9999-12-31 is outside the supported years 1900–2200 at $.reviews[0].stages[2].timing.last, line 319, column 21");
    }

    [Fact]
    public void Read_BothDatesOfAStageUnparsable_ReportsExactlyTheTwoDates()
    {
        var lines = SampleFiles.Text("austria-2021.json").Split('\n');
        lines[318 - 1] = lines[318 - 1].Replace("2021-06-07", "2021-02-30", StringComparison.Ordinal);
        lines[319 - 1] = lines[319 - 1].Replace("2021-06-11", "2021-13-01", StringComparison.Ordinal);

        var act = () => Format.Read(string.Join('\n', lines));

        act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "\"2021-02-30\" is not an ISO 8601 date (yyyy-MM-dd) at $.reviews[0].stages[2].timing.first, line 318, column 22",
            "\"2021-13-01\" is not an ISO 8601 date (yyyy-MM-dd) at $.reviews[0].stages[2].timing.last, line 319, column 21");
    }
}
