using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Spreadsheets.Internal;

/// <summary>Writes a table as RFC 4180 CSV with CsvHelper: headers first, dates as ISO 8601 text (a CSV file has no date type).</summary>
internal static class CsvTables
{
    public static readonly LocalDatePattern DateText = LocalDatePattern.Iso;
    public static readonly LocalDateTimePattern DateTimeText = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss.FFF");

    public static readonly LocalTimePattern TimeText = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static byte[] Write(Table table)
    {
        using var buffer = new MemoryStream();
        // RFC 4180 (CRLF, quotes when needed), UTF-8 without BOM, invariant culture; fields written as they are (a
        // timetable's text is data, not a formula: see docs/spreadsheets.md on opening CSV files in a spreadsheet).
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Injection = CsvInjection.None, FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            foreach (var header in table.Schema.Headers)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value switch
                    {
                        null => string.Empty,
                        string s => s,
                        int n => n.ToString(CultureInfo.InvariantCulture),
                        LocalDate d => DateText.Format(d),
                        LocalDateTime t => DateTimeText.Format(t),
                        LocalTime t => TimeText.Format(t),
                        _ => throw new InvalidOperationException("No CSV text for " + value.GetType().Name),
                    });
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
