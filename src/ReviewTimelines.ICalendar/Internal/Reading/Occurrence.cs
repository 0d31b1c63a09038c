using NodaTime;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal.Reading;

/// <summary>One expanded occurrence: its local start, the key an override's RECURRENCE-ID or an EXDATE matches it by, and the event.</summary>
internal readonly record struct Occurrence(LocalDateTime Local, OccurrenceKey Key, ImportedEvent Event);

/// <summary>All-day occurrences are keyed by local date; timed ones by start instant and local start date.</summary>
internal readonly record struct OccurrenceKey(LocalDate Date, Instant? Start)
{
    /// <summary>A key with a start matches that instant; a date-only key matches the occurrence's local date.</summary>
    internal bool Matches(OccurrenceKey occurrence) => Start is { } s ? occurrence.Start == s : occurrence.Date == Date;
}
