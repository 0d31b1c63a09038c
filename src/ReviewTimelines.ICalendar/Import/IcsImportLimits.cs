namespace ReviewTimelines.ICalendar.Import;

/// <summary>Bounds that keep a hostile or broken iCalendar stream from hanging the import or exhausting memory.</summary>
/// <remarks>
/// Every limit is checked before the work it bounds; exceeding one always fails the import with an
/// <see cref="IcsImportException"/> naming the limit (also in lenient mode). The defaults accept every real
/// feed in the test corpus with a wide margin.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsImportLimits
{
    /// <summary>Gets the default limits.</summary>
    public static IcsImportLimits Default { get; } = new();

    /// <summary>Gets the maximum size of the input in UTF-16 characters (strings) or bytes (streams); default 16 MiB.</summary>
    public int MaxInputLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the maximum length of one physical line, before unfolding; default 16 384 characters.</summary>
    public int MaxLineLength { get; init; } = 16 * 1024;

    /// <summary>Gets the maximum length of one content line after unfolding (RFC 5545 §3.1); default 1 MiB characters.</summary>
    public int MaxUnfoldedLineLength { get; init; } = 1024 * 1024;

    /// <summary>Gets the maximum number of components (BEGIN lines) in the input; default 50 000.</summary>
    public int MaxComponents { get; init; } = 50_000;

    /// <summary>Gets the maximum BEGIN/END nesting depth (VCALENDAR &gt; VEVENT &gt; VALARM is 3); default 4.</summary>
    public int MaxNestingDepth { get; init; } = 4;

    /// <summary>Gets the maximum number of instances generated for one recurring series or VTIMEZONE observance, counted from its DTSTART; default 20 000.</summary>
    public int MaxOccurrencesPerSeries { get; init; } = 20_000;

    /// <summary>Gets the maximum number of imported occurrences in the whole result; default 200 000.</summary>
    public int MaxTotalOccurrences { get; init; } = 200_000;

    /// <summary>Gets the maximum number of recurrence-rule increments that may match nothing in a row (for example <c>BYMONTH=2;BYMONTHDAY=30</c>); default 10 000.</summary>
    public int MaxUnmatchedIncrements { get; init; } = 10_000;
}
