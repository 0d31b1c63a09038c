using System.Collections.Immutable;

namespace ReviewTimelines.Json;

/// <summary>The exception thrown when a timetable file cannot be read: it lists every problem found, with its JSON path, line and column.</summary>
/// <remarks>
/// Malformed JSON gives one problem (the parser stops at the first syntax error). Otherwise every problem of the file
/// is listed at once: wrong types, missing or unknown properties, unknown ids, unknown zones, ends before starts, and
/// the model's own validation problems mapped back to the place in the file. The message has one line per problem.
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class TimetableFormatException : FormatException
{
    /// <summary>Initializes a new instance with no problem list.</summary>
    public TimetableFormatException()
        : this("The timetable file is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message and no problem list.</summary>
    /// <param name="message">The message.</param>
    public TimetableFormatException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance with a message, an inner exception and no problem list.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimetableFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance listing <paramref name="problems"/>, sorted by position.</summary>
    /// <param name="problems">Every problem found (errors and warnings).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public TimetableFormatException(IEnumerable<TimetableFormatProblem> problems)
        : this(Sorted(problems), null)
    {
    }

    /// <summary>Initializes a new instance listing <paramref name="problems"/>, sorted by position, caused by <paramref name="innerException"/>.</summary>
    /// <param name="problems">Every problem found (errors and warnings).</param>
    /// <param name="innerException">The parser's exception for a syntax error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public TimetableFormatException(IEnumerable<TimetableFormatProblem> problems, Exception? innerException)
        : this(Sorted(problems), innerException)
    {
    }

    private TimetableFormatException(ImmutableArray<TimetableFormatProblem> problems, Exception? innerException)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, ordered by line, column, path and message.</summary>
    public ImmutableArray<TimetableFormatProblem> Problems { get; }

    private static ImmutableArray<TimetableFormatProblem> Sorted(IEnumerable<TimetableFormatProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return [.. problems.Order()];
    }

    private static string Describe(ImmutableArray<TimetableFormatProblem> problems) =>
        problems.Length switch
        {
            0 => "The timetable file is not valid.",
            1 => "The timetable file has a problem:\n" + problems[0],
            _ => "The timetable file has " + problems.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " problems:\n" + string.Join("\n", problems),
        };
}
