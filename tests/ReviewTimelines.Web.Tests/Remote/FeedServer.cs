using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewTimelines.Web.Tests.Remote;

/// <summary>Another secretariat's server, on 127.0.0.1: serves an .ics with an ETag (304 on a match), and can be told to fail.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    public const string ETag = "\"feed-v1\"";
    private readonly WebApplication app;

    private FeedServer(WebApplication app, string feed)
    {
        this.app = app;
        Feed = feed;
    }

    /// <summary>Gets or sets what /feed.ics answers: ok, fail (500), html (a 200 that is not a calendar).</summary>
    public string Mode { get; set; } = "ok";

    public string Feed { get; }

    public int FeedRequests;
    public int ConditionalRequests;
    public int LinkedRequests;

    public Uri Base { get; private set; } = null!;

    public Uri Url(string path) => new(Base, path);

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FeedServer(app, await File.ReadAllTextAsync(TestData.Path("other-secretariat.ics")));
        app.MapGet("/feed.ics", server.ServeFeed);
        app.MapGet("/linked.ics", (HttpContext _) => { Interlocked.Increment(ref server.LinkedRequests); return Results.Text(server.Feed, "text/calendar"); });
        app.MapGet("/big.ics", () => Results.Text("BEGIN:VCALENDAR\r\n" + new string('X', 5000), "text/calendar"));
        app.MapGet("/loop", (HttpContext c) => Results.Redirect("/loop"));
        app.MapGet("/away", () => Results.Redirect("http://example.com/feed.ics"));
        app.MapGet("/moved", () => Results.Redirect("/feed.ics"));
        await app.StartAsync();
        server.Base = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private IResult ServeFeed(HttpContext context)
    {
        Interlocked.Increment(ref FeedRequests);
        if (Mode == "fail")
        {
            return Results.StatusCode(500);
        }

        if (Mode == "html")
        {
            return Results.Content("<html><body>Maintenance</body></html>", "text/html");
        }

        context.Response.Headers.ETag = ETag;
        context.Response.Headers.LastModified = "Mon, 01 Feb 2021 00:00:00 GMT";
        if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
        {
            Interlocked.Increment(ref ConditionalRequests);
            return Results.StatusCode(304);
        }

        // A URL inside the feed: the fetcher must never request it.
        var text = Feed.Replace("X-WR-CALNAME:Other secretariat\r\n", "X-WR-CALNAME:Other secretariat\r\nURL:" + Url("linked.ics") + "\r\nSOURCE:" + Url("linked.ics") + "\r\n", StringComparison.Ordinal);
        return Results.Text(text, "text/calendar; charset=utf-8");
    }
}
