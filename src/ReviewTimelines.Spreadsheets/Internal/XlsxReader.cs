using System.Globalization;
using ClosedXML.Excel;
using NodaTime;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Stands for a formula cell (already reported): the row it is on is not read further.</summary>
internal sealed class FormulaMark
{
    public static readonly FormulaMark Instance = new();
}

/// <summary>One cell as read: its place and value (string, double, bool, DateTime, or null when empty).</summary>
internal readonly record struct SheetCell(int Row, int Column, object? Value);

/// <summary>A sheet as read: for each expected header, its 0-based column (or -1), and the non-empty data rows.</summary>
internal sealed record SheetRows(SheetSchema Schema, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<(int Row, IReadOnlyDictionary<int, object> Cells)> Rows);

/// <summary>Reads the template's sheets from an .xlsx workbook with ClosedXML, refusing what would be misread: merged cells,
/// formulas, missing sheets and columns. Every problem names its sheet, row and column.</summary>
internal static class XlsxReader
{
    public static IReadOnlyDictionary<string, SheetRows> Read(Stream input, List<SpreadsheetProblem> problems)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(input);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new SpreadsheetFormatException([new SpreadsheetProblem(ProblemSeverity.Error, string.Empty, 0, string.Empty, string.Empty, "not an .xlsx workbook that can be read: " + e.Message)]);
        }

        using (workbook)
        {
            var known = Sheets.Timetables.ToDictionary(s => s.Name, StringComparer.Ordinal);
            var result = new Dictionary<string, SheetRows>(StringComparer.Ordinal);
            foreach (var sheet in workbook.Worksheets)
            {
                if (sheet.Name == Sheets.ListsSheet)
                {
                    continue;
                }

                if (sheet.Name == Sheets.Conflicts.Name)
                {
                    problems.Add(new(ProblemSeverity.Warning, sheet.Name, 0, string.Empty, string.Empty, "the conflicts are found again by 'check' from the timetable: this sheet, written by 'export', is not read."));
                    continue;
                }

                if (!known.TryGetValue(sheet.Name, out var schema))
                {
                    problems.Add(new(ProblemSeverity.Warning, sheet.Name, 0, string.Empty, string.Empty, Sheets.Invariant(
                        $"not a timetable sheet, so not read (the sheets read are {string.Join(", ", Sheets.Timetables.Select(s => s.Name))}).")));
                    continue;
                }

                result[sheet.Name] = ReadSheet(sheet, schema, problems);
            }

            foreach (var schema in Sheets.Timetables.Where(s => !result.ContainsKey(s.Name)))
            {
                problems.Add(new(ProblemSeverity.Error, schema.Name, 0, string.Empty, string.Empty, "the sheet is missing; write a template with 'review-timelines template' to see every sheet and its columns."));
            }

            return result;
        }
    }

    private static SheetRows ReadSheet(IXLWorksheet sheet, SheetSchema schema, List<SpreadsheetProblem> problems)
    {
        foreach (var merged in sheet.MergedRanges)
        {
            var first = merged.FirstCell().Address;
            problems.Add(new(ProblemSeverity.Error, schema.Name, first.RowNumber, first.ColumnLetter, HeaderAt(sheet, first.ColumnNumber), Sheets.Invariant(
                $"cells {merged.RangeAddress.ToStringRelative(false)} are merged: unmerge them and give every cell its own value.")));
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var c = 1; c <= lastColumn; c++)
        {
            var cell = sheet.Cell(1, c);
            var header = cell.HasFormula ? string.Empty : cell.GetString().Trim();
            if (header.Length == 0)
            {
                if (!sheet.Column(c).CellsUsed().Any())
                {
                    continue;
                }

                problems.Add(new(ProblemSeverity.Warning, schema.Name, 1, Sheets.ColumnLetter(c - 1), string.Empty, "the column has no header, so its values are not read."));
            }
            else if (!schema.Headers.Contains(header, StringComparer.Ordinal))
            {
                problems.Add(new(ProblemSeverity.Warning, schema.Name, 1, Sheets.ColumnLetter(c - 1), header, Sheets.Invariant(
                    $"'{header}' is not a column of this sheet, so its values are not read (the columns are {string.Join(", ", schema.Headers)}).")));
            }
            else if (columns.TryGetValue(header, out var earlier))
            {
                problems.Add(new(ProblemSeverity.Error, schema.Name, 1, Sheets.ColumnLetter(c - 1), header, Sheets.Invariant($"a second '{header}' column (the first is column {Sheets.ColumnLetter(earlier)}).")));
            }
            else
            {
                columns[header] = c - 1;
            }
        }

        foreach (var header in schema.Headers.Where(h => !columns.ContainsKey(h)))
        {
            problems.Add(new(ProblemSeverity.Error, schema.Name, 1, string.Empty, header, Sheets.Invariant($"the column '{header}' is missing: row 1 must hold the headers {string.Join(", ", schema.Headers)}.")));
        }

        var rows = new List<(int, IReadOnlyDictionary<int, object>)>();
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = new Dictionary<int, object>();
            foreach (var (header, c) in columns)
            {
                var cell = sheet.Cell(r, c + 1);
                if (cell.HasFormula)
                {
                    problems.Add(new(ProblemSeverity.Error, schema.Name, r, Sheets.ColumnLetter(c), header, Sheets.Invariant(
                        $"the cell holds a formula (={cell.FormulaA1}): type the value itself, since a formula's result is not stored reliably.")));
                    cells[c] = FormulaMark.Instance;
                    continue;
                }

                if (Value(cell) is { } value)
                {
                    cells[c] = value;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add((r, cells));
            }
        }

        return new SheetRows(schema, columns, rows);
    }

    private static object? Value(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime(),
        XLDataType.Number => cell.GetDouble(),
        XLDataType.Boolean => cell.GetBoolean(),
        XLDataType.TimeSpan => cell.GetTimeSpan(),
        _ => cell.GetString() is { Length: > 0 } text ? text : null,
    };

    private static string HeaderAt(IXLWorksheet sheet, int column) => sheet.Cell(1, column).HasFormula ? string.Empty : sheet.Cell(1, column).GetString().Trim();

    /// <summary>Describes a cell's value for a message: <c>text '...'</c>, <c>the number 12</c>, <c>a date</c>.</summary>
    public static string Describe(object value) => value switch
    {
        string s => "text '" + s + "'",
        double d => "the number " + d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => "the date " + LocalDateTime.FromDateTime(t).ToString("uuuu-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan span => "the duration " + span.ToString("c", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
