using System.Globalization;
using NodaTime;
using ReviewTimelines.ICalendar.Export;
using ReviewTimelines.Intervals;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Export;

/// <summary>
/// Issue 12 item 10: exported VTIMEZONEs use RRULE observances where the zone's rules are regular and RDATE only for
/// irregular transitions (RFC 5545 §3.6.5), so parsers that ignore RDATE in observances (ts-ics) read summer times right.
/// </summary>
public class VTimeZoneFormTests
{
    private static string[] Lines(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

    private static string[] Block(string ics, string tzid)
    {
        var lines = Lines(ics);
        var start = Array.IndexOf(lines, "TZID:" + tzid);
        return lines[start..Array.IndexOf(lines, "END:VTIMEZONE", start)];
    }

    private static FeedDocument OneEvent(string zone, Instant start) => new()
    {
        Name = "Zone " + zone,
        Events = [new FeedEvent { Uid = "e@reviewtimelines.test", Summary = "Meeting", Range = InstantRange.FromInstants(start, start + Duration.FromHours(1)), TimeZoneId = zone }],
    };

    [Fact]
    public void RegularZone_NewYorkOverFiveYears_TwoRRuleObservancesAndNoRDate()
    {
        // Events 2023-06 .. 2027-06, observances over a year either side: the onsets in force from 2022-03-13 to 2028-03-12,
        // all on the second Sunday of March / first Sunday of November at 02:00 local.
        var feed = new FeedDocument
        {
            Name = "New York",
            Events =
            [
                new FeedEvent { Uid = "a@reviewtimelines.test", Summary = "A", Range = InstantRange.FromInstants(Instant.FromUtc(2023, 6, 1, 14, 0), Instant.FromUtc(2023, 6, 1, 15, 0)), TimeZoneId = "America/New_York" },
                new FeedEvent { Uid = "b@reviewtimelines.test", Summary = "B", Range = InstantRange.FromInstants(Instant.FromUtc(2027, 6, 1, 14, 0), Instant.FromUtc(2027, 6, 1, 15, 0)), TimeZoneId = "America/New_York" },
            ],
        };

        var block = Block(new IcsExporter(Tzdb).Export(feed), "America/New_York");

        block.Where(l => l.StartsWith("RRULE:", StringComparison.Ordinal)).Should().Equal(
            "RRULE:FREQ=YEARLY;COUNT=7;BYDAY=2SU;BYMONTH=3",
            "RRULE:FREQ=YEARLY;COUNT=6;BYDAY=1SU;BYMONTH=11");
        block.Should().NotContain(l => l.StartsWith("RDATE", StringComparison.Ordinal));
        block.Should().ContainInOrder("BEGIN:STANDARD", "DTSTART:20221106T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST");
    }

    [Fact]
    public void IrregularZone_Casablanca_EachRamadanOnsetItsOwnObservance()
    {
        // Morocco (+01 normally) switches to +00 for Ramadan each year since 2019: the dates follow the lunar calendar,
        // so no yearly weekday rule describes them. Each onset is an observance with only a DTSTART (no RDATE, which
        // ts-ics ignores). An event on 2025-06-02 exports 2024-06 .. 2026-06: Ramadan 2025 (23 Feb - 6 Apr) and 2026
        // (15 Feb - 22 Mar) per tzdb, with the return to +01 of April 2024 in force at the range's start.
        var block = Block(new IcsExporter(Tzdb).Export(OneEvent("Africa/Casablanca", Instant.FromUtc(2025, 6, 2, 9, 0))), "Africa/Casablanca");

        block.Should().Equal(
            "TZID:Africa/Casablanca",
            "BEGIN:STANDARD", "DTSTART:20240414T020000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:+01", "END:STANDARD",
            "BEGIN:STANDARD", "DTSTART:20250406T020000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:+01", "END:STANDARD",
            "BEGIN:STANDARD", "DTSTART:20260322T020000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:+01", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20250223T030000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:+00", "END:DAYLIGHT",
            "BEGIN:DAYLIGHT", "DTSTART:20260215T030000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:+00", "END:DAYLIGHT");
    }

    [Fact]
    public void SundayOnOrAfterRule_Santiago_ByMonthDayWindow()
    {
        // Chile's DST starts on the first Sunday on or after 2 September (tzdb "Sep Sun>=2"): 3 Sep 2023, 8 Sep 2024,
        // 7 Sep 2025, 6 Sep 2026 - no BYDAY ordinal fits all, a seven-day BYMONTHDAY window does. 11 Sep 2022 (moved
        // for the referendum) fits no rule and is an observance of its own. Events in June 2023 and June 2026 export
        // the onsets from June 2022 to June 2027.
        var feed = new FeedDocument
        {
            Name = "Santiago",
            Events =
            [
                new FeedEvent { Uid = "a@reviewtimelines.test", Summary = "A", Range = InstantRange.FromInstants(Instant.FromUtc(2023, 6, 2, 13, 0), Instant.FromUtc(2023, 6, 2, 14, 0)), TimeZoneId = "America/Santiago" },
                new FeedEvent { Uid = "b@reviewtimelines.test", Summary = "B", Range = InstantRange.FromInstants(Instant.FromUtc(2026, 6, 2, 13, 0), Instant.FromUtc(2026, 6, 2, 14, 0)), TimeZoneId = "America/Santiago" },
            ],
        };

        var block = Block(new IcsExporter(Tzdb).Export(feed), "America/Santiago");

        block.Should().ContainInOrder("BEGIN:DAYLIGHT", "DTSTART:20220911T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300", "TZNAME:-03", "END:DAYLIGHT");
        block.Should().ContainInOrder("BEGIN:DAYLIGHT", "DTSTART:20230903T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300", "TZNAME:-03", "RRULE:FREQ=YEARLY;COUNT=4;BYDAY=SU;BYMONTH=9;BYMONTHDAY=2,3,4,5,6,7,8", "END:DAYLIGHT");
        block.Should().NotContain(l => l.StartsWith("RDATE", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTzdbZone_ExportedVTimeZoneUnderUnknownTzid_ReadsLikeTzdbAroundEveryTransition()
    {
        // The exporter's observances (RRULE and RDATE forms), read back through our importer's VTIMEZONE path (the TZID
        // renamed so no provider knows it), give tzdb's instant for events an hour either side of every transition.
        var failures = new List<string>();
        var checkedEvents = 0;
        foreach (var id in Tzdb.Ids.Where(i => Tzdb.GetZoneOrNull(i) is not null).Order(StringComparer.Ordinal))
        {
            var zone = Tzdb[id];
            var events = new List<FeedEvent> { Event(0, Instant.FromUtc(2025, 1, 15, 12, 0)) };
            foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2024, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0)).Where(i => i.HasStart && i.Start > Instant.FromUtc(2024, 1, 1, 0, 0)))
            {
                events.Add(Event(events.Count, interval.Start - Duration.FromHours(1)));
                events.Add(Event(events.Count, interval.Start + Duration.FromMinutes(61)));
            }

            var ics = new IcsExporter(Tzdb).Export(new FeedDocument { Name = id, Events = events })
                .Replace("TZID:" + id + "\r\n", "TZID:Renamed zone\r\n", StringComparison.Ordinal)
                .Replace("TZID=" + id + ":", "TZID=Renamed zone:", StringComparison.Ordinal);
            var imported = ImportIcs(ics, Options("UTC", "2023-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).Events;
            foreach (var e in events)
            {
                checkedEvents++;
                var back = imported.SingleOrDefault(i => i.Uid == e.Uid);
                if (back?.Range != e.Range)
                {
                    failures.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1}: wrote {2}, read {3}", id, e.Uid, e.Range, back?.Range));
                }
            }

            FeedEvent Event(int n, Instant start) => new()
            {
                Uid = string.Format(CultureInfo.InvariantCulture, "{0}@reviewtimelines.test", n),
                Summary = "Around a transition",
                Range = InstantRange.FromInstants(start, start + Duration.FromMinutes(30)),
                TimeZoneId = id,
            };
        }

        failures.Should().BeEmpty();
        checkedEvents.Should().BeGreaterThan(1000);
    }
}
