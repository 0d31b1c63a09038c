using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Spreadsheets;

/// <summary>A problem found while reading or writing a spreadsheet, named by sheet, row and column.</summary>
/// <param name="Severity">Error (the import or export fails) or warning (it goes on, and says what it did).</param>
/// <param name="Sheet">The sheet's name (for CSV: the table's name), or empty for the workbook as a whole.</param>
/// <param name="Row">The 1-based row number as the spreadsheet program shows it (row 1 holds the headers), or 0 for the whole sheet.</param>
/// <param name="Column">The column letter (<c>A</c>, <c>B</c>, ... <c>AA</c>) as the spreadsheet program shows it, or empty for the whole row or sheet.</param>
/// <param name="Header">The column's header (e.g. <c>Start</c>), or empty.</param>
/// <param name="Message">The plain sentence.</param>
public sealed record SpreadsheetProblem(ProblemSeverity Severity, string Sheet, int Row, string Column, string Header, string Message)
{
    /// <summary>Gets the place as people say it: <c>sheet 'Stages', row 3, column D (Start)</c>, shortened when the problem concerns a whole row or sheet.</summary>
    public string Place
    {
        get
        {
            if (Sheet.Length == 0)
            {
                return "workbook";
            }

            var place = string.Format(CultureInfo.InvariantCulture, "sheet '{0}'", Sheet);
            if (Row > 0)
            {
                place += string.Format(CultureInfo.InvariantCulture, ", row {0}", Row);
            }

            if (Column.Length > 0)
            {
                place += string.Format(CultureInfo.InvariantCulture, ", column {0}", Column);
                if (Header.Length > 0)
                {
                    place += string.Format(CultureInfo.InvariantCulture, " ({0})", Header);
                }
            }

            return place;
        }
    }

    /// <summary>Gives <c>error: sheet 'Stages', row 3, column D (Start): message</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}: {1}: {2}", Severity == ProblemSeverity.Error ? "error" : "warning", Place, Message);
}

/// <summary>Thrown when a spreadsheet cannot be read (or a timetable cannot be written as one); <see cref="Problems"/> lists every problem found, errors first, each with its sheet, row and column.</summary>
public sealed class SpreadsheetFormatException : Exception
{
    /// <summary>Initializes a new instance with no problems listed.</summary>
    public SpreadsheetFormatException()
        : this("The spreadsheet could not be read.")
    {
    }

    /// <summary>Initializes a new instance with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public SpreadsheetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SpreadsheetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance listing <paramref name="problems"/> (the message gives them, one a line).</summary>
    /// <param name="problems">The problems; at least one is an error.</param>
    public SpreadsheetFormatException(IEnumerable<SpreadsheetProblem> problems)
        : this(ImmutableArray.CreateRange(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
    }

    private SpreadsheetFormatException(ImmutableArray<SpreadsheetProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, in the order found (sheet by sheet, row by row, column by column).</summary>
    public ImmutableArray<SpreadsheetProblem> Problems { get; } = [];
}
