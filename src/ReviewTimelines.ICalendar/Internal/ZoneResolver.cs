using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;
using ReviewTimelines.ICalendar.Import;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Resolves the TZIDs of one VCALENDAR to NodaTime zones (the import policy of docs/icalendar.md).</summary>
/// <remarks>
/// Order: (1) an IANA id known to the injected provider; (2) the calendar's own VTIMEZONE with that TZID, turned
/// into a zone from its STANDARD/DAYLIGHT observances (RFC 5545 §3.6.5), which covers Windows names,
/// "Customized Time Zone" and display names (BC-09); (3) a Windows zone id without a VTIMEZONE, through the CLDR
/// mapping shipped with NodaTime. Anything else is an error naming the TZID; never UTC, never floating.
/// TZIDs are compared after TEXT unescaping and quote removal, because Exchange escapes commas in the VTIMEZONE's
/// TZID but not in the TZID parameter. Zones built from VTIMEZONEs are shared through <see cref="ZoneCache"/> between
/// the VCALENDARs of one input, keyed by the VTIMEZONE's text, so 10,000 calendars repeating one zone build it once.
/// </remarks>
internal sealed class ZoneResolver
{
    private readonly IDateTimeZoneProvider provider;
    private readonly Dictionary<string, RawComponent> timeZones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeZone? Zone, string? Error)> cache = new(StringComparer.Ordinal);
    private readonly ZoneCache shared;
    private readonly LocalDateTime notBefore;
    private readonly LocalDateTime horizon;
    private readonly WorkBudget budget;

    internal ZoneResolver(IDateTimeZoneProvider provider, RawComponent calendar, ZoneCache shared, LocalDateTime notBefore, LocalDateTime horizon, WorkBudget budget)
    {
        this.provider = provider;
        this.shared = shared;
        this.notBefore = notBefore;
        this.horizon = horizon;
        this.budget = budget;
        foreach (var tz in calendar.Children.Where(c => c.Name == "VTIMEZONE"))
        {
            if (tz.First("TZID") is { } id)
            {
                timeZones.TryAdd(Normalize(id.Value), tz);
            }
        }
    }

    /// <summary>Removes quotes and TEXT escapes from a TZID.</summary>
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

    /// <summary>Resolves a TZID, or returns an error sentence naming it.</summary>
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
            return shared.GetOrAdd(tzid, vtimezone, () => new ObservanceReader(tzid, notBefore, horizon, budget).Read(vtimezone));
        }

        if (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(tzid, out var mapped)
            && provider.GetZoneOrNull(mapped) is { } windows)
        {
            return (windows, null);
        }

        return (null, string.Format(
            CultureInfo.InvariantCulture,
            "the TZID '{0}' is not an IANA zone id, the calendar has no VTIMEZONE with this TZID, and it is not a known Windows zone id",
            IcsValueParser.Shorten(tzid)));
    }
}
