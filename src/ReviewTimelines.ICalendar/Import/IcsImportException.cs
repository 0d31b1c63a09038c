using System.Globalization;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>Thrown when an iCalendar stream cannot be imported; lists every problem found, not only the first.</summary>
/// <remarks>
/// A strict import throws this when any component has an <see cref="IcsProblemSeverity.Error"/>; every import,
/// strict or lenient, throws it when the stream as a whole is unusable (a limit of <see cref="IcsImportLimits"/>
/// is exceeded, the nesting of BEGIN/END is wrong, or the text is not iCalendar).
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class IcsImportException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="IcsImportException"/> class with no problems listed.</summary>
    public IcsImportException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IcsImportException"/> class with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public IcsImportException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="IcsImportException"/> class wrapping an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IcsImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="IcsImportException"/> class listing the problems.</summary>
    /// <param name="problems">Every problem found, in input order.</param>
    public IcsImportException(IReadOnlyList<IcsProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance of the <see cref="IcsImportException"/> class listing the problems, with the parser exception that caused them.</summary>
    /// <param name="problems">Every problem found, in input order.</param>
    /// <param name="innerException">The underlying parser exception.</param>
    public IcsImportException(IReadOnlyList<IcsProblem> problems, Exception? innerException)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in input order.</summary>
    public IReadOnlyList<IcsProblem> Problems { get; }

    private static string Describe(IReadOnlyList<IcsProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return string.Format(
            CultureInfo.InvariantCulture,
            "The iCalendar input has {0} problem(s):{1}{2}",
            problems.Count,
            Environment.NewLine,
            string.Join(Environment.NewLine, problems.Select(p => "  " + p.ToString())));
    }
}
