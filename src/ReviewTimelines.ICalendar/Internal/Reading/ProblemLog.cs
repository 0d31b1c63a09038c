using System.Globalization;
using System.Text.RegularExpressions;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>Collects the problems of one import, each with its UID, property and line.</summary>
internal sealed partial class ProblemLog
{
    private readonly List<IcsProblem> problems = [];

    /// <summary>Gets the problems in the order they were found.</summary>
    internal IReadOnlyList<IcsProblem> Problems => problems;

    /// <summary>Gets a value indicating whether any error was logged.</summary>
    internal bool HasErrors { get; private set; }

    internal void Error(string? uid, string property, int? line, string format, params object?[] args)
    {
        HasErrors = true;
        problems.Add(new IcsProblem(IcsProblemSeverity.Error, uid, property, Format(format, args)) { Line = line });
    }

    internal void Warn(string? uid, string property, int? line, string format, params object?[] args) =>
        problems.Add(new IcsProblem(IcsProblemSeverity.Warning, uid, property, Format(format, args)) { Line = line });

    /// <summary>Rewrites a library message into ours: no "(Parameter 'x')" suffix, no trailing period.</summary>
    internal static string Clean(string message) => ParameterSuffix().Replace(message, string.Empty).TrimEnd('.', ' ');

    private static string Format(string format, object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
