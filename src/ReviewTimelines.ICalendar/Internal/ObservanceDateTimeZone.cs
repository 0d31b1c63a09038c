using NodaTime;
using NodaTime.TimeZones;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>A NodaTime zone built from the transitions of a feed's own VTIMEZONE observances (RFC 5545 §3.6.5).</summary>
/// <remarks>
/// Used for TZIDs that are not IANA names ("Customized Time Zone", Windows display names). Before the first
/// onset the zone uses the first observance's TZOFFSETFROM; after the last generated onset it keeps the last
/// TZOFFSETTO. The transitions are computed only up to a horizon past the import window, so the zone must not
/// be used far beyond that window.
/// </remarks>
internal sealed class ObservanceDateTimeZone : DateTimeZone
{
    private readonly Transition[] transitions;
    private readonly Offset initialOffset;

    private ObservanceDateTimeZone(string id, Offset initialOffset, Transition[] transitions, Offset min, Offset max)
        : base(id, transitions.Length == 0, min, max)
    {
        this.initialOffset = initialOffset;
        this.transitions = transitions;
    }

    internal static ObservanceDateTimeZone Create(string id, Offset initialOffset, IEnumerable<Transition> source)
    {
        var sorted = source
            .OrderBy(t => t.At)
            .ToList();
        var deduplicated = new List<Transition>(sorted.Count);
        foreach (var t in sorted)
        {
            if (deduplicated.Count > 0 && deduplicated[^1].At == t.At)
            {
                deduplicated[^1] = t;
            }
            else
            {
                deduplicated.Add(t);
            }
        }

        var offsets = deduplicated.Select(t => t.Offset).Append(initialOffset).ToList();
        return new ObservanceDateTimeZone(id, initialOffset, [.. deduplicated], offsets.Min(), offsets.Max());
    }

    public override ZoneInterval GetZoneInterval(Instant instant)
    {
        var lo = 0;
        var hi = transitions.Length - 1;
        var index = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (transitions[mid].At <= instant)
            {
                index = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        Instant? start = index < 0 ? null : transitions[index].At;
        Instant? end = index + 1 < transitions.Length ? transitions[index + 1].At : null;
        if (index < 0)
        {
            return new ZoneInterval(Id, start, end, initialOffset, Offset.Zero);
        }

        var t = transitions[index];
        return new ZoneInterval(t.Name, start, end, t.Offset, t.Savings);
    }

    /// <summary>One onset of an observance: from <see cref="At"/> the wall offset is <see cref="Offset"/>.</summary>
    internal readonly record struct Transition(Instant At, Offset Offset, Offset Savings, string Name);
}
