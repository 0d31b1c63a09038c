using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>Thrown when a working calendar is asked about dates its holiday and closure data does not cover.</summary>
/// <remarks>The message names the calendar, its coverage and the missing years. <see cref="WorkingCalendar.Answer{T}"/> proceeds instead and returns the same text as a warning.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CalendarCoverageException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    public CalendarCoverageException()
        : this(new CoverageGap(string.Empty, [], new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1)), "A calendar was asked about dates it does not cover."))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    /// <param name="message">The message.</param>
    public CalendarCoverageException(string message)
        : this(new CoverageGap(string.Empty, [], new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1)), message))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarCoverageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Gap = new CoverageGap(string.Empty, [], new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1)), message);
    }

    /// <summary>Initializes a new instance of the <see cref="CalendarCoverageException"/> class for a gap.</summary>
    /// <param name="gap">The uncovered question.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gap"/> is null.</exception>
    public CalendarCoverageException(CoverageGap gap)
        : base((gap ?? throw new ArgumentNullException(nameof(gap))).Message)
    {
        Gap = gap;
    }

    /// <summary>Gets the uncovered question: the calendar, the missing years and the dates asked about.</summary>
    public CoverageGap Gap { get; }
}
