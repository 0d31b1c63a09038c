using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>Field cases (FIELD-CASES.md) as they reach the file format: wall-clock times, odd offsets, degenerate ranges, weekend changes.</summary>
public class FieldCaseTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private static string Person(string unavailability) => $$"""
        {
          "people": [
            {
              "id": "expert",
              "name": "Expert",
              "role": "governmentalExpert",
              "homeZone": "Europe/Vienna",
              "unavailability": [ {{unavailability}} ]
            }
          ]
        }
        """;

    private static ItemTiming ReadTiming(string unavailability) =>
        Format.Read(Person(unavailability)).Timetable.Persons.Single().Unavailability.Single();

    private static string[] Problems(string json)
    {
        var act = () => Format.Read(json);
        return [.. act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void FieldCases_TzdbVersion_IsTheOneTheExpectedInstantsWereCheckedWith()
    {
        NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.TzdbVersion.Should().Be("2026f");
    }

    [Fact]
    public void BC01_VisitAcrossSpringForward_LastsTwoHoursAndIsWrittenAsWallTime()
    {
        var timing = ReadTiming("""{ "start": "2025-03-30T01:00", "end": "2025-03-30T04:00", "zone": "Europe/Vienna" }""");

        timing.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 3, 30, 0, 0));
        timing.ToInstantRange().End.Should().Be(Instant.FromUtc(2025, 3, 30, 2, 0));
        timing.ToInstantRange().Duration.Should().Be(Duration.FromHours(2));
        var written = Format.Write(Format.Read(Person("""{ "start": "2025-03-30T01:00", "end": "2025-03-30T04:00", "zone": "Europe/Vienna" }""")));
        written.Should().Contain("\"start\": \"2025-03-30T01:00:00\"").And.Contain("\"end\": \"2025-03-30T04:00:00\"");
        timing.Should().BeOfType<WallClockTiming>().Which.Start.Should().Be(new LocalDateTime(2025, 3, 30, 1, 0));
    }

    [Fact]
    public void BC03_SkippedAndRepeatedTimes_StrictIsAnErrorLenientFollowsRfc5545()
    {
        Problems(Person("""{ "start": "2025-03-30T02:30", "end": "2025-10-26T02:30", "zone": "Europe/Berlin" }""")).Should().Equal(
            "the local time 2025-03-30T02:30 does not exist in Europe/Berlin (skipped by a clock change); give \"resolution\": \"lenient\" or a UTC instant at $.people[0].unavailability[0].start, line 8, column 38",
            "the local time 2025-10-26T02:30 occurs twice in Europe/Berlin (clock change); give \"resolution\": \"lenient\" or a UTC instant at $.people[0].unavailability[0].end, line 8, column 65");

        var lenient = ReadTiming("""{ "start": "2025-03-30T02:30", "end": "2025-10-26T02:30", "zone": "Europe/Berlin", "resolution": "lenient" }""");

        lenient.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 3, 30, 1, 30));
        lenient.ToInstantRange().End.Should().Be(Instant.FromUtc(2025, 10, 26, 0, 30));
        Format.Write(Format.Read(Person("""{ "start": "2025-03-30T02:30", "end": "2025-10-26T02:30", "zone": "Europe/Berlin", "resolution": "lenient" }""")))
            .Should().Contain("\"start\": \"2025-03-30T02:30:00\"").And.Contain("\"resolution\": \"lenient\"");
    }

    [Fact]
    public void BC03_OldFileOffsetOnTheSecondPassOfARepeatedHour_IsKeptAsTheExactInstant()
    {
        var json = Person("""{ "start": "2025-10-26T02:30:00+01:00", "end": "2025-10-26T04:00:00+01:00", "zone": "Europe/Berlin" }""");

        var document = Format.Read(json);
        var timing = document.Timetable.Persons.Single().Unavailability.Single();

        timing.Should().BeOfType<InstantRangeTiming>();
        timing.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 10, 26, 1, 30));
        document.Warnings.Should().ContainSingle().Which.Message.Should().Contain("second occurrence");
        Format.Write(document).Should().Contain("\"start\": \"2025-10-26T01:30:00Z\"");
    }

    [Fact]
    public void BC06_LordHowe_HalfHourShiftResolvesAtPlusElevenAndIsWrittenAsWallTime()
    {
        var json = Person("""{ "start": "2025-01-15T09:00", "end": "2025-01-15T10:00", "zone": "Australia/Lord_Howe" }""");

        var timing = Format.Read(json).Timetable.Persons.Single().Unavailability.Single();

        timing.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 1, 14, 22, 0));
        timing.ToInstantRange().End.Should().Be(Instant.FromUtc(2025, 1, 14, 23, 0));
        Format.Write(Format.Read(json)).Should().Contain("\"start\": \"2025-01-15T09:00:00\"");
        var gap = ReadTiming("""{ "start": "2025-10-05T02:15", "end": "2025-10-05T03:00", "zone": "Australia/Lord_Howe", "resolution": "lenient" }""");
        gap.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 10, 4, 15, 45));
        Format.Read(Person("""{ "start": "2025-01-15T09:00:00+11:30", "end": "2025-01-15T10:00:00+11:30", "zone": "Australia/Lord_Howe" }""")).Warnings
            .Should().ContainSingle().Which.Message.Should().Contain("offset +11:30").And.Contain("gives +11").And.Contain("from 2025-01-14T21:30:00Z/2025-01-14T22:30:00Z to 2025-01-14T22:00:00Z/2025-01-14T23:00:00Z");
    }

    [Fact]
    public void BC07_Kathmandu_WallTimeAndUtcInstantsAreKept_OffsetIsWrittenAsPlus0545()
    {
        var wall = Person("""{ "start": "2025-06-02T09:00", "end": "2025-06-02T10:00", "zone": "Asia/Kathmandu" }""");
        var utc = Person("""{ "start": "2025-06-02T03:15:00Z", "end": "2025-06-02T04:15:00Z", "zone": "Asia/Kathmandu" }""");

        ReadTiming("""{ "start": "2025-06-02T09:00", "end": "2025-06-02T10:00", "zone": "Asia/Kathmandu" }""").ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 6, 2, 3, 15));
        Format.Write(Format.Read(wall)).Should().Contain("\"start\": \"2025-06-02T09:00:00\"");
        Format.Write(Format.Read(utc)).Should().Contain("\"start\": \"2025-06-02T03:15:00Z\"").And.Contain("\"end\": \"2025-06-02T04:15:00Z\"");
        Format.Read(Person("""{ "start": "2025-06-02T09:00:00+05:30", "end": "2025-06-02T10:00:00+05:30", "zone": "Asia/Kathmandu" }""")).Warnings
            .Should().ContainSingle().Which.Message.Should().Contain("offset +05:30").And.Contain("gives +05:45");
    }

    [Fact]
    public void BC12_EndBeforeStart_IsAnErrorAtTheEnd_ZeroLengthMarkerIsKept()
    {
        Problems(Person("""{ "start": "2025-06-02T10:00:00Z", "end": "2025-06-02T09:00:00Z", "zone": "UTC" }""")).Should().Equal(
            "the end 2025-06-02T09:00:00Z is before the start 2025-06-02T10:00:00Z at $.people[0].unavailability[0].end, line 8, column 69");

        var marker = ReadTiming("""{ "start": "2025-06-02T10:00:00Z", "end": "2025-06-02T10:00:00Z", "zone": "UTC" }""");

        marker.ToInstantRange().IsEmpty.Should().BeTrue();
        marker.ToInstantRange().Start.Should().Be(Instant.FromUtc(2025, 6, 2, 10, 0));
    }

    [Fact]
    public void BC25_UaeWeekendChange_DatedRulesFromTheFileGiveTuesdayFourthJanuary()
    {
        var json = """
            {
              "countries": [
                {
                  "code": "ARE",
                  "name": "United Arab Emirates",
                  "zone": "Asia/Dubai",
                  "calendar": {
                    "weekendRules": [
                      { "days": [ "friday", "saturday" ] },
                      { "effectiveFrom": "2022-01-01", "days": [ "saturday", "sunday" ] }
                    ]
                  }
                }
              ]
            }
            """;

        var calendar = Format.Read(json).Timetable.GetCountry(new CountryCode("ARE")).Calendar;
        var window = calendar.WorkingDaysFrom(new LocalDate(2021, 12, 30), 3);

        window.End.Should().Be(new LocalDate(2022, 1, 4));
        calendar.DeadlineInstant(window.End, Calendars.DeadlineRoll.None).Should().Be(Instant.FromUtc(2022, 1, 4, 20, 0));
    }
}
