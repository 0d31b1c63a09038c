using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Json;
using ReviewTimelines.Model;
using ReviewTimelines.Spreadsheets.Internal;

namespace ReviewTimelines.Spreadsheets;

/// <summary>A timetable as spreadsheets: an .xlsx workbook (ClosedXML) or CSV files (CsvHelper) out, the same workbook in.</summary>
/// <remarks>
/// <para>One sheet (or CSV file) per table: Timetable, Mechanisms, Cycles, Countries, People, Unavailability, Reviews,
/// Stages, Meetings, Blackouts, Feeds, the working calendars' rules (Weekends, Holidays, Soft periods, Working hours,
/// Hours on dates, Holiday coverage; each row names its calendar's owner), and on export the Conflicts (one row per
/// conflict with its sentence). Dates are
/// real spreadsheet dates (CSV: ISO 8601 text) in the local zone of each item, named in the row's <c>Zone</c> column;
/// a timed item also gives its UTC offsets, so a local time the clocks repeat reads back as the same instant. All-day
/// items give their first and last day (inclusive). Lists of ids are written comma-separated in one cell.</para>
/// <para>What a spreadsheet does not carry is said as a warning on export: per-person participation roles, and precision
/// finer than a millisecond.</para>
/// <para>Output is deterministic: the same timetable gives the same bytes whatever the machine's clock, zone or culture.</para>
/// </remarks>
public sealed class TimetableSpreadsheet
{
    private readonly IDateTimeZoneProvider zones;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="zones">The zones that <c>Zone</c> cells name (the tz database); also the workbook's list of zones.</param>
    public TimetableSpreadsheet(IDateTimeZoneProvider zones)
    {
        this.zones = zones ?? throw new ArgumentNullException(nameof(zones));
    }

    /// <summary>Writes <paramref name="document"/> (and <paramref name="conflicts"/>, if given) as one .xlsx workbook.</summary>
    /// <param name="document">The timetable and its feed references.</param>
    /// <param name="conflicts">The conflicts for the <c>Conflicts</c> sheet, or null for none.</param>
    /// <param name="fileName">The workbook's file name.</param>
    /// <returns>One file, and the warnings (what was rounded or left out).</returns>
    /// <exception cref="SpreadsheetFormatException">An id holds a comma, which separates the ids of a list cell.</exception>
    public SpreadsheetExport ExportXlsx(TimetableDocument document, IEnumerable<SpreadsheetConflict>? conflicts = null, string fileName = "timetable.xlsx")
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var export = new TableExport();
        var tables = export.Tables(document, conflicts);
        return new SpreadsheetExport([new SpreadsheetFile(fileName, XlsxWriter.Write(tables, zones))], export.Warnings);
    }

    /// <summary>Writes <paramref name="document"/> (and <paramref name="conflicts"/>, if given) as CSV files, one per table
    /// (<c>stages.csv</c>, <c>meetings.csv</c>, ...): UTF-8 without byte order mark, CRLF line ends (RFC 4180), headers
    /// first, dates as ISO 8601 text (<c>2026-03-02</c>, <c>2026-03-02 09:30:00</c>).</summary>
    /// <param name="document">The timetable and its feed references.</param>
    /// <param name="conflicts">The conflicts for <c>conflicts.csv</c>, or null for none.</param>
    /// <returns>The files in table order, and the warnings.</returns>
    /// <exception cref="SpreadsheetFormatException">An id holds a comma.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One instance API for every format; CSV needs no zone list.")]
    public SpreadsheetExport ExportCsv(TimetableDocument document, IEnumerable<SpreadsheetConflict>? conflicts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var export = new TableExport();
        var tables = export.Tables(document, conflicts);
        return new SpreadsheetExport([.. tables.Select(t => new SpreadsheetFile(t.Schema.FileName, CsvTables.Write(t)))], export.Warnings);
    }

    /// <summary>Writes an empty workbook to fill in: every sheet with its headers, and data-validation lists for kinds,
    /// roles, formats, confidence, mechanisms (from the Mechanisms sheet) and zones (the tz database ids).</summary>
    /// <param name="fileName">The workbook's file name.</param>
    /// <returns>The workbook.</returns>
    public SpreadsheetFile Template(string fileName = "timetable-template.xlsx")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var tables = Sheets.Timetables.Select(s => new Table(s, [])).ToList();
        return new SpreadsheetFile(fileName, XlsxWriter.Write(tables, zones));
    }

    /// <summary>Reads a workbook laid out as <see cref="Template"/> writes it (an export reads back too).</summary>
    /// <param name="xlsx">The .xlsx bytes.</param>
    /// <returns>The timetable document and the warnings: sheets or columns not read, local times the clocks repeat or skip, defaults taken.</returns>
    /// <exception cref="SpreadsheetFormatException">The workbook cannot be read, or has missing sheets or columns, merged cells,
    /// formula cells, cells of the wrong type (text where a date belongs), unknown values or references, or a timetable
    /// that fails validation; every problem is listed, each with its sheet, row and column.</exception>
    public SpreadsheetImport Import(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var problems = new List<SpreadsheetProblem>();
        var sheets = XlsxReader.Read(xlsx, problems);
        var document = new TableImport(zones, problems).Build(sheets);
        if (document is null || problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new SpreadsheetFormatException(problems.OrderBy(p => p.Severity == ProblemSeverity.Error ? 0 : 1));
        }

        return new SpreadsheetImport(document, [.. problems]);
    }
}
