namespace ReviewTimelines.ICalendar.Internal.Parsing;

/// <summary>One unfolded content line (RFC 5545 §3.1) and the physical line it starts on (1-based).</summary>
/// <param name="Text">The decoded, unfolded text without its line break.</param>
/// <param name="Line">The 1-based number of the physical line it starts on.</param>
internal readonly record struct LogicalLine(string Text, int Line);
