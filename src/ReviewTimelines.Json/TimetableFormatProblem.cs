using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json;

/// <summary>One problem found in a timetable file: where it is (JSON path, line, column) and what is wrong.</summary>
/// <remarks>
/// <para>
/// <see cref="Path"/> uses the JSONPath-like notation of System.Text.Json (<c>$.countries[3].zone</c>; names that are
/// not plain identifiers are written <c>$['odd name']</c>). A problem about a property that is missing names the
/// property's path and the position of the object that should hold it.
/// </para>
/// <para>
/// <see cref="Line"/> and <see cref="Column"/> are 1-based; the column counts characters (Unicode scalar values) from
/// the start of the line to the start of the offending value. Both are 0 when the problem is not tied to the text.
/// </para>
/// </remarks>
/// <param name="Severity">Whether the problem is an error (the file is rejected) or a warning.</param>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Line">The 1-based line of the value, or 0 when unknown.</param>
/// <param name="Column">The 1-based column of the value, or 0 when unknown.</param>
/// <param name="Message">A plain-sentence description, without the position.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TimetableFormatProblem(ProblemSeverity Severity, string Path, int Line, int Column, string Message) : IComparable<TimetableFormatProblem>
{
    /// <summary>Orders problems by line, column, path, then message (ordinal), errors before warnings at the same place.</summary>
    /// <param name="other">The other problem.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(TimetableFormatProblem? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Line.CompareTo(other.Line);
        c = c != 0 ? c : Column.CompareTo(other.Column);
        c = c != 0 ? c : string.CompareOrdinal(Path, other.Path);
        c = c != 0 ? c : Severity.CompareTo(other.Severity);
        return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
    }

    /// <summary>Formats the problem as <c>message at path, line L, column C</c> (warnings start with <c>warning: </c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1} at {2}, line {3}, column {4}",
            Severity == ProblemSeverity.Warning ? "warning: " : string.Empty,
            Message,
            Path,
            Line,
            Column);

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/> in <see cref="CompareTo"/> order (null first).</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(TimetableFormatProblem? left, TimetableFormatProblem? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> comes before or with <paramref name="right"/> in <see cref="CompareTo"/> order (null first).</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(TimetableFormatProblem? left, TimetableFormatProblem? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/> in <see cref="CompareTo"/> order (null first).</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(TimetableFormatProblem? left, TimetableFormatProblem? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> comes after or with <paramref name="right"/> in <see cref="CompareTo"/> order (null first).</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(TimetableFormatProblem? left, TimetableFormatProblem? right) => Compare(left, right) >= 0;

    private static int Compare(TimetableFormatProblem? left, TimetableFormatProblem? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
