using CsCheck;
using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Json.Tests;
using ReviewTimelines.Model;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Spreadsheets.Tests;

public class RoundTripTests
{
    private static readonly TimetableJson Json = new(DateTimeZoneProviders.Tzdb);
    private static readonly TimetableSpreadsheet Sheets = new(DateTimeZoneProviders.Tzdb);

    private static TimetableDocument ThroughXlsx(TimetableDocument document)
    {
        var export = Sheets.ExportXlsx(document);
        using var stream = new MemoryStream(export.Files.Single().Content.ToArray());
        return Sheets.Import(stream).Document;
    }

    [Fact]
    public void JsonToXlsxToJson_RandomTimetables_EqualByValueToWhatASpreadsheetCarries()
    {
        Gen.Int.Sample(
            seed =>
            {
                var original = RandomTimetables.Create(seed);
                var expected = Normalized.Of(original);

                var read = ThroughXlsx(original);

                Json.Write(read).Should().Be(Json.Write(expected));
                read.Should().Be(expected);
            },
            iter: 50,
            threads: 1);
    }

    [Fact]
    public void JsonToXlsxToJson_SampleTimetable_KeepsEveryStageMeetingAndPerson()
    {
        var original = SampleTimetableFile.Read(DateTimeZoneProviders.Tzdb);

        var read = ThroughXlsx(original);

        Json.Write(read).Should().Be(Json.Write(Normalized.Of(original)));
        read.Timetable.Stages.Length.Should().Be(original.Timetable.Stages.Length);
        read.Timetable.Meetings.Length.Should().Be(original.Timetable.Meetings.Length);
        read.Timetable.Countries.Select(c => c.Calendar).Should().Equal(original.Timetable.Countries.Select(c => c.Calendar));
        read.Timetable.GetCountry(new CountryCode("AUT")).Calendar.NonWorkingDays.Should().NotBeEmpty();
    }

    [Fact]
    public void ExportXlsx_SameTimetableTwice_GivesTheSameBytes()
    {
        var document = RandomTimetables.Create(7);

        var first = Sheets.ExportXlsx(document).Files.Single().Content.ToArray();
        Thread.Sleep(2100);
        var second = Sheets.ExportXlsx(document).Files.Single().Content.ToArray();

        second.Should().Equal(first);
    }

    [Fact]
    public void ExportXlsx_NanosecondTimes_WarnsOfTheCutNamingSheetRowAndColumn()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        var start = new LocalDateTime(2026, 3, 2, 9, 30).PlusNanoseconds(1_500_000).InZoneStrictly(zone).ToInstant();
        var document = OneMeeting(ItemTiming.Timed(Intervals.InstantRange.StartingAt(start, Duration.FromHours(2)), zone));

        var export = Sheets.ExportXlsx(document);

        export.Warnings.Select(w => w.ToString()).Should().Contain(
            "warning: sheet 'Meetings', row 2, column F (Start): 2026-03-02T09:30:00.001500000 has a finer precision than a spreadsheet date (a millisecond): written as 2026-03-02T09:30:00.001.");
    }

    [Fact]
    public void Import_RepeatedLocalTime_KeepsTheInstantThroughTheOffsetColumn()
    {
        // Europe/Vienna, 2026-10-25: the clocks go back from 03:00 CEST to 02:00 CET, so 02:30 happens twice.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
        var later = new LocalDateTime(2026, 10, 25, 2, 30).InZone(zone, NodaTime.TimeZones.Resolvers.CreateMappingResolver(NodaTime.TimeZones.Resolvers.ReturnLater, NodaTime.TimeZones.Resolvers.ThrowWhenSkipped)).ToInstant();
        var document = OneMeeting(ItemTiming.Timed(Intervals.InstantRange.StartingAt(later, Duration.FromMinutes(30)), zone));

        var read = ThroughXlsx(document);

        read.Timetable.Meetings.Single().Timing.ToInstantRange().Start.Should().Be(later);
        later.InZone(zone).Offset.Should().Be(Offset.FromHours(1));
    }

    internal static TimetableDocument OneMeeting(ItemTiming timing)
    {
        var zone = timing.Zone;
        var builder = new TimetableBuilder()
            .AddMechanism(new Mechanism { Id = new MechanismId("GRECO"), Name = "Group of States against Corruption", ShortName = "GRECO", SeatName = "Strasbourg", SeatZone = DateTimeZoneProviders.Tzdb["Europe/Paris"] })
            .AddMeeting(new Meeting { Id = new MeetingId("plenary-101"), Kind = MeetingKind.Plenary, Mechanism = new MechanismId("GRECO"), Name = "GRECO 101st plenary", Timing = timing, VenueName = "Strasbourg", VenueZone = zone });
        return new TimetableDocument(builder.Build());
    }
}
