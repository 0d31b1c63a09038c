// Consumer check of the ReviewTimelines.Web package: the embedding of docs/serving.md in a real WebApplication on a
// loopback port, then one request to a feed, the conflicts API and the timeline page. Prints what an app would see.
using NodaTime;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Json;
using ReviewTimelines.Web;

var path = args.Length > 0 ? args[0] : throw new ArgumentException("usage: WebEmbed <timetable.json>");
var builder = WebApplication.CreateBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var app = builder.Build();

var document = new TimetableJson(DateTimeZoneProviders.Tzdb).Read(File.ReadAllText(path));
var snapshot = new TimetableSnapshot(document.Timetable, lastChanged: Instant.FromUtc(2021, 3, 1, 0, 0));
var options = new ReviewTimelinesWebOptions(DateTimeZoneProviders.Tzdb)
{
    Feeds = new TimetableFeedOptions("timetables.example.org") { TimetableName = "Joint review timetable" },
};

app.MapGroup("/timetable")
   .MapReviewTimelines(new FixedTimetableSource(snapshot), options);

await app.StartAsync();
var address = app.Urls.First();
using var client = new HttpClient { BaseAddress = new Uri(address) };
foreach (var route in new[] { "/timetable/feeds/all.ics", "/timetable/api/conflicts", "/timetable/" })
{
    using var response = await client.GetAsync(route);
    var body = await response.Content.ReadAsStringAsync();
    var first = body.Split('\n')[0].Trim();
    Console.WriteLine($"{route} {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {(first.Length > 40 ? first[..40] : first)}");
    if (!response.IsSuccessStatusCode || body.Length == 0)
    {
        Environment.ExitCode = 1;
    }
}

await app.StopAsync();
