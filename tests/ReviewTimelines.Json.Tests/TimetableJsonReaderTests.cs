using System.Text;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

public class TimetableJsonReaderTests
{
    private static readonly TimetableJson Format = new(DateTimeZoneProviders.Tzdb);

    private static string[] Problems(string json)
    {
        var act = () => Format.Read(json);
        return [.. act.Should().Throw<TimetableFormatException>().Which.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void Read_EmptyObject_GivesAnEmptyTimetable()
    {
        var document = Format.Read("{}");

        document.Timetable.Mechanisms.Should().BeEmpty();
        document.Feeds.Should().BeEmpty();
        Format.Write(document).Should().Be("{\n  \"formatVersion\": 2\n}\n");
    }

    [Fact]
    public void Read_RootIsNotAnObject_NamesTheRoot()
    {
        Problems("[]").Should().Equal("expected an object but found an array at $, line 1, column 1");
    }

    [Fact]
    public void Read_EmptyText_IsMalformed()
    {
        Problems(string.Empty).Should().ContainSingle().Which.Should().StartWith("malformed JSON: ").And.EndWith(" at $, line 1, column 1");
    }

    [Fact]
    public void Read_CommentsTrailingCommasAndSchema_AreAccepted()
    {
        var json = """
            {
              // editors may add comments
              "$schema": "./timetable.schema.json",
              "countries": [
                { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna", }, /* trailing comma */
              ],
            }
            """;

        Format.Read(json).Timetable.Countries.Should().ContainSingle().Which.Zone.Id.Should().Be("Europe/Vienna");
    }

    [Fact]
    public void Read_Utf8BytesWithByteOrderMark_AreRead()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "countries": [ { "code": "AUT", "name": "Österreich", "zone": "Europe/Vienna" } ] }""")];

        Format.Read(bytes).Timetable.Countries.Single().Name.Should().Be("Österreich");
    }

    [Fact]
    public void Read_NonAsciiBeforeAValue_CountsColumnsInCharacters()
    {
        // "Ö" takes two UTF-8 bytes but one column: the zone value starts at column 56, not 57.
        Problems("""{ "countries": [ { "name": "Ö", "code": "AUT", "zone": "Nowhere/City" } ] }""").Should().Equal(
            "unknown zone \"Nowhere/City\" at $.countries[0].zone, line 1, column 56");
    }

    [Fact]
    public void Read_MissingRequiredProperties_ArePlacedAtTheirObject()
    {
        Problems("""
            {
              "countries": [
                { "code": "AUT" }
              ]
            }
            """).Should().Equal(
            "missing required property \"name\" at $.countries[0].name, line 3, column 5",
            "missing required property \"zone\" at $.countries[0].zone, line 3, column 5");
    }

    [Fact]
    public void Read_DuplicateProperty_IsAnError()
    {
        Problems("""{ "countries": [ { "code": "AUT", "code": "DEU", "name": "Austria", "zone": "Europe/Vienna" } ] }""").Should().Equal(
            "property \"code\" appears more than once at $.countries[0].code, line 1, column 28");
    }

    [Fact]
    public void Read_BothOrNeitherTimingShape_IsAnError()
    {
        Problems("""{ "people": [ { "id": "p", "name": "P", "role": "other", "homeZone": "UTC", "unavailability": [ { "first": "2021-01-01", "last": "2021-01-02", "start": "2021-01-01T10:00Z", "end": "2021-01-01T11:00Z", "zone": "UTC" }, { "zone": "UTC" } ] } ] }""")
            .Should().Equal(
                "a timing needs either \"first\" and \"last\" (all-day dates) or \"start\" and \"end\" (date-times), not both or neither at $.people[0].unavailability[0], line 1, column 97",
                "a timing needs either \"first\" and \"last\" (all-day dates) or \"start\" and \"end\" (date-times), not both or neither at $.people[0].unavailability[1], line 1, column 219");
    }

    [Fact]
    public void Read_BadValues_AreAllReported()
    {
        Problems("""
            {
              "formatVersion": 3,
              "mechanisms": [ { "reference": "GRCO" } ],
              "countries": [
                {
                  "code": "Austria",
                  "name": "Austria",
                  "zone": "Europe/Vienna",
                  "calendar": {
                    "zone": "Europe/Berlin",
                    "nonWorkingDays": [
                      { "date": "2021-04-05", "name": "Easter Monday" },
                      { "date": "2021-04-05", "name": "Easter Monday again" },
                      { "date": "2021-02-30", "name": "No such day" }
                    ],
                    "weekendRules": [ { "days": [ "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" ] } ],
                    "workingHours": [ { "spans": [ { "days": [ "monday" ], "start": "09:00:00", "end": "12:00:00" }, { "days": [ "monday" ], "start": "11:00:00", "end": "13:00:00" } ] } ]
                  }
                }
              ]
            }
            """).Should().Equal(
            "unsupported format version 3 (this reader knows versions 1 and 2) at $.formatVersion, line 2, column 20",
            "unknown reference mechanism \"GRCO\" (the catalog holds UNCAC-IRM, GRECO, OECD-WGB, OAS-MESICIC, FATF, AU-ABC, OECD-ACN-IAP, ARAB-ACAC) at $.mechanisms[0].reference, line 3, column 34",
            "\"Austria\" is not an ISO 3166-1 alpha-3 country code (three upper-case letters such as AUT) at $.countries[0].code, line 6, column 15",
            "a country's calendar uses the country's zone Europe/Vienna; remove \"zone\" or make it equal at $.countries[0].calendar.zone, line 10, column 17",
            "the non-working day 2021-04-05 is listed more than once at $.countries[0].calendar.nonWorkingDays[1].date, line 13, column 21",
            "\"2021-02-30\" is not an ISO 8601 date (yyyy-MM-dd) at $.countries[0].calendar.nonWorkingDays[2].date, line 14, column 21",
            "a weekend rule must leave at least one working day a week at $.countries[0].calendar.weekendRules[0], line 16, column 27",
            "working hours 09:00/12:00 and 11:00/13:00 on Monday overlap at $.countries[0].calendar.workingHours[0], line 17, column 27");
    }

    [Fact]
    public void Read_UnknownEnumValueAndWrongType_NameTheAllowedValues()
    {
        Problems("""{ "meetings": [ { "id": "m", "kind": "summit", "name": "M", "timing": { "first": "2021-01-01", "last": "2021-01-01", "zone": "UTC" }, "venueName": "V", "venueZone": "UTC", "pinned": "yes" } ] }""")
            .Should().Equal(
                "unknown meeting kind \"summit\" (expected one of: plenary, implementationReviewGroupSession, conferenceOfStatesParties, workingMeeting, other) at $.meetings[0].kind, line 1, column 38",
                "expected a boolean but found a string at $.meetings[0].pinned, line 1, column 183");
    }

    [Fact]
    public void Read_WorkingHoursOverridesNotesSourcesAndNotStated_AreCarried()
    {
        var json = """
            {
              "note": "Sample timetable",
              "mechanisms": [ { "reference": "GRECO" } ],
              "cycles": [ { "id": "GRECO-5", "mechanism": "GRECO", "name": "Fifth round" } ],
              "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna", "calendar": {
                "workingHoursOverrides": [
                  { "date": "2021-12-24", "spans": [ { "start": "09:00:00", "end": "12:00:00" } ] },
                  { "date": "2021-12-31", "spans": [] } ] } } ],
              "reviews": [ { "id": "R", "mechanism": "GRECO", "cycle": "GRECO-5", "stateUnderReview": "AUT", "note": "Illustrative",
                "stages": [ { "id": "S", "kind": "countryVisit", "name": "Visit",
                  "timing": { "first": "2021-09-27", "last": "2021-10-01", "zone": "Europe/Vienna" },
                  "source": { "citation": "https://example.org/rule", "confidence": "estimate" } } ] } ],
              "meetings": [ { "id": "P", "kind": "plenary", "name": "Plenary", "timing": { "first": "2021-06-14", "last": "2021-06-18", "zone": "Europe/Paris" },
                "venueName": "Strasbourg", "venueZone": "Europe/Paris", "format": "notStated" } ]
            }
            """;

        var timetable = Format.Read(json).Timetable;

        timetable.Note.Should().Be("Sample timetable");
        var calendar = timetable.Countries.Single().Calendar;
        calendar.WorkingHoursOverrides.Keys.Should().Equal(new LocalDate(2021, 12, 24), new LocalDate(2021, 12, 31));
        calendar.WorkingHoursOn(new LocalDate(2021, 12, 24)).Should().Equal(WorkingHoursRange.FromHours(9, 0, 12, 0));
        calendar.WorkingHoursOverrides[new LocalDate(2021, 12, 31)].Should().BeEmpty();
        var review = timetable.Reviews.Single();
        review.Note.Should().Be("Illustrative");
        review.Stages.Single().Source.Should().Be(new SourceReference("https://example.org/rule", Confidence.Estimate));
        timetable.Meetings.Single().Format.Should().Be(MeetingFormat.NotStated);
    }

    [Fact]
    public void Read_WorkingHoursOverrideDateTwice_IsAnErrorAtTheSecond()
    {
        var json = """
            { "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna", "calendar": { "workingHoursOverrides": [
              { "date": "2021-12-24", "spans": [] },
              { "date": "2021-12-24", "spans": [] } ] } } ] }
            """;

        Problems(json).Should().ContainSingle().Which.Should()
            .StartWith("the working hours of 2021-12-24 are already overridden at $.countries[0].calendar.workingHoursOverrides[1].date, line 3");
    }

    [Fact]
    public void Read_DuplicateIds_PointAtTheSecondItem()
    {
        var json = """
            {
              "countries": [
                { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" },
                { "code": "COL", "name": "Colombia", "zone": "America/Bogota" },
                { "code": "AUT", "name": "Austria again", "zone": "Europe/Vienna" }
              ]
            }
            """;

        var problem = FluentActions.Invoking(() => Format.Read(json)).Should().Throw<TimetableFormatException>()
            .Which.Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.countries[2].code");
        problem.Line.Should().Be(5);
        problem.Message.Should().Contain("AUT");
    }

    [Fact]
    public void Read_ModelWarnings_AreReturnedWithTheirPlace()
    {
        var json = """
            {
              "mechanisms": [ { "reference": "GRECO" } ],
              "cycles": [ { "id": "GRECO-5", "mechanism": "GRECO", "name": "Fifth round" } ],
              "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" } ],
              "people": [ { "id": "fp", "name": "Focal point", "role": "other", "homeZone": "Europe/Vienna", "country": "AUT" } ],
              "reviews": [ { "id": "R", "mechanism": "GRECO", "cycle": "GRECO-5", "stateUnderReview": "AUT", "focalPoint": "fp" } ]
            }
            """;

        var document = Format.Read(json);

        document.Warnings.Should().ContainSingle().Which.Should().Match<TimetableFormatProblem>(p =>
            p.Severity == ProblemSeverity.Warning && p.Path == "$.reviews[0].focalPoint" && p.Line == 6 && p.Column == 112);
    }

    [Fact]
    public void Read_Feed_DefaultsToTheOwnersZoneAndResolvesAgainstAFolder()
    {
        var json = """
            {
              "countries": [ { "code": "AUT", "name": "Austria", "zone": "Europe/Vienna" } ],
              "feeds": [ { "path": "feeds/aut.ics", "owner": "country:AUT" } ]
            }
            """;

        var feed = Format.Read(json).Feeds.Single();

        feed.Zone.Id.Should().Be("Europe/Vienna");
        feed.FloatingZone.Should().BeNull();
        feed.ResolvePath("/data/timetables").Should().Be(Path.GetFullPath("/data/timetables/feeds/aut.ics"));
    }

    [Fact]
    public void WriteTo_ThenReadStream_RoundTrips()
    {
        var document = SampleFiles.Format().Read(SampleFiles.Text("austria-2021.json"));
        using var stream = new MemoryStream();

        Format.WriteTo(document, stream);
        stream.Position = 0;

        Format.Read(stream).Should().Be(document);
        stream.ToArray().Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void Write_FullMechanismNotInCatalog_IsWrittenInFull()
    {
        var timetable = new TimetableBuilder()
            .AddMechanism(new Mechanism { Id = new MechanismId("GRECO"), Name = "Renamed", ShortName = "G", SeatName = "S", SeatZone = DateTimeZoneProviders.Tzdb["Europe/Paris"] })
            .Build();

        Format.Write(timetable).Should().Be("""
            {
              "formatVersion": 2,
              "mechanisms": [
                {
                  "id": "GRECO",
                  "name": "Renamed",
                  "shortName": "G",
                  "seatName": "S",
                  "seatZone": "Europe/Paris"
                }
              ]
            }

            """.ReplaceLineEndings("\n"));
    }
}
