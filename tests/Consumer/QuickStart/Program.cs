using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Json;

var json = new TimetableJson(DateTimeZoneProviders.Tzdb);
var sample = json.Read(File.ReadAllText("samples/sample-timetable.json")); // the illustrative sample timetable
var conflicts = new ConflictDetector().Detect(sample.Timetable);
foreach (var conflict in conflicts.Where(c => c.Kind == ConflictKind.CountryVisitOverlap))
{
    Console.WriteLine($"{conflict.Severity} {conflict.Kind}: {conflict.Description}");
}
