using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Internal;
using ReviewTimelines.Intervals;

namespace ReviewTimelines.ICalendar.Export;

/// <summary>Writes a <see cref="FeedDocument"/> as a deterministic iCalendar feed (RFC 5545, RFC 7986 NAME and REFRESH-INTERVAL).</summary>
/// <remarks>
/// <para>The output is byte-identical for identical input, clock and tzdb data, whatever the process's zone or
/// culture: lines end in CRLF and fold at 75 octets; events and free/busy blocks are written in UID order (ordinal);
/// DTSTAMP is the injected clock's instant in UTC.</para>
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

    private readonly IClock clock;
    private readonly IDateTimeZoneProvider zoneProvider;

    /// <summary>Initializes a new instance of the <see cref="IcsExporter"/> class.</summary>
    /// <param name="clock">The clock that gives DTSTAMP.</param>
    /// <param name="zoneProvider">The provider that resolves the events' IANA zone ids.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IcsExporter(IClock clock, IDateTimeZoneProvider zoneProvider)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zoneProvider);
        this.clock = clock;
        this.zoneProvider = zoneProvider;
    }

    /// <summary>Writes the feed.</summary>
    /// <param name="document">The feed to write.</param>
    /// <returns>The iCalendar text, CRLF line endings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">An event has both or neither of Range and Dates, an all-day event has a TimeZoneId, a timed event names a zone the provider does not know, or two events share a UID; the message names the UID.</exception>
    public string Export(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stamp = ContentLineWriter.Utc(clock.GetCurrentInstant());
        var events = document.Events.OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        Validate(events);

        var w = new ContentLineWriter();
        w.Line("BEGIN", "VCALENDAR");
        w.Line("VERSION", "2.0");
        w.Line("PRODID", ProductId);
        w.Line("CALSCALE", "GREGORIAN");
        w.Line("METHOD", "PUBLISH");
        w.Line("NAME", ContentLineWriter.Escape(document.Name));
        w.Line("X-WR-CALNAME", ContentLineWriter.Escape(document.Name));
        w.Line("REFRESH-INTERVAL;VALUE=DURATION", ContentLineWriter.DurationValue(document.RefreshInterval));
        w.Line("X-PUBLISHED-TTL", ContentLineWriter.DurationValue(document.RefreshInterval));

        foreach (var group in events.Where(e => e.Range is not null && e.TimeZoneId is not null)
                     .GroupBy(e => e.TimeZoneId!, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ranges = group.Select(e => e.Range!.Value).ToList();
            WriteTimeZone(w, zoneProvider[group.Key], ranges.Min(r => r.Start), ranges.Max(r => r.End));
        }

        foreach (var e in events)
        {
            WriteEvent(w, e, stamp);
        }

        foreach (var fb in document.FreeBusy.OrderBy(f => f.Uid, StringComparer.Ordinal))
        {
            w.Line("BEGIN", "VFREEBUSY");
            w.Line("UID", fb.Uid);
            w.Line("DTSTAMP", stamp);
            w.Line("DTSTART", ContentLineWriter.Utc(fb.Window.Start));
            w.Line("DTEND", ContentLineWriter.Utc(fb.Window.End));
            w.Line("COMMENT", ContentLineWriter.Escape(fb.Owner));
            foreach (var busy in fb.Busy.ClipTo(fb.Window).Where(r => !r.IsEmpty))
            {
                w.Line("FREEBUSY;FBTYPE=BUSY", ContentLineWriter.Utc(busy.Start) + "/" + ContentLineWriter.Utc(busy.End));
            }

            w.Line("END", "VFREEBUSY");
        }

        w.Line("END", "VCALENDAR");
        return w.ToString();
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

    private void WriteEvent(ContentLineWriter w, FeedEvent e, string stamp)
    {
        w.Line("BEGIN", "VEVENT");
        w.Line("UID", e.Uid);
        w.Line("DTSTAMP", stamp);
        w.Line("SEQUENCE", e.Sequence.ToString(CultureInfo.InvariantCulture));
        if (e.Dates is { } dates)
        {
            w.Line("DTSTART;VALUE=DATE", ContentLineWriter.Date(dates.Start));
            w.Line("DTEND;VALUE=DATE", ContentLineWriter.Date(dates.End.PlusDays(1)));
        }
        else if (e.TimeZoneId is { } id)
        {
            var zone = zoneProvider[id];
            WriteZoned(w, "DTSTART", e.Range!.Value.Start, zone);
            WriteZoned(w, "DTEND", e.Range!.Value.End, zone);
        }
        else
        {
            w.Line("DTSTART", ContentLineWriter.Utc(e.Range!.Value.Start));
            w.Line("DTEND", ContentLineWriter.Utc(e.Range!.Value.End));
        }

        w.Line("SUMMARY", ContentLineWriter.Escape(e.Summary));
        var description = string.Join("\n", new[] { e.Description }.Concat(e.ConflictNotes.Select(n => "Conflict: " + n)).Where(s => !string.IsNullOrEmpty(s)));
        if (description.Length > 0)
        {
            w.Line("DESCRIPTION", ContentLineWriter.Escape(description));
        }

        if (e.Location is { Length: > 0 } location)
        {
            w.Line("LOCATION", ContentLineWriter.Escape(location));
        }

        var categories = e.ConflictNotes.Count > 0 ? e.Categories.Append("CONFLICT") : e.Categories;
        if (categories.Any())
        {
            w.Line("CATEGORIES", string.Join(",", categories.Select(ContentLineWriter.Escape)));
        }

        w.Line("TRANSP", "OPAQUE");
        if (e.AlarmBefore is { } before)
        {
            w.Line("BEGIN", "VALARM");
            w.Line("ACTION", "DISPLAY");
            w.Line("DESCRIPTION", ContentLineWriter.Escape(e.Summary));
            w.Line("TRIGGER", ContentLineWriter.DurationValue(-before));
            w.Line("END", "VALARM");
        }

        w.Line("END", "VEVENT");
    }

    /// <summary>Writes a DATE-TIME with TZID, or in UTC when the local time is the second of two (fall-back), which a TZID cannot express (RFC 5545 §3.3.5 reads an ambiguous local time as its first occurrence).</summary>
    private static void WriteZoned(ContentLineWriter w, string name, Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 2 && mapping.First().ToInstant() != instant)
        {
            w.Line(name, ContentLineWriter.Utc(instant));
        }
        else
        {
            w.Line(name + ";TZID=" + zone.Id, ContentLineWriter.Local(local));
        }
    }

    private static void WriteTimeZone(ContentLineWriter w, DateTimeZone zone, Instant first, Instant last)
    {
        var from = first - Duration.FromDays(366);
        var to = last + Duration.FromDays(366);
        var observances = new List<(string Kind, Offset From, Offset To, string Name, LocalDateTime Onset)>();
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            var previous = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            if (previous.WallOffset == interval.WallOffset && observances.Count > 0)
            {
                continue;
            }

            observances.Add((
                interval.Savings != Offset.Zero ? "DAYLIGHT" : "STANDARD",
                previous.WallOffset,
                interval.WallOffset,
                interval.Name,
                interval.Start.WithOffset(previous.WallOffset).LocalDateTime));
        }

        w.Line("BEGIN", "VTIMEZONE");
        w.Line("TZID", zone.Id);
        if (observances.Count == 0)
        {
            // A zone with no transition at all (UTC, Etc/GMT+5): one STANDARD observance with its fixed offset.
            var offset = zone.GetUtcOffset(first);
            observances.Add(("STANDARD", offset, offset, zone.GetZoneInterval(first).Name, new LocalDateTime(1970, 1, 1, 0, 0)));
        }

        foreach (var group in observances.GroupBy(o => (o.Kind, o.From, o.To, o.Name)).OrderBy(g => g.First().Onset))
        {
            var onsets = group.Select(o => o.Onset).ToList();
            w.Line("BEGIN", group.Key.Kind);
            w.Line("DTSTART", ContentLineWriter.Local(onsets[0]));
            w.Line("TZOFFSETFROM", ContentLineWriter.UtcOffset(group.Key.From));
            w.Line("TZOFFSETTO", ContentLineWriter.UtcOffset(group.Key.To));
            foreach (var onset in onsets.Skip(1))
            {
                // One RDATE per onset: ical.js reads only the first value of a multi-valued RDATE in an observance.
                w.Line("RDATE", ContentLineWriter.Local(onset));
            }

            w.Line("TZNAME", ContentLineWriter.Escape(group.Key.Name));
            w.Line("END", group.Key.Kind);
        }

        w.Line("END", "VTIMEZONE");
    }
}
