using System.Globalization;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>How serious an <see cref="IcsProblem"/> is.</summary>
public enum IcsProblemSeverity
{
    /// <summary>The input was usable; something was repaired or ignored (for example a missing UID was synthesized).</summary>
    Warning = 0,

    /// <summary>The component is invalid; a strict import fails, a lenient import skips the component.</summary>
    Error = 1,
}

/// <summary>One problem found while importing an iCalendar stream, naming the component's UID and the property.</summary>
/// <remarks>
/// <see cref="Uid"/> is <see langword="null"/> for problems of the whole stream (size, nesting, syntax).
/// <see cref="Property"/> is the RFC 5545 property or component name (for example <c>DTEND</c>, <c>TZID</c>,
/// <c>VCALENDAR</c>) or <c>(stream)</c> for limits that apply to the whole input.
/// </remarks>
/// <param name="Severity">Whether the component was rejected (<see cref="IcsProblemSeverity.Error"/>) or repaired.</param>
/// <param name="Uid">The UID of the component, or <see langword="null"/> for stream-level problems.</param>
/// <param name="Property">The property or component the problem is about.</param>
/// <param name="Message">A sentence describing the problem and the offending value.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsProblem(IcsProblemSeverity Severity, string? Uid, string Property, string Message)
{
    /// <summary>Gets the 1-based line of the input the problem is about (the line the content line or component starts on), or null when it is about the whole input.</summary>
    public int? Line { get; init; }

    /// <summary>Formats the problem as <c>error: line 12, UID 'x', DTEND: message</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1}{2}{3}: {4}",
            Severity == IcsProblemSeverity.Error ? "error" : "warning",
            Line is { } line ? string.Format(CultureInfo.InvariantCulture, "line {0}, ", line) : string.Empty,
            Uid is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, "UID '{0}', ", Uid),
            Property,
            Message);
}
