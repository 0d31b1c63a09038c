using Ical.Net;
using Ical.Net.CalendarComponents;
using NodaTime;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Builds an Ical.Net <see cref="VTimeZone"/> whose STANDARD/DAYLIGHT observances are tzdb's zone intervals over a range (RFC 5545 §3.6.5).</summary>
/// <remarks>
/// Ical.Net adds no observances by itself, and a VTIMEZONE without any is invalid. Each offset change in
/// <c>[first - 366 d, last + 366 d]</c> becomes an onset; onsets with the same kind, offsets and name form one observance,
/// its first onset as DTSTART and each further onset as its own RDATE property (ical.js reads only the first value of a
/// multi-valued RDATE in an observance).
/// </remarks>
internal static class TimeZoneObservances
{
    private static readonly Duration Margin = Duration.FromDays(366);

    internal static VTimeZone Build(DateTimeZone zone, Instant first, Instant last)
    {
        var onsets = new List<(bool Daylight, Offset From, Offset To, string Name, LocalDateTime Onset)>();
        foreach (var interval in zone.GetZoneIntervals(first - Margin, last + Margin))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            var previous = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            if (previous.WallOffset == interval.WallOffset && onsets.Count > 0)
            {
                continue;
            }

            onsets.Add((interval.Savings != Offset.Zero, previous.WallOffset, interval.WallOffset, interval.Name, interval.Start.WithOffset(previous.WallOffset).LocalDateTime));
        }

        if (onsets.Count == 0)
        {
            // A zone with no transition at all (UTC, Etc/GMT+5): one STANDARD observance with its fixed offset.
            var offset = zone.GetUtcOffset(first);
            onsets.Add((false, offset, offset, zone.GetZoneInterval(first).Name, new LocalDateTime(1970, 1, 1, 0, 0)));
        }

        var timeZone = new VTimeZone();
        timeZone.Properties.Clear();
        timeZone.TzId = zone.Id;
        foreach (var group in onsets.GroupBy(o => (o.Daylight, o.From, o.To, o.Name)).OrderBy(g => g.First().Onset))
        {
            var observance = new VTimeZoneInfo { Name = group.Key.Daylight ? "DAYLIGHT" : "STANDARD" };
            observance.Properties.Clear();
            var dates = group.Select(o => o.Onset).ToList();
            observance.DtStart = IcalValues.Floating(dates[0]);
            observance.OffsetFrom = IcalValues.UtcOffset(group.Key.From);
            observance.OffsetTo = IcalValues.UtcOffset(group.Key.To);
            foreach (var onset in dates.Skip(1))
            {
                observance.AddProperty(new Ical.Net.CalendarProperty("RDATE", IcalValues.Floating(onset)));
            }

            observance.TimeZoneName = group.Key.Name;
            timeZone.AddChild(observance);
        }

        return timeZone;
    }
}
