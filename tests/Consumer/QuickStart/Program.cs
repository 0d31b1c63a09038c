using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.ReferenceData;

var sample = ReferenceTimetable.Create(DateTimeZoneProviders.Tzdb); // published meetings + sample reviews
var conflicts = new ConflictDetector().Detect(sample.Timetable);
foreach (var conflict in conflicts.Where(c => c.Kind == ConflictKind.CountryVisitOverlap))
{
    Console.WriteLine($"{conflict.Severity} {conflict.Kind}: {conflict.Description}");
}
