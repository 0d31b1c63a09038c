using System.Globalization;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>The free/busy type of a FREEBUSY period (RFC 5545 §3.2.9 FBTYPE).</summary>
public enum FreeBusyKind
{
    /// <summary>FBTYPE=BUSY (the default).</summary>
    Busy = 0,

    /// <summary>FBTYPE=BUSY-UNAVAILABLE.</summary>
    BusyUnavailable = 1,

    /// <summary>FBTYPE=BUSY-TENTATIVE.</summary>
    BusyTentative = 2,

    /// <summary>FBTYPE=FREE.</summary>
    Free = 3,
}

/// <summary>One FREEBUSY period of an imported VFREEBUSY.</summary>
/// <param name="Range">The half-open instant range.</param>
/// <param name="Kind">The FBTYPE.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ImportedFreeBusyPeriod(InstantRange Range, FreeBusyKind Kind)
{
    /// <summary>Formats the period as <c>start/end Kind</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1}", Range, Kind);
}

/// <summary>An imported VFREEBUSY component: its UID and its periods that overlap the import window.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ImportedFreeBusy
{
    internal ImportedFreeBusy(string? uid, IReadOnlyList<ImportedFreeBusyPeriod> periods)
    {
        Uid = uid;
        Periods = periods;
    }

    /// <summary>Gets the UID, or <see langword="null"/> when the component has none (VFREEBUSY replies often do not).</summary>
    public string? Uid { get; }

    /// <summary>Gets the periods, sorted by start then end.</summary>
    public IReadOnlyList<ImportedFreeBusyPeriod> Periods { get; }

    /// <summary>Gets the busy instants: the union of every period that is not <see cref="FreeBusyKind.Free"/>.</summary>
    /// <returns>The normalized set.</returns>
    public InstantRangeSet Busy() =>
        InstantRangeSet.FromRanges(Periods.Where(p => p.Kind != FreeBusyKind.Free).Select(p => p.Range));
}
