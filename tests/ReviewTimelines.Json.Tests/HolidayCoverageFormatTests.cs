using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>A calendar's <c>holidayCoverage</c> in the file (issue 13 item 2).</summary>
public class HolidayCoverageFormatTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private const string Json = """
        {
          "formatVersion": 2,
          "countries": [
            {
              "code": "AUT",
              "name": "Austria",
              "zone": "Europe/Vienna",
              "calendar": {
                "nonWorkingDays": [
                  {
                    "date": "2021-12-08",
                    "name": "Immaculate Conception"
                  }
                ],
                "holidayCoverage": [
                  {
                    "first": "2021-01-01",
                    "last": "2021-12-31"
                  }
                ]
              }
            }
          ]
        }

        """;

    [Fact]
    public void Read_CalendarWithHolidayCoverage_DeclaresItAndChecksQuestionsOutsideIt()
    {
        var calendar = Format.Read(Json).Timetable.GetCountry(new CountryCode("AUT")).Calendar;

        calendar.HolidayCoverage.Should().ContainSingle().Which.ToString().Should().Be("the timetable file 2021-01-01/2021-12-31");
        calendar.IsWorkingDay(new LocalDate(2021, 12, 8)).Should().BeFalse();
        FluentActions.Invoking(() => calendar.AddWorkingDays(new LocalDate(2021, 12, 30), 5)).Should().Throw<CalendarCoverageException>()
            .Which.Message.Should().Contain("Calendar 'AUT'").And.Contain("the year 2022 is not covered");
    }

    [Fact]
    public void Write_CalendarWithHolidayCoverage_RoundTripsTheText()
    {
        Format.Write(Format.Read(Json)).Should().Be(Json.ReplaceLineEndings("\n"));
    }
}
