using ClosedXML.Excel;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Tests;

public class BadSpreadsheetTests
{
    private static readonly TimetableSpreadsheet Sheets = new(DateTimeZoneProviders.Tzdb);

    /// <summary>Exports a one-meeting timetable (meeting on Meetings row 2), lets <paramref name="spoil"/> change the workbook, and imports it.</summary>
    private static SpreadsheetFormatException Spoiled(Action<XLWorkbook> spoil)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var document = RoundTripTests.OneMeeting(ItemTiming.AllDay(new LocalDate(2026, 6, 15), new LocalDate(2026, 6, 19), zone));
        using var workbook = new XLWorkbook(new MemoryStream(Sheets.ExportXlsx(document).Files.Single().Content.ToArray()));
        spoil(workbook);
        using var spoiled = new MemoryStream();
        workbook.SaveAs(spoiled);
        spoiled.Position = 0;
        var act = () => Sheets.Import(spoiled);
        return act.Should().Throw<SpreadsheetFormatException>().Which;
    }

    private static IEnumerable<string> Errors(SpreadsheetFormatException e) => e.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString());

    [Fact]
    public void Import_MissingColumn_NamesSheetRowAndHeader()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("L1").SetValue("Venue time zone"));

        Errors(e).Should().Equal("error: sheet 'Meetings', row 1: the column 'Venue zone' is missing: row 1 must hold the headers Id, Kind, Mechanism, Name, Timing, Start, End, Zone, Start offset, End offset, Venue, Venue zone, Seat, Format, Delegations, All member States, Attendees, Pinned, Source, Confidence, Source note, Revision, Last modified (UTC).");
        e.Problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(p => p.ToString()).Should().Equal(
            "warning: sheet 'Meetings', row 1, column L (Venue time zone): 'Venue time zone' is not a column of this sheet, so its values are not read (the columns are Id, Kind, Mechanism, Name, Timing, Start, End, Zone, Start offset, End offset, Venue, Venue zone, Seat, Format, Delegations, All member States, Attendees, Pinned, Source, Confidence, Source note, Revision, Last modified (UTC)).");
        e.Problems.Single(p => p.Severity == ProblemSeverity.Error).Should().Match<SpreadsheetProblem>(p => p.Sheet == "Meetings" && p.Row == 1 && p.Header == "Venue zone");
    }

    [Fact]
    public void Import_TextWhereADateBelongs_NamesTheCell()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("F2").SetValue("15/06/2026").DataType = XLDataType.Text);

        Errors(e).Should().Equal("error: sheet 'Meetings', row 2, column F (Start): expected a date cell (a real spreadsheet date, e.g. typed as 2026-03-02), found text '15/06/2026'.");
    }

    [Fact]
    public void Import_DateWithATimeInAnAllDayItem_NamesTheCell()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("G2").SetValue(new DateTime(2026, 6, 19, 17, 0, 0)));

        Errors(e).Should().Equal("error: sheet 'Meetings', row 2, column G (End): expected a date without a time of day, found the date 2026-06-19 17:00:00.");
    }

    [Fact]
    public void Import_MergedCells_NamesTheFirstCellAndTheRange()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Range("K2:L2").Merge());

        Errors(e).Should().Contain("error: sheet 'Meetings', row 2, column K (Venue): cells K2:L2 are merged: unmerge them and give every cell its own value.");
    }

    [Fact]
    public void Import_FormulaCell_NamesTheCellAndTheFormula()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("D2").FormulaA1 = "UPPER(K2)");

        Errors(e).Should().Equal("error: sheet 'Meetings', row 2, column D (Name): the cell holds a formula (=UPPER(K2)): type the value itself, since a formula's result is not stored reliably.");
    }

    [Fact]
    public void Import_UnknownZone_NamesTheCell()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("H2").SetValue("Europe/Strasbourg"));

        Errors(e).Should().Equal("error: sheet 'Meetings', row 2, column H (Zone): 'Europe/Strasbourg' is not a time zone id of the tz database (e.g. Europe/Vienna; the sheet 'Lists' lists them).");
    }

    [Fact]
    public void Import_MissingSheet_IsAnErrorNamingIt()
    {
        var e = Spoiled(w => w.Worksheet("Blackouts").Delete());

        Errors(e).Should().Equal("error: sheet 'Blackouts': the sheet is missing; write a template with 'review-timelines template' to see every sheet and its columns.");
    }

    [Fact]
    public void Import_ExtraSheet_IsReadWithAWarningNamingIt()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var document = RoundTripTests.OneMeeting(ItemTiming.AllDay(new LocalDate(2026, 6, 15), new LocalDate(2026, 6, 19), zone));
        using var workbook = new XLWorkbook(new MemoryStream(Sheets.ExportXlsx(document).Files.Single().Content.ToArray()));
        workbook.Worksheets.Add("My notes").Cell("A1").SetValue("call the focal point");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var import = Sheets.Import(stream);

        import.Document.Timetable.Meetings.Single().Name.Should().Be("GRECO 101st plenary");
        import.Warnings.Select(w => w.ToString()).Should().Equal(
            "warning: sheet 'My notes': not a timetable sheet, so not read (the sheets read are Timetable, Mechanisms, Cycles, Countries, People, Unavailability, Reviews, Stages, Meetings, Blackouts, Feeds, Weekends, Holidays, Soft periods, Working hours, Hours on dates, Holiday coverage).");
    }

    [Fact]
    public void Import_UnknownStageReference_TracesTheValidationErrorToItsRow()
    {
        var e = Spoiled(w => w.Worksheet("Meetings").Cell("M2").SetValue("OECD-WGB"));

        e.Problems.Should().ContainSingle(p => p.Severity == ProblemSeverity.Error).Which.Should().Match<SpreadsheetProblem>(p => p.Sheet == "Meetings" && p.Row == 2 && p.Message.Contains("OECD-WGB"));
    }

    [Fact]
    public void Import_HolidayOfACalendarNobodyHas_NamesTheRow()
    {
        var e = Spoiled(w =>
        {
            var holidays = w.Worksheet("Holidays");
            holidays.Cell("A2").SetValue("country:AUT");
            holidays.Cell("B2").SetValue(new DateTime(2026, 10, 26));
            holidays.Cell("C2").SetValue("National Day");
            holidays.Cell("D2").SetValue("public-holiday");
        });

        Errors(e).Should().Equal("error: sheet 'Holidays', row 2: no calendar of 'country:AUT': the calendar rules of a country, a person or a mechanism's seat need its row (Countries, People with a Calendar, or Mechanisms with a Seat calendar).");
    }

    [Fact]
    public void Import_TextInATimeCell_NamesTheCell()
    {
        var e = Spoiled(w =>
        {
            w.Worksheet("Mechanisms").Cell("F2").SetValue("Strasbourg seat");
            var hours = w.Worksheet("Working hours");
            hours.Cell("A2").SetValue("seat:GRECO");
            hours.Cell("C2").SetValue("monday");
            hours.Cell("D2").SetValue("9h");
            hours.Cell("E2").SetValue(TimeSpan.FromHours(17.5));
        });

        Errors(e).Should().Equal("error: sheet 'Working hours', row 2, column D (Start): expected a time of day (e.g. typed as 09:30), found text '9h'.");
    }

    [Fact]
    public void Import_SeatWorkingHours_ReadBackAsTheCalendarsPattern()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var document = RoundTripTests.OneMeeting(ItemTiming.AllDay(new LocalDate(2026, 6, 15), new LocalDate(2026, 6, 19), zone));
        using var workbook = new XLWorkbook(new MemoryStream(Sheets.ExportXlsx(document).Files.Single().Content.ToArray()));
        workbook.Worksheet("Mechanisms").Cell("F2").SetValue("Strasbourg seat");
        var hours = workbook.Worksheet("Working hours");
        hours.Cell("A2").SetValue("seat:GRECO");
        hours.Cell("C2").SetValue("monday");
        hours.Cell("D2").SetValue(TimeSpan.FromHours(9));
        hours.Cell("E2").SetValue(TimeSpan.FromHours(17.5));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var import = Sheets.Import(stream);

        var calendar = import.Document.Timetable.Mechanisms.Single().SeatCalendar!;
        calendar.Zone.Id.Should().Be("Europe/Paris");
        calendar.WorkingHoursOn(new LocalDate(2026, 6, 15)).Should().Equal(Calendars.WorkingHoursRange.FromHours(9, 0, 17, 30));
        import.Warnings.Select(w => w.ToString()).Should().Equal("warning: sheet 'Mechanisms', row 2, column G (Seat calendar zone): empty: calendar 'Strasbourg seat' takes the zone Europe/Paris.");
    }

    [Fact]
    public void Import_NotAWorkbook_SaysSo()
    {
        var act = () => Sheets.Import(new MemoryStream("Id,Name\n"u8.ToArray()));

        act.Should().Throw<SpreadsheetFormatException>().Which.Problems.Single().ToString().Should().StartWith("error: workbook: not an .xlsx workbook that can be read");
    }

    [Fact]
    public void Template_ReadsBackAsAnEmptyTimetableWithValidationLists()
    {
        var template = Sheets.Template();
        using var workbook = new XLWorkbook(new MemoryStream(template.Content.ToArray()));

        workbook.Worksheets.Select(w => w.Name).Should().Equal("Timetable", "Mechanisms", "Cycles", "Countries", "People", "Unavailability", "Reviews", "Stages", "Meetings", "Blackouts", "Feeds", "Weekends", "Holidays", "Soft periods", "Working hours", "Hours on dates", "Holiday coverage", "Lists");
        workbook.Worksheet("Stages").Row(1).CellsUsed().Select(c => c.GetString()).Should().StartWith(["Review", "Id", "Kind", "Name", "Timing", "Start", "End", "Zone"]);
        workbook.Worksheet("Stages").DataValidations.Should().Contain(v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ToString() == "C2"));
        workbook.Worksheet("Lists").Column(1).CellsUsed().Select(c => c.GetString()).Should().Contain("Europe/Vienna").And.Contain("Asia/Kathmandu");
        var read = Sheets.Import(new MemoryStream(template.Content.ToArray()));
        read.Document.Timetable.Stages.Should().BeEmpty();
        read.Warnings.Should().BeEmpty();
    }
}
