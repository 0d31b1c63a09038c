using System.Text;
using NodaTime;
using ReviewTimelines.ICalendar.Internal.Parsing;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Zones built from VTIMEZONEs during one import, keyed by TZID and the VTIMEZONE's content lines.</summary>
internal sealed class ZoneCache
{
    private readonly Dictionary<string, (DateTimeZone? Zone, string? Error)> zones = new(StringComparer.Ordinal);

    internal (DateTimeZone? Zone, string? Error) GetOrAdd(string tzid, RawComponent vtimezone, Func<(DateTimeZone? Zone, string? Error)> build)
    {
        var key = Key(tzid, vtimezone);
        if (!zones.TryGetValue(key, out var zone))
        {
            zone = build();
            zones[key] = zone;
        }

        return zone;
    }

    private static string Key(string tzid, RawComponent component)
    {
        var key = new StringBuilder(tzid);
        Append(key, component);
        return key.ToString();
    }

    private static void Append(StringBuilder key, RawComponent component)
    {
        key.Append('\n').Append(component.Name);
        foreach (var property in component.Properties)
        {
            key.Append('\n').Append(property.Name);
            foreach (var (name, values) in property.Parameters)
            {
                key.Append(';').Append(name).Append('=').AppendJoin(',', values);
            }

            key.Append(':').Append(property.Value);
        }

        foreach (var child in component.Children)
        {
            Append(key, child);
        }
    }
}
