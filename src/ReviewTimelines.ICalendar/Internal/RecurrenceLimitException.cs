namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Internal: a recurrence rule crossed a budget of <see cref="Import.IcsImportLimits"/>; the reader turns it into a problem naming the UID and line.</summary>
internal sealed class RecurrenceLimitException(string message) : Exception(message);
