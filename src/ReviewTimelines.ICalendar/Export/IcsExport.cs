namespace ReviewTimelines.ICalendar.Export;

/// <summary>An exported feed and what the exporter had to decide for it (for example a DTSTAMP fallback).</summary>
/// <param name="Text">The iCalendar text, CRLF line endings.</param>
/// <param name="Warnings">Sentences about defaulted values, in a fixed order; empty when nothing was defaulted.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IcsExport(string Text, IReadOnlyList<string> Warnings);
