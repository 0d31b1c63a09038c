using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>Busy time of timetable resources (countries, persons, seats) read from other secretariats' feeds.</summary>
/// <remarks>
/// Each <see cref="Add"/> unions an imported feed's busy instants (<see cref="IcsImportResult.BusyRanges(DateTimeZone)"/>:
/// busy VEVENTs, all-day ones as local days of the owner's zone, and non-FREE VFREEBUSY periods) into the resource's
/// set. The result feeds the slot finder and the conflict checks as extra busy time per resource.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ImportedBusyTime
{
    private readonly ImmutableSortedDictionary<TimetableResource, InstantRangeSet> busy;

    private ImportedBusyTime(ImmutableSortedDictionary<TimetableResource, InstantRangeSet> busy)
    {
        this.busy = busy;
    }

    /// <summary>Gets the empty collection.</summary>
    public static ImportedBusyTime Empty { get; } = new(ImmutableSortedDictionary<TimetableResource, InstantRangeSet>.Empty);

    /// <summary>Gets the resources that have imported busy time, in resource order.</summary>
    public IReadOnlyList<TimetableResource> Resources => [.. busy.Keys];

    /// <summary>Returns a copy with a feed's busy time added to one resource.</summary>
    /// <param name="resource">The country, person or seat the feed describes.</param>
    /// <param name="imported">The imported feed.</param>
    /// <param name="ownerZone">The zone whose local days the feed's all-day items block (usually <see cref="Timetable.ZoneOf(TimetableResource)"/>).</param>
    /// <returns>The new collection.</returns>
    /// <exception cref="ArgumentException"><paramref name="resource"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> or <paramref name="ownerZone"/> is null.</exception>
    public ImportedBusyTime Add(TimetableResource resource, IcsImportResult imported, DateTimeZone ownerZone)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(ownerZone);
        if (resource.Value is null)
        {
            throw new ArgumentException("The resource is the default (empty) value.", nameof(resource));
        }

        var added = imported.BusyRanges(ownerZone);
        return new ImportedBusyTime(busy.SetItem(resource, busy.TryGetValue(resource, out var existing) ? existing.Union(added) : added));
    }

    /// <summary>Gets the imported busy time of one resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The normalized busy set; empty when no feed was added for it.</returns>
    public InstantRangeSet BusyOf(TimetableResource resource) => busy.TryGetValue(resource, out var set) ? set : InstantRangeSet.Empty;

    /// <summary>Formats as <c>2 resources: country:AUT (3 ranges), person:x (1 ranges)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} resources: {1}", busy.Count, string.Join(", ", busy.Select(p => string.Format(CultureInfo.InvariantCulture, "{0} ({1} ranges)", p.Key, p.Value.Count))));
}
