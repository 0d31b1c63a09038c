using System.Globalization;
using NodaTime;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using ReviewTimelines.ICalendar.Internal;
using IcalCalendar = Ical.Net.Calendar;
using IcalProperty = Ical.Net.CalendarProperty;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Export;

/// <summary>Writes a <see cref="FeedDocument"/> as a deterministic iCalendar feed (RFC 5545, RFC 7986 NAME and REFRESH-INTERVAL).</summary>
/// <remarks>
/// <para>The exporter builds Ical.Net's object model (Calendar, VTimeZone, CalendarEvent, Alarm, FreeBusy) and Ical.Net's
/// serializer writes the text (content lines, parameters, TEXT escaping, folding at 75 octets, CRLF). The one change to
/// Ical.Net's serializer is that properties keep the order in which this class adds them, instead of Ical.Net's
/// culture-sensitive alphabetical sort; see docs/icalendar.md.</para>
/// <para>The output is byte-identical for identical input and tzdb data, on any day, whatever the process's zone or
/// culture: events and free/busy blocks are written in UID order (ordinal); no value is random, and nothing comes from
/// the clock. DTSTAMP (and LAST-MODIFIED) of an event is its <see cref="FeedEvent.LastModified"/>; an event without one
/// gets <see cref="FeedDocument.DefaultStamp"/>, else the latest <see cref="FeedEvent.LastModified"/> of the feed, else <see cref="FallbackStamp"/>,
/// and <see cref="ExportWithWarnings"/> says so. VFREEBUSY DTSTAMP is the latest of the feed's stamps.</para>
/// <para>Timed events are written in their IANA zone with a TZID, and the feed carries exactly one VTIMEZONE per TZID
/// used, whose STANDARD/DAYLIGHT observances are the tzdb transitions from one year before the earliest to one year
/// after the latest exported instant (one observance per distinct offset change, further onsets as one RDATE line each), so the
/// VTIMEZONE covers the exported range (BC-20). All-day events are <c>VALUE=DATE</c> with an exclusive DTEND and no
/// TZID (BC-13). An instant in the repeated hour of a fall-back, which a TZID local time cannot name, is written in UTC. TEXT values escape backslash, semicolon, comma and newline only (BC-19).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to use from several threads.</threadsafety>
public sealed class IcsExporter
{
    /// <summary>The PRODID written in every feed.</summary>
    public const string ProductId = "-//ReviewTimelines//ReviewTimelines.ICalendar 0.1//EN";

    /// <summary>The name of the X- property that carries each conflict on an event (value: the conflict id; parameters X-KIND, X-SEVERITY).</summary>
    public const string ConflictProperty = "X-REVIEWTIMELINES-CONFLICT";

    private readonly IDateTimeZoneProvider zoneProvider;

    /// <summary>Initializes a new instance of the <see cref="IcsExporter"/> class.</summary>
    /// <param name="zoneProvider">The provider that resolves the events' IANA zone ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zoneProvider"/> is null.</exception>
    public IcsExporter(IDateTimeZoneProvider zoneProvider)
    {
        ArgumentNullException.ThrowIfNull(zoneProvider);
        this.zoneProvider = zoneProvider;
    }

    /// <summary>Gets the DTSTAMP of events when no event of the feed has a <see cref="FeedEvent.LastModified"/>: 2000-01-01T00:00:00Z.</summary>
    /// <remarks>A fixed instant, never the clock, so that an unchanged feed keeps its bytes (and HTTP ETag) from day to day.</remarks>
    public static Instant FallbackStamp { get; } = Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>Writes the feed.</summary>
    /// <param name="document">The feed to write.</param>
    /// <returns>The iCalendar text, CRLF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">An event has both or neither of Range and Dates, an all-day event has a TimeZoneId, a timed event names a zone the provider does not know, or two events share a UID; the message names the UID.</exception>
    public string Export(FeedDocument document) => ExportWithWarnings(document).Text;

    /// <summary>Writes the feed and says what was defaulted.</summary>
    /// <param name="document">The feed to write.</param>
    /// <returns>The iCalendar text and the warnings (a DTSTAMP fallback names the events that had no last change).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Export"/>.</exception>
    public IcsExport ExportWithWarnings(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = document.Events.OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        Validate(events);
        var latest = events.Select(e => e.LastModified).Max();
        var fallback = document.DefaultStamp ?? latest ?? FallbackStamp;
        var warnings = new List<string>();
        var unstamped = events.Where(e => e.LastModified is null).Select(e => e.Uid).ToList();
        if (unstamped.Count > 0)
        {
            warnings.Add(string.Format(
                CultureInfo.InvariantCulture,
                "{0} event(s) have no last change ({1}{2}); their DTSTAMP is {3}, {4}.",
                unstamped.Count,
                string.Join(", ", unstamped.Take(3)),
                unstamped.Count > 3 ? ", ..." : string.Empty,
                fallback,
                document.DefaultStamp is not null ? "the document's DefaultStamp" : latest is null ? "the fixed fallback (no event of the feed has a last change)" : "the latest last change in the feed"));
        }

        var stamp = IcalValues.Utc(fallback);

        var calendar = new IcalCalendar();
        calendar.Properties.Clear();
        calendar.AddProperty("VERSION", "2.0");
        calendar.AddProperty("PRODID", ProductId);
        calendar.AddProperty("CALSCALE", "GREGORIAN");
        calendar.AddProperty("METHOD", "PUBLISH");
        calendar.AddProperty("NAME", document.Name);
        calendar.AddProperty("X-WR-CALNAME", document.Name);
        var refresh = new IcalProperty("REFRESH-INTERVAL", IcalValues.Duration(document.RefreshInterval));
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty(new IcalProperty("X-PUBLISHED-TTL", IcalValues.Duration(document.RefreshInterval)));

        foreach (var group in events.Where(e => e.Range is not null && e.TimeZoneId is not null)
                     .GroupBy(e => e.TimeZoneId!, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ranges = group.Select(e => e.Range!.Value).ToList();
            calendar.AddChild(TimeZoneObservances.Build(zoneProvider[group.Key], ranges.Min(r => r.Start), ranges.Max(r => r.End)));
        }

        foreach (var e in events)
        {
            calendar.Events.Add(BuildEvent(e, e.LastModified is { } changed ? IcalValues.Utc(changed) : stamp, document.Organizer));
        }

        foreach (var fb in document.FreeBusy.OrderBy(f => f.Uid, StringComparer.Ordinal))
        {
            var freeBusy = new FreeBusy();
            freeBusy.Properties.Clear();
            freeBusy.Uid = fb.Uid;
            freeBusy.DtStamp = stamp;
            freeBusy.DtStart = IcalValues.Utc(fb.Window.Start);
            freeBusy.DtEnd = IcalValues.Utc(fb.Window.End);
            freeBusy.AddProperty("COMMENT", fb.Owner);
            foreach (var busy in fb.Busy.ClipTo(fb.Window).Where(r => !r.IsEmpty))
            {
                // One FREEBUSY property per merged range; FBTYPE=BUSY is the default (RFC 5545 §3.2.9), so Ical.Net omits it.
                var period = new Ical.Net.DataTypes.Period(IcalValues.Utc(busy.Start), IcalValues.Utc(busy.End));
                freeBusy.AddProperty(new IcalProperty("FREEBUSY", new FreeBusyEntry(period, FreeBusyStatus.Busy)));
            }

            calendar.AddChild(freeBusy);
        }

        return new IcsExport(ContentLineFolder.Refold(InsertionOrderSerializerFactory.Serialize(calendar)), warnings);
    }

    private void Validate(List<FeedEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if ((e.Range is null) == (e.Dates is null))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The event '{0}' must have exactly one of Range (timed) and Dates (all-day).", e.Uid), nameof(events));
            }

            if (e.Dates is not null && e.TimeZoneId is not null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The all-day event '{0}' has TimeZoneId '{1}'; DATE values carry no zone (RFC 5545 §3.2.19).", e.Uid, e.TimeZoneId), nameof(events));
            }

            if (e.TimeZoneId is { } id && zoneProvider.GetZoneOrNull(id) is null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "The event '{0}' has TimeZoneId '{1}', which the zone provider does not know.", e.Uid, id), nameof(events));
            }

            if (i > 0 && events[i - 1].Uid == e.Uid)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Two events share the UID '{0}'.", e.Uid), nameof(events));
            }
        }
    }

    private CalendarEvent BuildEvent(FeedEvent e, CalDateTime stamp, FeedOrganizer? organizer)
    {
        var item = new CalendarEvent();
        item.Properties.Clear();
        item.Uid = e.Uid;
        item.DtStamp = stamp;
        if (e.LastModified is { } changed)
        {
            item.LastModified = IcalValues.Utc(changed);
        }

        item.Sequence = e.Sequence;
        if (organizer is not null)
        {
            item.Organizer = new Organizer(organizer.Address) { CommonName = organizer.Name };
        }

        if (e.Dates is { } dates)
        {
            item.DtStart = IcalValues.Date(dates.Start);
            item.DtEnd = IcalValues.Date(dates.End.PlusDays(1));
        }
        else if (e.TimeZoneId is { } id)
        {
            var zone = zoneProvider[id];
            item.DtStart = Zoned(e.Range!.Value.Start, zone);
            item.DtEnd = Zoned(e.Range!.Value.End, zone);
        }
        else
        {
            item.DtStart = IcalValues.Utc(e.Range!.Value.Start);
            item.DtEnd = IcalValues.Utc(e.Range!.Value.End);
        }

        item.Summary = e.Summary;
        var description = string.Join("\n", new[] { e.Description }.Concat(e.Conflicts.Select(c => "Conflict (" + c.Severity + "): " + c.Sentence)).Where(s => !string.IsNullOrEmpty(s)));
        if (description.Length > 0)
        {
            item.Description = description;
        }

        if (e.Location is { Length: > 0 } location)
        {
            item.Location = location;
        }

        var categories = e.Conflicts.Count > 0 ? e.Categories.Append("CONFLICT").ToList() : e.Categories.ToList();
        if (categories.Count > 0)
        {
            item.Categories = categories;
        }

        foreach (var conflict in e.Conflicts)
        {
            var property = new IcalProperty(ConflictProperty, conflict.Id);
            property.Parameters.Set("X-KIND", conflict.Kind);
            property.Parameters.Set("X-SEVERITY", conflict.Severity);
            item.AddProperty(property);
        }

        item.Transparency = e.IsTransparent ? "TRANSPARENT" : "OPAQUE";
        if (e.AlarmBefore is { } before)
        {
            var alarm = new Alarm();
            alarm.Properties.Clear();
            alarm.Action = "DISPLAY";
            alarm.Description = e.Summary;
            alarm.Trigger = new Trigger(IcalValues.Duration(-before));
            item.Alarms.Add(alarm);
        }

        return item;
    }

    /// <summary>A DATE-TIME with TZID, or in UTC when the local time is the second of two (fall-back), which a TZID cannot express (RFC 5545 §3.3.5 reads an ambiguous local time as its first occurrence).</summary>
    private static CalDateTime Zoned(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var mapping = zone.MapLocal(local);
        return mapping.Count == 2 && mapping.First().ToInstant() != instant ? IcalValues.Utc(instant) : IcalValues.Zoned(local, zone.Id);
    }
}
