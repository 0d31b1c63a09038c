using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ReviewTimelines.Model;

/// <summary>How serious a timetable problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The timetable is invalid; <see cref="TimetableBuilder.Build()"/> throws.</summary>
    Error = 0,

    /// <summary>Suspicious but allowed; the built timetable keeps it in <see cref="Timetable.Warnings"/>.</summary>
    Warning = 1,
}

/// <summary>One problem found while validating a timetable or reading its input: the item, the field and what is wrong.</summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Item">The item the problem is about.</param>
/// <param name="Field">The property of the item, e.g. <c>GovernmentalExperts</c> or <c>Timing</c>.</param>
/// <param name="Message">A plain sentence naming the offending value.</param>
/// <remarks>
/// Lists of problems are ordered by <see cref="Item"/> (kind, then ordinal id), then <see cref="Field"/>, then
/// <see cref="Message"/> (ordinal), then <see cref="Severity"/>, so the same input always gives the same list.
/// <see cref="ToString"/> gives <c>error review:GRECO5-AUT ReviewingStates: ...</c>.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TimetableProblem(ProblemSeverity Severity, TimetableItemRef Item, string Field, string Message) : IComparable<TimetableProblem>
{
    /// <summary>Gets the property of the item.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public string Field { get; init; } = ModelChecks.Text(Field, nameof(TimetableProblem), nameof(Field));

    /// <summary>Gets the plain-sentence description.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public string Message { get; init; } = ModelChecks.Text(Message, nameof(TimetableProblem), nameof(Message));

    /// <inheritdoc />
    public int CompareTo(TimetableProblem? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = Item.CompareTo(other.Item);
        if (result == 0)
        {
            result = string.CompareOrdinal(Field, other.Field);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(Message, other.Message);
        }

        return result != 0 ? result : Severity.CompareTo(other.Severity);
    }

    /// <summary>Formats as <c>error review:GRECO5-AUT ReviewingStates: message</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}: {3}", Severity == ProblemSeverity.Error ? "error" : "warning", Item, Field, Message);

    internal static ImmutableArray<TimetableProblem> Sorted(IEnumerable<TimetableProblem> problems) =>
        [.. problems.Order()];

    /// <summary>Orders by <see cref="CompareTo(TimetableProblem)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(TimetableProblem? left, TimetableProblem? right) => Comparer<TimetableProblem>.Default.Compare(left, right) < 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableProblem)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(TimetableProblem? left, TimetableProblem? right) => Comparer<TimetableProblem>.Default.Compare(left, right) <= 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableProblem)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(TimetableProblem? left, TimetableProblem? right) => Comparer<TimetableProblem>.Default.Compare(left, right) > 0;

    /// <summary>Orders by <see cref="CompareTo(TimetableProblem)"/>.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(TimetableProblem? left, TimetableProblem? right) => Comparer<TimetableProblem>.Default.Compare(left, right) >= 0;
}

/// <summary>Thrown when a timetable has errors; lists every problem found, not only the first.</summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/>: the input given to the builder is invalid. <see cref="Problems"/>
/// holds every problem in the documented order (errors and warnings); the message has one line per problem.
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class TimetableValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="TimetableValidationException"/> class with no problems.</summary>
    public TimetableValidationException()
        : base("The timetable is invalid.")
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="TimetableValidationException"/> class with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public TimetableValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="TimetableValidationException"/> class with a message, an inner exception and no problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimetableValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="TimetableValidationException"/> class listing <paramref name="problems"/>.</summary>
    /// <param name="problems">The problems; they are sorted into the documented order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public TimetableValidationException(IEnumerable<TimetableProblem> problems)
        : this(TimetableProblem.Sorted(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
    }

    private TimetableValidationException(ImmutableArray<TimetableProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in the documented order.</summary>
    public ImmutableArray<TimetableProblem> Problems { get; }

    private static string Describe(ImmutableArray<TimetableProblem> problems)
    {
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The timetable has {errors} error(s) and {problems.Length - errors} warning(s):");
        foreach (var problem in problems)
        {
            text.Append('\n').Append(problem);
        }

        return text.ToString();
    }
}
