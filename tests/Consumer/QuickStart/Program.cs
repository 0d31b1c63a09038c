using NodaTime;
using ReviewTimelines.Intervals;

var vienna = DateTimeZoneProviders.Tzdb["Europe/Vienna"];
var visit = InstantRange.FromInstants(
    new LocalDateTime(2025, 6, 2, 9, 0).InZoneLeniently(vienna).ToInstant(),
    new LocalDateTime(2025, 6, 2, 10, 0).InZoneLeniently(vienna).ToInstant());
var call = InstantRange.StartingAt(visit.End, Duration.FromHours(1));
Console.WriteLine(visit.Overlaps(call)); // False: half-open intervals that touch never overlap
