using System.Diagnostics;
using System.Reflection;

namespace ReviewTimelines.Web.Tests.Serving;

/// <summary>A calendar client's view: Mozilla's ical.js (node) subscribes to a feed that <c>serve</c> publishes.</summary>
[Collection("sample server")]
public sealed class CalendarClientTests(SampleServer server)
{
    [Fact]
    public async Task IcalJs_FetchesParsesAndPollsTheFeed_SecondFetchIs304()
    {
        var icalDir = typeof(CalendarClientTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "IcalJsDirectory").Value!;
        var info = new ProcessStartInfo("node", [Path.Combine(AppContext.BaseDirectory, "js", "calendar-client.mjs"), icalDir, new Uri(server.Base, "feeds/all.ics").ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started; Node.js is required for the tests.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l.Split(' ')[0], l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        lines["STATUS"].Should().Be("200");
        lines["TYPE"].Should().Be("text/calendar; charset=utf-8");
        lines["NAME"].Should().Be("Review timetable");
        lines["REFRESH"].Should().Be("PT1H");
        int.Parse(lines["EVENTS"], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(50);
        lines["FIRST"].Should().EndWith("@review-timelines.invalid");
        lines["AGAIN"].Should().Be("304 0");
        lines["SINCE"].Should().Be("304");
    }
}
