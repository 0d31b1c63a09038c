using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using NodaTime;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Writes tables as an .xlsx workbook with ClosedXML: one sheet per table, headers in row 1 (bold, frozen), dates as
/// real spreadsheet dates, data-validation lists from a <c>Lists</c> sheet; the package is made byte-stable.</summary>
internal static partial class XlsxWriter
{
    private const int ValidatedRows = 1000;

    // A fixed stamp for the package properties and zip entries: the same input gives the same bytes.
    private static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(IReadOnlyList<Table> tables, IDateTimeZoneProvider zones)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "review-timelines";
        workbook.Properties.LastModifiedBy = "review-timelines";
        workbook.Properties.Created = Stamp;
        workbook.Properties.Modified = Stamp;
        var lists = Lists(zones);
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheets.Add(table.Schema.Name);
            for (var c = 0; c < table.Schema.Headers.Count; c++)
            {
                var cell = sheet.Cell(1, c + 1);
                cell.SetValue(table.Schema.Headers[c]);
                cell.Style.Font.Bold = true;
                sheet.Column(c + 1).Width = table.Schema.Headers[c] is "Sentence" or "Note" or "Name" ? 40 : 18;
            }

            sheet.SheetView.FreezeRows(1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var values = table.Rows[r];
                for (var c = 0; c < values.Length; c++)
                {
                    Set(sheet.Cell(r + 2, c + 1), values[c]);
                }
            }
        }

        var listSheet = workbook.Worksheets.Add(Sheets.ListsSheet);
        var column = 1;
        var ranges = new Dictionary<string, IXLRange>(StringComparer.Ordinal);
        foreach (var (name, values) in lists)
        {
            listSheet.Cell(1, column).SetValue(name);
            listSheet.Cell(1, column).Style.Font.Bold = true;
            for (var i = 0; i < values.Count; i++)
            {
                listSheet.Cell(i + 2, column).SetValue(values[i]);
            }

            ranges[name] = listSheet.Range(2, column, Math.Max(2, values.Count + 1), column);
            column++;
        }

        if (workbook.Worksheets.TryGetWorksheet(Sheets.Mechanisms.Name, out var mechanisms))
        {
            ranges["Mechanisms"] = mechanisms.Range(2, 1, ValidatedRows + 1, 1);
        }

        foreach (var table in tables)
        {
            var sheet = workbook.Worksheet(table.Schema.Name);
            foreach (var (header, list) in table.Schema.Lists)
            {
                if (ranges.TryGetValue(list, out var source))
                {
                    var c = table.Schema.IndexOf(header) + 1;
                    var validation = sheet.Range(2, c, ValidatedRows + 1, c).SetDataValidation();
                    validation.IgnoreBlanks = true;
                    validation.List(source, true);
                    validation.ErrorTitle = header;
                    validation.ErrorMessage = "Pick a value from the list (sheet " + Sheets.ListsSheet + ").";
                }
            }
        }

        using var raw = new MemoryStream();
        workbook.SaveAs(raw);
        return Normalize(raw.ToArray());
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                // As text, whatever it looks like: '=1+1', '2026-01-01' or '007' stay the characters typed.
                cell.DataType = XLDataType.Text;
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case int number:
                cell.SetValue(number);
                break;
            case LocalDate date:
                cell.SetValue(date.ToDateTimeUnspecified());
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case LocalTime time:
                cell.SetValue(TimeSpan.FromTicks(time.TickOfDay));
                cell.Style.DateFormat.Format = "hh:mm";
                break;
            case LocalDateTime dateTime:
                cell.SetValue(dateTime.ToDateTimeUnspecified());
                cell.Style.DateFormat.Format = dateTime.Second == 0 && dateTime.NanosecondOfSecond == 0 ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd hh:mm:ss.000";
                break;
            default:
                throw new InvalidOperationException("No cell type for " + value.GetType().Name);
        }
    }

    private static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Lists(IDateTimeZoneProvider zones) =>
    [
        (Sheets.ZoneList, [.. zones.Ids.Order(StringComparer.Ordinal)]),
        ("Stage kinds", Sheets.Words<StageKind>()),
        ("Meeting kinds", Sheets.Words<MeetingKind>()),
        ("Timings", ["all-day", "timed", "wall-clock", "wall-clock-strict"]),
        ("Deadline rolls", Sheets.Words<DeadlineRoll>()),
        ("Yes/no", ["yes", "no"]),
        ("Confidence", Sheets.Words<Confidence>()),
        ("Roles", Sheets.Words<PersonRole>()),
        ("Visit terms", Sheets.Words<VisitTerm>()),
        ("Formats", Sheets.Words<MeetingFormat>()),
        ("Blackout kinds", Sheets.Words<BlackoutKind>()),
        ("Severities", Sheets.Words<BlackoutSeverity>()),
        ("Local times", Sheets.Words<LocalTimeResolution>()),
        ("Holiday kinds", Sheets.Words<NonWorkingDayKind>()),
        ("Soft period kinds", Sheets.Words<SoftPeriodKind>()),
        ("Soft period severities", Sheets.Words<SoftPeriodSeverity>()),
        ("Days", [.. Enumerable.Range(1, 7).Select(d => Sheets.Word((IsoDayOfWeek)d))]),
    ];

    /// <summary>Rewrites the zip package so two exports of the same timetable are byte-identical: the same entries in the
    /// same order with a fixed timestamp (the packaging layer stamps every entry with the current time), the core-properties
    /// part under a fixed name, and the package relationships' random ids (<c>R</c> and 16 hex digits, which no other part
    /// refers to) numbered in order.</summary>
    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var core = input.Entries.Select(e => e.FullName).SingleOrDefault(n => n.StartsWith(CorePrefix, StringComparison.Ordinal) && n.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == core ? CoreName : entry.FullName;
                var copy = archive.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(Stamp);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    var rels = XDocument.Load(from);
                    var number = 0;
                    foreach (var relationship in rels.Root!.Elements())
                    {
                        if (relationship.Attribute("Id") is { } id && RandomId().IsMatch(id.Value))
                        {
                            id.Value = "rt" + (++number).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        }

                        if (core is not null && relationship.Attribute("Target") is { } target && target.Value == "/" + core)
                        {
                            target.Value = "/" + CoreName;
                        }
                    }

                    rels.Save(to, System.Xml.Linq.SaveOptions.DisableFormatting);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private const string CorePrefix = "package/services/metadata/core-properties/";
    private const string CoreName = CorePrefix + "core.psmdcp";

    [GeneratedRegex("^R[0-9a-f]{16}$")]
    private static partial Regex RandomId();
}
