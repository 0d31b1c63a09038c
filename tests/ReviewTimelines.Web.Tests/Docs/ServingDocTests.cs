using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using NodaTime;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Json;

namespace ReviewTimelines.Web.Tests.Docs;

/// <summary>The embedding example of docs/serving.md, run.</summary>
public sealed class ServingDocTests
{
    [Fact]
    public async Task EmbeddingExample_MountedUnderAGroup_ServesTheFeedAndThePage()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        var path = TestData.Path("timetable.json");

        // snippet: serving-embed
        var document = new TimetableJson(DateTimeZoneProviders.Tzdb).Read(File.ReadAllText(path));
        var snapshot = new TimetableSnapshot(document.Timetable, lastChanged: Instant.FromDateTimeUtc(File.GetLastWriteTimeUtc(path)));
        var options = new ReviewTimelinesWebOptions(DateTimeZoneProviders.Tzdb)
        {
            Feeds = new TimetableFeedOptions("timetables.example.org") { TimetableName = "Joint review timetable" },
        };

        app.MapGroup("/timetable")
           .MapReviewTimelines(new FixedTimetableSource(snapshot), options);
        // end snippet

        await app.StartAsync();
        using var client = app.GetTestClient();
        (await client.GetStringAsync("/timetable/feeds/all.ics")).Should().Contain("X-WR-CALNAME:Joint review timetable").And.Contain("@timetables.example.org");
        (await client.GetAsync("/timetable/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
