using ClosedXML.Excel;

namespace ReviewTimelines.Cli.Tests.Commands;

public sealed class SpreadsheetCommandTests
{
    [Fact]
    public void ExportXlsxThenImport_SampleTimetable_GivesAJsonTimetableThatChecks()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sheets");
        var json = Path.Combine(temp.Path, "imported.json");

        var export = CliRun.Run("export", "--format", "xlsx", "--out", folder);
        var import = CliRun.Run("import", "--from", Path.Combine(folder, "timetable.xlsx"), "--out", json);
        var check = CliRun.Run("check", "--input", json);

        export.ExitCode.Should().Be(0, export.Error);
        export.Out.Should().Contain("Wrote 1 file(s) to").And.Contain("timetable.xlsx (8 conflict row(s))");
        import.ExitCode.Should().Be(0, import.Error);
        var sample = ReviewTimelines.Tests.Shared.SampleTimetableFile.Timetable;
        import.Out.Should().Contain(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "{0} review(s) with {1} stage(s), {2} meeting(s), {3} person(s), {4} country(ies), {5} blackout(s)",
            sample.Reviews.Length,
            sample.Stages.Length,
            sample.Meetings.Length,
            sample.Persons.Length,
            sample.Countries.Length,
            sample.Blackouts.Length));
        sample.Meetings.Length.Should().Be(16, "the sample's meetings (reference data's published meetings)");
        check.ExitCode.Should().Be(CliRun.Run("check").ExitCode);
        check.Out.Should().Contain("joint-visit-opportunity");
    }

    [Fact]
    public void Import_TextInADateCell_ExitsOneNamingTheCellAndWritesNothing()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "sheets");
        CliRun.Run("export", "--format", "xlsx", "--out", folder).ExitCode.Should().Be(0);
        var book = Path.Combine(folder, "timetable.xlsx");
        using (var workbook = new XLWorkbook(book))
        {
            workbook.Worksheet("Stages").Cell("F3").SetValue("next Tuesday").DataType = XLDataType.Text;
            workbook.Save();
        }

        var json = Path.Combine(temp.Path, "imported.json");
        var result = CliRun.Run("import", "--from", book, "--out", json);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error: sheet 'Stages', row 3, column F (Start): expected a date");
        result.Error.Should().Contain("found text 'next Tuesday'");
        File.Exists(json).Should().BeFalse();
    }

    [Fact]
    public void ExportCsv_SampleTimetable_WritesOneFilePerTableAndTheConflicts()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "csv");

        var result = CliRun.Run("export", "--format", "csv", "--out", folder);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
            "blackouts.csv", "conflicts.csv", "countries.csv", "cycles.csv", "feeds.csv", "holiday-coverage.csv", "holidays.csv", "hours-on-dates.csv", "mechanisms.csv", "meetings.csv", "people.csv", "reviews.csv",
            "soft-periods.csv", "stages.csv", "timetable.csv", "unavailability.csv", "weekends.csv", "working-hours.csv");
        File.ReadAllLines(Path.Combine(folder, "conflicts.csv")).Should().HaveCount(9);
    }

    [Fact]
    public void Template_WritesAWorkbookThatImportsAsAnEmptyTimetable()
    {
        using var temp = new TempFolder();
        var book = Path.Combine(temp.Path, "template.xlsx");
        var json = Path.Combine(temp.Path, "empty.json");

        CliRun.Run("template", "--out", book).ExitCode.Should().Be(0);
        var result = CliRun.Run("import", "--from", book, "--out", json);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("0 review(s) with 0 stage(s), 0 meeting(s)");
    }
}
