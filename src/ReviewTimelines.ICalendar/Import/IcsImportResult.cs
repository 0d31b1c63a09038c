using NodaTime;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>The immutable result of importing one iCalendar stream.</summary>
/// <remarks>
/// <see cref="Events"/> holds one entry per occurrence inside the import window, sorted by start (all-day
/// items by their first date at the start of that day in the owner's zone), then by UID.
/// <see cref="Problems"/> lists warnings, and in lenient mode the errors of the components that were skipped.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class IcsImportResult
{
    internal IcsImportResult(
        string? calendarName,
        IReadOnlyList<ImportedEvent> events,
        IReadOnlyList<ImportedFreeBusy> freeBusy,
        IReadOnlyList<IcsProblem> problems)
    {
        CalendarName = calendarName;
        Events = events;
        FreeBusy = freeBusy;
        Problems = problems;
    }

    /// <summary>Gets the calendar's name (RFC 7986 NAME, else X-WR-CALNAME), or <see langword="null"/>.</summary>
    public string? CalendarName { get; }

    /// <summary>Gets the imported VEVENT occurrences.</summary>
    public IReadOnlyList<ImportedEvent> Events { get; }

    /// <summary>Gets the imported VFREEBUSY components.</summary>
    public IReadOnlyList<ImportedFreeBusy> FreeBusy { get; }

    /// <summary>Gets the warnings and (lenient mode only) the errors of skipped components.</summary>
    public IReadOnlyList<IcsProblem> Problems { get; }

    /// <summary>Gets the instants that are busy for an owner in <paramref name="ownerZone"/>: busy events and non-FREE free/busy periods.</summary>
    /// <param name="ownerZone">The zone whose local days all-day items block.</param>
    /// <returns>The normalized set of busy instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ownerZone"/> is null.</exception>
    public InstantRangeSet BusyRanges(DateTimeZone ownerZone)
    {
        ArgumentNullException.ThrowIfNull(ownerZone);
        var events = InstantRangeSet.FromRanges(
            Events.Where(e => e.IsBusy).Select(e => e.ToInstantRange(ownerZone)).Where(r => !r.IsEmpty));
        return FreeBusy.Aggregate(events, (set, fb) => set.Union(fb.Busy()));
    }

    /// <summary>Gets every local date of every all-day item, with the item's SUMMARY as its name.</summary>
    /// <remarks>Sorted by date, then name, then UID. An item spanning three days gives three entries.</remarks>
    /// <returns>The dates.</returns>
    public IReadOnlyList<ImportedHoliday> Holidays() =>
        Events
            .Where(e => e.Dates is not null)
            .SelectMany(e => EnumerateDates(e.Dates!).Select(d => new ImportedHoliday(d, e.Summary, e.Uid)))
            .OrderBy(h => h.Date)
            .ThenBy(h => h.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Uid, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<LocalDate> EnumerateDates(DateInterval dates)
    {
        for (var d = dates.Start; d <= dates.End; d = d.PlusDays(1))
        {
            yield return d;
        }
    }
}
