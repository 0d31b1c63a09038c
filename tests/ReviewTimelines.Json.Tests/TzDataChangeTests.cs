using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Tests;

/// <summary>
/// The same timetable under two tz databases (design §3 "future timed items keep their wall time"): Mexico abolished DST
/// in October 2022 (tzdb 2022f), months after many 2023 meetings were planned. "Old" data still has Mexico City on CDT
/// (-05:00) from 2 April 2023; "new" data keeps it on CST (-06:00) since the last fall-back on 30 October 2022.
/// </summary>
public class TzDataChangeTests
{
    private const string OldVersion = "simulated tzdb 2022a (Mexico DST)";
    private const string NewVersion = "simulated tzdb 2022f (no DST in Mexico)";

    // The embedded mechanisms need the real zones; the timetable's own zones come from the simulated data.
    private static readonly ReviewTimelines.ReferenceData.ReferenceCatalog Catalog = ReviewTimelines.ReferenceData.ReferenceCatalog.Create(DateTimeZoneProviders.Tzdb);

    // Old rules: CST until the first Sunday of April 2023 02:00 local (08:00Z), then CDT.
    private static readonly IDateTimeZoneProvider Old = Provider(
        OldVersion,
        new SingleTransitionDateTimeZone(Instant.FromUtc(2023, 4, 2, 8, 0), Offset.FromHours(-6), Offset.FromHours(-5), "America/Mexico_City"));

    // New rules: CDT ended on 30 October 2022 02:00 local (07:00Z) for good.
    private static readonly IDateTimeZoneProvider New = Provider(
        NewVersion,
        new SingleTransitionDateTimeZone(Instant.FromUtc(2022, 10, 30, 7, 0), Offset.FromHours(-5), Offset.FromHours(-6), "America/Mexico_City"));

    private static IDateTimeZoneProvider Provider(string version, DateTimeZone mexico)
    {
        var source = new FakeDateTimeZoneSource.Builder { mexico, DateTimeZoneProviders.Tzdb["Europe/Vienna"] };
        source.VersionId = version;
        return new DateTimeZoneCache(source.Build());
    }

    // A 2023 timetable: a call in Mexico City (affected), a call in Vienna (unaffected), an all-day visit.
    private static Timetable Planned(IDateTimeZoneProvider zones)
    {
        var mexico = zones["America/Mexico_City"];
        var vienna = zones["Europe/Vienna"];
        return new TimetableBuilder()
            .AddPerson(new Person
            {
                Id = new PersonId("expert-mex"),
                Name = "Governmental expert (Mexico)",
                Role = PersonRole.GovernmentalExpert,
                HomeZone = mexico,
                Unavailability =
                [
                    ItemTiming.Timed(new LocalDateTime(2023, 6, 12, 10, 0), new LocalDateTime(2023, 6, 12, 12, 0), mexico, LocalTimeResolution.Strict),
                    ItemTiming.Timed(new LocalDateTime(2023, 6, 13, 9, 0), new LocalDateTime(2023, 6, 13, 10, 0), vienna, LocalTimeResolution.Strict),
                    ItemTiming.AllDay(new LocalDate(2023, 6, 19), new LocalDate(2023, 6, 23), mexico),
                    ItemTiming.Timed(Intervals.InstantRange.FromInstants(Instant.FromUtc(2023, 6, 14, 15, 0), Instant.FromUtc(2023, 6, 14, 16, 0)), mexico),
                ],
            })
            .Build();
    }

    private static IReadOnlyList<ItemTiming> Unavailability(Timetable timetable) => timetable.Persons.Single().Unavailability;

    [Fact]
    public void Read_FileWrittenWithOldTzData_KeepsWallTimesAndMovesInstantsByTheRuleChange()
    {
        var written = new TimetableJson(Old, Catalog).Write(Planned(Old));

        var document = new TimetableJson(New, Catalog).Read(written);

        var before = Unavailability(Planned(Old));
        var after = Unavailability(document.Timetable);
        after[0].Should().Be(before[0], "the wall time 10:00-12:00 Mexico City is the timing");
        ((WallClockTiming)after[0]).Start.Should().Be(new LocalDateTime(2023, 6, 12, 10, 0));
        before[0].ToInstantRange().Start.Should().Be(Instant.FromUtc(2023, 6, 12, 15, 0));
        after[0].ToInstantRange().Start.Should().Be(Instant.FromUtc(2023, 6, 12, 16, 0));
        (after[0].ToInstantRange().Start - before[0].ToInstantRange().Start).Should().Be(Duration.FromHours(1));
        after[1].ToInstantRange().Should().Be(before[1].ToInstantRange(), "Vienna's rules did not change");
        after[2].Should().Be(before[2]);
        after[3].ToInstantRange().Should().Be(before[3].ToInstantRange(), "an explicit UTC instant stays an instant");
        after[3].Should().BeOfType<InstantRangeTiming>();
        written.Should().Contain("\"tzdbVersion\": \"" + OldVersion + "\"").And.Contain("\"start\": \"2023-06-12T10:00:00\"").And.Contain("\"start\": \"2023-06-14T15:00:00Z\"");
        document.Warnings.Should().ContainSingle().Which.Should().Match<TimetableFormatProblem>(w =>
            w.Path == "$.tzdbVersion" && w.Message.Contains(OldVersion, StringComparison.Ordinal) && w.Message.Contains(NewVersion, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OldFormatFileWithPinnedOffsets_WarnsOncePerAffectedItemNamingTheOldAndNewInstant()
    {
        // Format version 1 wrote each timed item with the offset of its writer's tz data.
        var json = """
            {
              "formatVersion": 1,
              "people": [
                {
                  "id": "expert-mex",
                  "name": "Governmental expert (Mexico)",
                  "role": "governmentalExpert",
                  "homeZone": "America/Mexico_City",
                  "unavailability": [
                    { "start": "2023-06-12T10:00:00-05:00", "end": "2023-06-12T12:00:00-05:00", "zone": "America/Mexico_City" },
                    { "start": "2023-06-13T09:00:00+02:00", "end": "2023-06-13T10:00:00+02:00", "zone": "Europe/Vienna" },
                    { "start": "2023-07-03T16:00:00-05:00", "end": "2023-07-03T17:30:00-05:00", "zone": "America/Mexico_City" }
                  ]
                }
              ]
            }
            """;

        var underOld = new TimetableJson(Old, Catalog).Read(json);
        var underNew = new TimetableJson(New, Catalog).Read(json);

        underOld.Warnings.Should().BeEmpty();
        Unavailability(underNew.Timetable).Select(t => ((WallClockTiming)t).Start)
            .Should().Equal(Unavailability(underOld.Timetable).Select(t => ((WallClockTiming)t).Start));
        underNew.Warnings.Select(w => w.Path).Should().Equal("$.people[0].unavailability[0]", "$.people[0].unavailability[2]");
        underNew.Warnings[0].Message.Should().Be(
            "unavailability [0] of person 'expert-mex': written with the UTC offset -05 for America/Mexico_City, but the tz data in use ("
            + NewVersion
            + ") gives -06 at that wall time: the wall-clock times 2023-06-12T10:00:00 to 2023-06-12T12:00:00 are kept, and the item moves from 2023-06-12T15:00:00Z/2023-06-12T17:00:00Z to 2023-06-12T16:00:00Z/2023-06-12T18:00:00Z");
        underNew.Warnings[1].Message.Should().Contain("from 2023-07-03T21:00:00Z/2023-07-03T22:30:00Z to 2023-07-03T22:00:00Z/2023-07-03T23:30:00Z");
    }

    [Fact]
    public void Write_UnderNewTzData_RoundTripKeepsTheWallTimeAndWarnsNoMore()
    {
        var json = """
            {
              "people": [
                {
                  "id": "expert-mex",
                  "name": "Governmental expert (Mexico)",
                  "role": "governmentalExpert",
                  "homeZone": "America/Mexico_City",
                  "unavailability": [
                    { "start": "2023-06-12T10:00:00-05:00", "end": "2023-06-12T12:00:00-05:00", "zone": "America/Mexico_City" }
                  ]
                }
              ]
            }
            """;
        var format = new TimetableJson(New, Catalog);
        var first = format.Read(json);

        var text = format.Write(first);
        var second = format.Read(text);

        text.Should().Contain("\"start\": \"2023-06-12T10:00:00\"").And.Contain("\"tzdbVersion\": \"" + NewVersion + "\"").And.NotContain("-05:00");
        second.Warnings.Should().BeEmpty();
        Unavailability(second.Timetable)[0].Should().Be(Unavailability(first.Timetable)[0]);
        second.Timetable.Persons.Single().Should().Be(first.Timetable.Persons.Single());
        Unavailability(second.Timetable)[0].ToInstantRange().Start.Should().Be(Instant.FromUtc(2023, 6, 12, 16, 0));
        format.Write(second).Should().Be(text);
    }

    [Fact]
    public void Read_OldFormatZuluOnAZoneAtOffsetZero_IsAWallTime_ElsewhereAnInstant()
    {
        static ItemTiming Read(string version, string start, string end, string zone) => new TimetableJson(DateTimeZoneProviders.Tzdb).Read($$"""
            {
              {{version}}
              "people": [ { "id": "p", "name": "P", "role": "other", "homeZone": "UTC",
                "unavailability": [ { "start": "{{start}}", "end": "{{end}}", "zone": "{{zone}}" } ] } ]
            }
            """).Timetable.Persons.Single().Unavailability.Single();

        Read(string.Empty, "2023-01-10T10:00:00Z", "2023-01-10T11:00:00Z", "Africa/Dakar").Should().BeOfType<WallClockTiming>()
            .Which.Start.Should().Be(new LocalDateTime(2023, 1, 10, 10, 0));
        Read(string.Empty, "2023-01-10T10:00:00Z", "2023-01-10T11:00:00Z", "Europe/Vienna").Should().BeOfType<InstantRangeTiming>();
        Read("\"formatVersion\": 2,", "2023-01-10T10:00:00Z", "2023-01-10T11:00:00Z", "Africa/Dakar").Should().BeOfType<InstantRangeTiming>();
    }

    [Fact]
    public void Read_UtcStartWithWallClockEnd_IsAnError()
    {
        var act = () => new TimetableJson(DateTimeZoneProviders.Tzdb).Read("""
            { "formatVersion": 2, "people": [ { "id": "p", "name": "P", "role": "other", "homeZone": "UTC",
              "unavailability": [ { "start": "2023-01-10T10:00:00Z", "end": "2023-01-10T11:00", "zone": "Europe/Vienna" } ] } ] }
            """);

        act.Should().Throw<TimetableFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("\"start\" and \"end\" must both be UTC instants (ending in Z) or both wall-clock times (without an offset)");
    }
}
