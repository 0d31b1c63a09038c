using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>Turns an imported feed into the conflict detector's <see cref="ExternalBusy"/> intervals for one resource.</summary>
/// <remarks>
/// One <see cref="ExternalBusy"/> per busy VEVENT occurrence (all-day ones as local days of the owner's zone) and per
/// non-FREE VFREEBUSY period; TRANSPARENT and CANCELLED events and zero-length ranges are left out. Ids are
/// <c>&lt;feed&gt;#&lt;UID&gt;@&lt;start, ISO UTC&gt;</c>, stable across imports of the same feed; labels are the event's
/// SUMMARY (or <c>busy time in &lt;feed&gt;</c>) followed by <c>(&lt;feed&gt;)</c>. The result is ordered by start, then id.
/// </remarks>
/// <threadsafety>Stateless; safe to use from several threads.</threadsafety>
public static class IcsExternalBusy
{
    /// <summary>Builds the outside busy intervals of one resource from an imported feed.</summary>
    /// <param name="feedName">A short name of the feed, used in ids and labels (e.g. <c>wgb.ics</c>).</param>
    /// <param name="resource">The country, person or seat the feed describes.</param>
    /// <param name="imported">The imported feed.</param>
    /// <param name="ownerZone">The zone whose local days the feed's all-day items block.</param>
    /// <returns>The intervals, ordered by start, then id.</returns>
    /// <exception cref="ArgumentException"><paramref name="feedName"/> is blank, or <paramref name="resource"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> or <paramref name="ownerZone"/> is null.</exception>
    public static ImmutableArray<ExternalBusy> From(string feedName, TimetableResource resource, IcsImportResult imported, DateTimeZone ownerZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedName);
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(ownerZone);
        if (resource.Value is null)
        {
            throw new ArgumentException("The resource is the default (empty) value.", nameof(resource));
        }

        var events = imported.Events
            .Where(e => e.IsBusy)
            .Select(e => (Uid: e.Uid, Label: e.Summary, Range: e.ToInstantRange(ownerZone)));
        var freeBusy = imported.FreeBusy
            .SelectMany(fb => fb.Periods.Where(p => p.Kind != FreeBusyKind.Free).Select(p => (Uid: fb.Uid ?? "freebusy", Label: "busy time in " + feedName, p.Range)));
        return [.. events.Concat(freeBusy)
            .Where(x => !x.Range.IsEmpty)
            .Select(x => new ExternalBusy(
                string.Format(CultureInfo.InvariantCulture, "{0}#{1}@{2}", feedName, x.Uid, InstantPattern.General.Format(x.Range.Start)),
                resource,
                x.Range,
                string.Format(CultureInfo.InvariantCulture, "{0} ({1})", x.Label, feedName)))
            .DistinctBy(b => (b.Id, b.Range))
            .OrderBy(b => b.Range.Start)
            .ThenBy(b => b.Id, StringComparer.Ordinal)];
    }
}
