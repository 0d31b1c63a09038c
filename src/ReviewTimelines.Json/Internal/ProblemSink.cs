using System.Collections.Immutable;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Collects problems with their JSON paths and resolves their positions through the index.</summary>
internal sealed class ProblemSink(JsonPositionIndex index)
{
    private readonly List<TimetableFormatProblem> problems = [];
    private readonly HashSet<TimetableFormatProblem> seen = [];
    private readonly List<string> errorPaths = [];
    private bool errorPathsSorted = true;

    internal bool HasErrors => errorPaths.Count > 0;

    internal ImmutableArray<TimetableFormatProblem> Errors => [.. problems.Where(p => p.Severity == ProblemSeverity.Error).Order()];

    internal ImmutableArray<TimetableFormatProblem> Warnings => [.. problems.Where(p => p.Severity == ProblemSeverity.Warning).Order()];

    internal ImmutableArray<TimetableFormatProblem> All => [.. problems.Order()];

    internal void Error(string path, string message)
    {
        errorPaths.Add(path);
        errorPathsSorted = false;
        Add(ProblemSeverity.Error, path, message);
    }

    internal void Warning(string path, string message) => Add(ProblemSeverity.Warning, path, message);

    internal void Add(ProblemSeverity severity, string path, string message)
    {
        var (line, column) = index.Find(path);
        var problem = new TimetableFormatProblem(severity, path, line, column, message);
        if (seen.Add(problem))
        {
            problems.Add(problem);
        }
    }

    /// <summary>Tells whether an error was already reported at <paramref name="path"/> or inside it.</summary>
    /// <remarks>Same answer as testing <see cref="JsonPaths.IsAtOrBelow"/> against every error path, in logarithmic time: a scan per model problem made files with many errors quadratic.</remarks>
    internal bool HasErrorAtOrBelow(string path)
    {
        if (!errorPathsSorted)
        {
            errorPaths.Sort(StringComparer.Ordinal);
            errorPathsSorted = true;
        }

        return errorPaths.BinarySearch(path, StringComparer.Ordinal) >= 0 || HasErrorStartingWith(path + ".") || HasErrorStartingWith(path + "[");
    }

    // In ordinal order the paths that start with the prefix come first among those not below it.
    private bool HasErrorStartingWith(string prefix)
    {
        var at = errorPaths.BinarySearch(prefix, StringComparer.Ordinal);
        at = at >= 0 ? at : ~at;
        return at < errorPaths.Count && errorPaths[at].StartsWith(prefix, StringComparison.Ordinal);
    }
}
