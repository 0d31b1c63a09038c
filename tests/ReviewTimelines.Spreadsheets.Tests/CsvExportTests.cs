using CsvHelper;
using NodaTime;
using ReviewTimelines.Json.Tests;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Tests;

public class CsvExportTests
{
    private static readonly TimetableSpreadsheet Sheets = new(DateTimeZoneProviders.Tzdb);

    private static List<string[]> Read(SpreadsheetFile file)
    {
        using var reader = CsvReader.Create(file.Content.ToArray(), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    [Fact]
    public void ExportCsv_RandomTimetable_EveryStageReadsBackWithCsvHelper()
    {
        var document = RandomTimetables.Create(12345);
        var export = Sheets.ExportCsv(document);

        export.Files.Select(f => f.Name).Should().Equal("timetable.csv", "mechanisms.csv", "cycles.csv", "countries.csv", "people.csv", "unavailability.csv", "reviews.csv", "stages.csv", "meetings.csv", "blackouts.csv", "feeds.csv", "weekends.csv", "holidays.csv", "soft-periods.csv", "working-hours.csv", "hours-on-dates.csv", "holiday-coverage.csv");
        var stages = Read(export.Files.Single(f => f.Name == "stages.csv"));
        stages[0].Take(8).Should().Equal("Review", "Id", "Kind", "Name", "Timing", "Start", "End", "Zone");
        stages.Skip(1).Select(r => r[1]).Should().Equal(document.Timetable.Reviews.SelectMany(r => r.Stages).Select(s => s.Id.Value));
        stages.Skip(1).Select(r => r[3]).Should().Equal(document.Timetable.Reviews.SelectMany(r => r.Stages).Select(s => s.Name));
    }

    [Fact]
    public void ExportCsv_Meeting_DatesInItsZoneAndConflictSentence()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Kathmandu"];
        var start = new LocalDateTime(2026, 3, 2, 9, 30).InZoneStrictly(zone).ToInstant();
        var range = Intervals.InstantRange.StartingAt(start, Duration.FromMinutes(90));
        var document = RoundTripTests.OneMeeting(ItemTiming.Timed(range, zone));
        var conflict = new SpreadsheetConflict("c1", "meeting-overlap", "hard", ["meeting:plenary-101"], "seat:GRECO", range, zone, "The plenary overlaps itself, \"quoted\", on 2 March 2026.");

        var export = Sheets.ExportCsv(document, [conflict]);

        var meetings = Read(export.Files.Single(f => f.Name == "meetings.csv"));
        meetings[1][4..10].Should().Equal("timed", "2026-03-02 09:30:00", "2026-03-02 11:00:00", "Asia/Kathmandu", "+05:45", "+05:45");
        var conflicts = Read(export.Files.Single(f => f.Name == "conflicts.csv"));
        conflicts[1].Should().Equal("c1", "meeting-overlap", "hard", "meeting:plenary-101", "seat:GRECO", "2026-03-02 09:30:00", "2026-03-02 11:00:00", "Asia/Kathmandu", "The plenary overlaps itself, \"quoted\", on 2 March 2026.");
    }
}
