using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Model;

namespace ReviewTimelines.Json.Internal;

/// <summary>Collects problems with their JSON paths; their lines and columns are looked up once, when the list is asked for.</summary>
/// <remarks>At most <c>maxProblems</c> problems are kept (the first ones found); the others are counted and announced by
/// one last problem, so a file of a million unknown properties gives a short answer in bounded memory.</remarks>
internal sealed class ProblemSink(ReadOnlyMemory<byte> utf8, int maxProblems = int.MaxValue)
{
    private readonly List<(ProblemSeverity Severity, string Path, string Message)> problems = [];
    private readonly HashSet<(ProblemSeverity, string, string)> seen = [];
    private readonly List<string> errorPaths = [];
    private bool errorPathsSorted = true;
    private int dropped;
    private ImmutableArray<TimetableFormatProblem>? resolved;

    internal ProblemSink(JsonPositionIndex index)
        : this(ReadOnlyMemory<byte>.Empty)
    {
        Index = index;
    }

    internal bool HasErrors => errorPaths.Count > 0;

    internal ImmutableArray<TimetableFormatProblem> Errors => [.. All.Where(p => p.Severity == ProblemSeverity.Error)];

    internal ImmutableArray<TimetableFormatProblem> Warnings => [.. All.Where(p => p.Severity == ProblemSeverity.Warning)];

    internal ImmutableArray<TimetableFormatProblem> All => resolved ??= Resolve();

    private JsonPositionIndex? Index { get; set; }

    internal void Error(string path, string message)
    {
        errorPaths.Add(path);
        errorPathsSorted = false;
        Add(ProblemSeverity.Error, path, message);
    }

    internal void Warning(string path, string message) => Add(ProblemSeverity.Warning, path, message);

    internal void Add(ProblemSeverity severity, string path, string message)
    {
        if (!seen.Add((severity, path, message)))
        {
            return;
        }

        resolved = null;
        if (problems.Count >= maxProblems)
        {
            dropped++;
            return;
        }

        problems.Add((severity, path, message));
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

    private ImmutableArray<TimetableFormatProblem> Resolve()
    {
        var index = Index ?? JsonPositionIndex.Build(utf8.Span, problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
        var list = problems.Select(p =>
        {
            var (line, column) = index.Find(p.Path);
            return new TimetableFormatProblem(p.Severity, p.Path, line, column, p.Message);
        }).ToList();
        list.Sort();
        if (dropped > 0)
        {
            list.Add(new TimetableFormatProblem(
                ProblemSeverity.Error,
                "$",
                0,
                0,
                string.Format(CultureInfo.InvariantCulture, "{0} more problem(s) not listed: only the first {1} are kept (TimetableReadLimits.MaxProblems)", dropped, maxProblems)));
        }

        return [.. list];
    }

    // In ordinal order the paths that start with the prefix come first among those not below it.
    private bool HasErrorStartingWith(string prefix)
    {
        var at = errorPaths.BinarySearch(prefix, StringComparer.Ordinal);
        at = at >= 0 ? at : ~at;
        return at < errorPaths.Count && errorPaths[at].StartsWith(prefix, StringComparison.Ordinal);
    }
}
