using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using ReviewTimelines.Cli.Input;
using ReviewTimelines.Cli.Web;
using ReviewTimelines.ICalendar.Feeds;
using ReviewTimelines.Web;

namespace ReviewTimelines.Cli.Commands;

/// <summary><c>serve</c>: hosts the feeds, the JSON API and the timeline page with Kestrel over the run's files, reloading them when they change.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The TCP port (0: any free port; the address is printed).",
            DefaultValueFactory = _ => 8080,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: localhost (default, this machine only), an IP address, or 0.0.0.0 / :: for every interface.",
            DefaultValueFactory = _ => "localhost",
        };
        var refresh = new Option<int>("--refresh-minutes")
        {
            Description = "The feeds' REFRESH-INTERVAL and Cache-Control max-age, and how often remote feeds are fetched again (1-10080 minutes).",
            DefaultValueFactory = _ => 60,
        };
        var domain = new Option<string>("--domain")
        {
            Description = "The publisher's domain in every event UID (stage-<id>@<domain>); keep it fixed so calendar clients recognise updated events.",
            DefaultValueFactory = _ => "review-timelines.invalid",
        };
        var title = new Option<string>("--title") { Description = "The page and feed title.", DefaultValueFactory = _ => "Review timetable" };
        var command = new Command("serve", "Serve the timetable by URL: iCalendar feeds, a JSON API (/api/conflicts, /api/timetable, POST /api/check) and the timeline page; reloads when the files change. Stop with Ctrl+C.");
        common.AddTo(command, includeWindow: false);
        foreach (var option in new Option[] { port, host, refresh, domain, title })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Guard(environment, parse, () =>
        {
            var settings = common.Read(parse, environment);
            var address = Address(parse.GetValue(host) ?? "localhost");
            var portNumber = parse.GetValue(port) is var p and >= 0 and <= 65535 ? p : throw new CliInputException("--port: use a port from 0 to 65535.");
            var minutes = parse.GetValue(refresh) is var m and >= 1 and <= 10080 ? m : throw new CliInputException("--refresh-minutes: use 1 to 10080 minutes (one week).");
            var options = Options(environment, parse.GetValue(domain), parse.GetValue(title), minutes);
            using var source = FileTimetableSource.Start(settings, environment, Duration.FromMinutes(minutes));
            return Run(environment, source, options, address, portNumber);
        }));
        return command;
    }

    private static ReviewTimelinesWebOptions Options(CliEnvironment environment, string? domain, string? title, int minutes)
    {
        try
        {
            var feeds = new TimetableFeedOptions(domain ?? string.Empty) { TimetableName = ReportCommand.TitleOf(title), RefreshInterval = Duration.FromMinutes(minutes) };
            return new ReviewTimelinesWebOptions(environment.Zones) { Feeds = feeds };
        }
        catch (ArgumentException e)
        {
            throw new CliInputException("--domain: " + CommandRunner.UserMessage(e), e);
        }
    }

    private static IPAddress Address(string text) => text.Trim() switch
    {
        "localhost" => IPAddress.Loopback,
        var other when IPAddress.TryParse(other, out var ip) => ip,
        var other => throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--host: '{0}' is not localhost or an IP address.", other)),
    };

    private static int Run(CliEnvironment environment, ITimetableSource source, ReviewTimelinesWebOptions options, IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxCheckRequestBytes + 1L;
            kestrel.Listen(address, port);
        });
        using var app = builder.Build();
        app.UseStatusCodePages(WriteProblem);
        app.MapReviewTimelines(source, options);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            throw new CliInputException(string.Format(CultureInfo.InvariantCulture, "--port {0}: cannot listen on {1}: {2}", port, address, e.Message), e);
        }

        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "?";
        environment.Out.WriteLine("Serving on " + url + "/ (Ctrl+C to stop):");
        environment.Out.WriteLine("  timeline page  " + url + "/");
        environment.Out.WriteLine("  feeds          " + url + "/feeds/all.ics, /feeds/{mechanisms,countries,people}/<id>.ics, /feeds/freebusy/{countries,people}/<id>.ics");
        environment.Out.WriteLine("  JSON API       " + url + "/api/conflicts, /api/timetable, POST /api/check");
        environment.Out.Flush();
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }

    /// <summary>Answers errors outside the endpoints (an unknown address: 404) with problem+json too.</summary>
    private static Task WriteProblem(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var detail = status == StatusCodes.Status404NotFound ? "There is nothing at this address. The timeline page is at /." : "The request could not be answered.";
        var json = string.Format(
            CultureInfo.InvariantCulture,
            "{{\"type\":\"about:blank\",\"title\":\"{0}\",\"status\":{1},\"detail\":\"{2}\"}}",
            Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
            status,
            detail);
        http.Response.ContentType = "application/problem+json; charset=utf-8";
        return http.Response.WriteAsync(json, Encoding.UTF8);
    }
}
