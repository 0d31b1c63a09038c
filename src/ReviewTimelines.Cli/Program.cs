using System.Globalization;
using NodaTime;
using ReviewTimelines.Intervals;

// Interim main job (the full `review-timelines` tool replaces it): checks the published 2018-2019
// plenary weeks of the IRG, the OECD WGB and GRECO (sources in ../shared/domain/REVIEW-MECHANISMS.md §7)
// for meetings that overlap on the time line, each date range taken in its seat's zone.
var tzdb = DateTimeZoneProviders.Tzdb;
(string Name, string Zone, LocalDate First, LocalDate Last)[] meetings =
[
    ("IRG 9th session (Vienna)", "Europe/Vienna", new(2018, 6, 4), new(2018, 6, 6)),
    ("WGB plenary (Paris)", "Europe/Paris", new(2018, 6, 12), new(2018, 6, 15)),
    ("GRECO plenary (Strasbourg)", "Europe/Paris", new(2018, 6, 18), new(2018, 6, 22)),
    ("WGB plenary (Paris)", "Europe/Paris", new(2019, 3, 5), new(2019, 3, 8)),
    ("GRECO 82 (Strasbourg)", "Europe/Paris", new(2019, 3, 18), new(2019, 3, 22)),
    ("IRG 10th session (Vienna)", "Europe/Vienna", new(2019, 5, 27), new(2019, 5, 29)),
    ("GRECO 83 (Strasbourg)", "Europe/Paris", new(2019, 6, 17), new(2019, 6, 21)),
    ("WGB plenary (Paris)", "Europe/Paris", new(2019, 6, 25), new(2019, 6, 28)),
];
var ranges = meetings.Select(m =>
{
    var zone = tzdb[m.Zone];
    return InstantRange.FromInstants(m.First.AtStartOfDayInZone(zone).ToInstant(), m.Last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
}).ToArray();
var clashes = 0;
for (var i = 0; i < ranges.Length; i++)
{
    for (var j = i + 1; j < ranges.Length; j++)
    {
        if (ranges[i].Intersect(ranges[j]) is { } overlap)
        {
            clashes++;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "CLASH {0} / {1}: {2}", meetings[i].Name, meetings[j].Name, overlap));
        }
    }
}

var busy = InstantRangeSet.FromRanges(ranges);
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} published plenaries checked, {1} clashes, {2} days of plenary time.", meetings.Length, clashes, busy.TotalDuration.TotalDays));
return clashes == 0 ? 0 : 2;
