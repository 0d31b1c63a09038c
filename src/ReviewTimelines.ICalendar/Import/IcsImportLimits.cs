namespace ReviewTimelines.ICalendar.Import;

/// <summary>Budgets that keep a hostile or broken iCalendar stream from hanging the import or exhausting memory.</summary>
/// <remarks>
/// <para>Every limit is checked before or while doing the work it bounds, so work and memory stay proportional to
/// the input and the window. Stream limits (<see cref="MaxInputLength"/>, <see cref="MaxLineLength"/>,
/// <see cref="MaxUnfoldedLineLength"/>, <see cref="MaxComponents"/>, <see cref="MaxNestingDepth"/>,
/// <see cref="MaxTotalOccurrences"/>) always fail the import with an <see cref="IcsImportException"/>. Item limits
/// (<see cref="MaxPropertiesPerComponent"/>, <see cref="MaxRecurrenceDateValues"/>, <see cref="MaxObservancesPerTimeZone"/>,
/// <see cref="MaxOccurrencesPerSeries"/>, <see cref="MaxRecurrenceWork"/>, <see cref="MaxTotalRecurrenceWork"/>, <see cref="MaxUnmatchedIncrements"/>) are an
/// error naming the UID and line: a strict import fails, a lenient one skips the item and reports it.</para>
/// <para>The defaults accept every real feed in the test corpus with a wide margin (docs/icalendar.md, "Budgets").</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsImportLimits
{
    /// <summary>Gets the default limits.</summary>
    public static IcsImportLimits Default { get; } = new();

    /// <summary>Gets the maximum size of the input in UTF-16 characters (strings) or bytes (streams); default 16 MiB.</summary>
    public int MaxInputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the maximum length of one physical line, before unfolding, in characters (strings) or bytes (streams); default 16 384.</summary>
    public int MaxLineLength { get; init; } = 16 * 1024;

    /// <summary>Gets the maximum length of one content line after unfolding (RFC 5545 §3.1); default 1 MiB.</summary>
    public int MaxUnfoldedLineLength { get; init; } = 1024 * 1024;

    /// <summary>Gets the maximum number of components (BEGIN lines) in the input; default 50 000.</summary>
    public int MaxComponents { get; init; } = 50_000;

    /// <summary>Gets the maximum BEGIN/END nesting depth (VCALENDAR &gt; VEVENT &gt; VALARM is 3); default 4.</summary>
    public int MaxNestingDepth { get; init; } = 4;

    /// <summary>Gets the maximum number of properties of one component; default 5 000.</summary>
    public int MaxPropertiesPerComponent { get; init; } = 5_000;

    /// <summary>Gets the maximum number of RDATE plus EXDATE values of one VEVENT, and of FREEBUSY periods of one VFREEBUSY; default 20 000.</summary>
    public int MaxRecurrenceDateValues { get; init; } = 20_000;

    /// <summary>Gets the maximum number of STANDARD and DAYLIGHT observances of one VTIMEZONE; default 1 000.</summary>
    public int MaxObservancesPerTimeZone { get; init; } = 1_000;

    /// <summary>Gets the maximum number of instances one recurrence rule (RRULE, EXRULE, VTIMEZONE onset rule) generates in the import window; default 20 000.</summary>
    /// <remarks>Only instances from shortly before the window start count: a daily series that began in 1960 is measured by its days in the window.</remarks>
    public int MaxOccurrencesPerSeries { get; init; } = 20_000;

    /// <summary>Gets the maximum number of imported occurrences in the whole result; default 200 000.</summary>
    public int MaxTotalOccurrences { get; init; } = 200_000;

    /// <summary>Gets the maximum number of recurrence-rule increments that may match nothing in a row (for example <c>BYMONTH=2;BYMONTHDAY=30</c>); default 10 000.</summary>
    public int MaxUnmatchedIncrements { get; init; } = 10_000;

    /// <summary>Gets the maximum work of one recurrence rule: periods stepped through up to the window's end times the candidates one period can produce from its BYxxx lists; default 2 000 000.</summary>
    /// <remarks>Estimated before evaluating, so a yearly rule with BYSETPOS over every day, hour and minute is refused at once instead of being evaluated.
    /// A daily rule over 40 years is about 15 000; an hourly one about 350 000.</remarks>
    public long MaxRecurrenceWork { get; init; } = 2_000_000;

    /// <summary>Gets the maximum recurrence work of the whole import (every RRULE, EXRULE and VTIMEZONE rule, estimated as for <see cref="MaxRecurrenceWork"/>); default 20 000 000.</summary>
    /// <remarks>A rule that would cross it is an error naming its UID and line, like <see cref="MaxRecurrenceWork"/>.</remarks>
    public long MaxTotalRecurrenceWork { get; init; } = 20_000_000;
}
