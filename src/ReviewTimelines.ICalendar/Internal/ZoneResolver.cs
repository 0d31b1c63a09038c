using System.Globalization;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using NodaTime;
using NodaTime.TimeZones;
using ReviewTimelines.ICalendar.Import;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Resolves the TZIDs of one VCALENDAR to NodaTime zones (the import policy of docs/icalendar.md).</summary>
/// <remarks>
/// Order: (1) an IANA id known to the injected provider; (2) the calendar's own VTIMEZONE with that TZID, turned
/// into a zone from its STANDARD/DAYLIGHT observances (RFC 5545 §3.6.5), which covers Windows names,
/// "Customized Time Zone" and display names (BC-09); (3) a Windows zone id without a VTIMEZONE, through the CLDR
/// mapping shipped with NodaTime. Anything else is an error naming the TZID; never UTC, never floating.
/// TZIDs are compared after TEXT unescaping and quote removal, because Exchange escapes commas in the VTIMEZONE's
/// TZID but not in the TZID parameter.
/// </remarks>
internal sealed class ZoneResolver
{
    private readonly IDateTimeZoneProvider provider;
    private readonly Dictionary<string, VTimeZone> timeZones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeZone? Zone, string? Error)> cache = new(StringComparer.Ordinal);
    private readonly LocalDateTime horizon;
    private readonly IcsImportLimits limits;

    internal ZoneResolver(IDateTimeZoneProvider provider, Calendar calendar, LocalDateTime horizon, IcsImportLimits limits)
    {
        this.provider = provider;
        this.horizon = horizon;
        this.limits = limits;
        foreach (var tz in calendar.TimeZones)
        {
            if (tz.TzId is { } id)
            {
                timeZones.TryAdd(Normalize(id), tz);
            }
        }
    }

    internal static string Normalize(string tzid)
    {
        var s = tzid.Trim();
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"')
        {
            s = s[1..^1];
        }

        return s.Replace("\\,", ",", StringComparison.Ordinal)
            .Replace("\\;", ";", StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal)
            .Trim();
    }

    /// <summary>Resolves <paramref name="tzid"/> or returns an error sentence naming it.</summary>
    internal (DateTimeZone? Zone, string? Error) Resolve(string tzid)
    {
        var key = Normalize(tzid);
        if (!cache.TryGetValue(key, out var result))
        {
            result = ResolveUncached(key);
            cache[key] = result;
        }

        return result;
    }

    private (DateTimeZone? Zone, string? Error) ResolveUncached(string tzid)
    {
        if (provider.GetZoneOrNull(tzid) is { } iana)
        {
            return (iana, null);
        }

        if (timeZones.TryGetValue(tzid, out var vtimezone))
        {
            return FromObservances(tzid, vtimezone);
        }

        if (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(tzid, out var mapped)
            && provider.GetZoneOrNull(mapped) is { } windows)
        {
            return (windows, null);
        }

        return (null, string.Format(
            CultureInfo.InvariantCulture,
            "The TZID '{0}' is not an IANA zone id, the calendar has no VTIMEZONE with this TZID, and it is not a known Windows zone id.",
            tzid));
    }

    private (DateTimeZone? Zone, string? Error) FromObservances(string tzid, VTimeZone vtimezone)
    {
        var transitions = new List<ObservanceDateTimeZone.Transition>();
        foreach (var obs in vtimezone.TimeZoneInfos)
        {
            var kind = (obs.Name ?? string.Empty).ToUpperInvariant();
            if (kind is not ("STANDARD" or "DAYLIGHT"))
            {
                continue;
            }

            if (obs.OffsetFrom is null || obs.OffsetTo is null || obs.DtStart is null)
            {
                return (null, string.Format(
                    CultureInfo.InvariantCulture,
                    "The VTIMEZONE '{0}' has a {1} observance without DTSTART, TZOFFSETFROM or TZOFFSETTO (RFC 5545 §3.6.5).",
                    tzid,
                    kind));
            }

            var from = Offset.FromTimeSpan(obs.OffsetFrom.Offset);
            var to = Offset.FromTimeSpan(obs.OffsetTo.Offset);
            var savings = kind == "DAYLIGHT" ? (to > from ? to - from : Offset.FromHours(1)) : Offset.Zero;
            var name = obs.TimeZoneName ?? tzid;
            var start = RecurrenceExpander.FromCal(obs.DtStart);

            // RFC 5545 says observance DTSTARTs are local times in TZOFFSETFROM; some generators write UTC
            // (holidays-austria.ics), which we read as the instant it names.
            Instant OnsetInstant(LocalDateTime local, bool isUtc) =>
                isUtc ? local.InUtc().ToInstant() : local.WithOffset(from).ToInstant();

            void Add(Instant at) => transitions.Add(new ObservanceDateTimeZone.Transition(at, to, savings, name));

            Add(OnsetInstant(start, obs.DtStart.IsUtc));
            if (obs.RecurrenceRule is { } rule)
            {
                LocalDateTime? until = rule.Until is { } u
                    ? (u.IsUtc ? RecurrenceExpander.FromCal(u).InUtc().ToInstant().WithOffset(from).LocalDateTime : RecurrenceExpander.FromCal(u))
                    : null;
                var localStart = obs.DtStart.IsUtc ? start.InUtc().ToInstant().WithOffset(from).LocalDateTime : start;
                foreach (var local in RecurrenceExpander.Expand(
                    rule,
                    localStart,
                    dateOnly: false,
                    until,
                    horizon,
                    limits.MaxOccurrencesPerSeries,
                    limits.MaxUnmatchedIncrements,
                    message => new IcsImportException([new IcsProblem(IcsProblemSeverity.Error, null, "VTIMEZONE", tzid + ": " + message)])))
                {
                    Add(OnsetInstant(local, isUtc: false));
                }
            }

            foreach (var rdate in obs.RecurrenceDates.GetAllDates())
            {
                Add(OnsetInstant(RecurrenceExpander.FromCal(rdate), rdate.IsUtc));
            }
        }

        if (transitions.Count == 0)
        {
            return (null, string.Format(
                CultureInfo.InvariantCulture,
                "The VTIMEZONE '{0}' has no STANDARD or DAYLIGHT observance (RFC 5545 §3.6.5 requires at least one).",
                tzid));
        }

        var first = vtimezone.TimeZoneInfos
            .Where(o => o.DtStart is not null && o.OffsetFrom is not null)
            .OrderBy(o => RecurrenceExpander.FromCal(o.DtStart!))
            .First();
        return (ObservanceDateTimeZone.Create(tzid, Offset.FromTimeSpan(first.OffsetFrom!.Offset), transitions), null);
    }
}
