using ReviewTimelines.Web.Tests.Remote;

namespace ReviewTimelines.Web.Tests.Serving;

/// <summary><c>--ics-url</c> and https feed references: fetched, then asked conditionally, then served from the last good copy when the server fails.</summary>
public sealed class CliRemoteFeedTests : IDisposable
{
    private readonly DirectoryInfo cache = Directory.CreateTempSubdirectory("rt-feed-cache-");

    public void Dispose() => cache.Delete(recursive: true);

    [Fact]
    public async Task Check_IcsUrl_FetchesThenReusesOn304ThenUsesTheLastGoodCopyWhenTheServerFails()
    {
        await using var server = await FeedServer.StartAsync();
        var args = Args("--ics-url", "person:expert-deu-1=" + server.Url("feed.ics"));

        var first = await Cli.RunAsync(args);
        first.Error.Should().NotContain("warning: --ics-url");
        first.Out.Should().Contain("Outside feed: feed.ics (2 busy event(s)").And.Contain("busy for person:expert-deu-1; fetched");

        var second = await Cli.RunAsync(args);
        second.Exit.Should().Be(first.Exit);
        second.Out.Should().Contain("not modified since the cached copy (HTTP 304)");
        server.ConditionalRequests.Should().Be(1);

        server.Mode = "fail";
        var third = await Cli.RunAsync(args);
        third.Exit.Should().Be(first.Exit, third.Error);
        third.Error.Should().Contain("warning: --ics-url").And.Contain("HTTP 500").And.Contain("using the last good copy, fetched 2021-03-01 00:00 UTC");
        third.Out.Should().Contain("LAST GOOD COPY");
        server.LinkedRequests.Should().Be(0);
    }

    [Fact]
    public async Task Check_IcsUrlFailingWithoutAnyCopy_IsAnErrorNamingTheAddress()
    {
        await using var server = await FeedServer.StartAsync();
        server.Mode = "fail";
        var result = await Cli.RunAsync(Args("--ics-url", "person:expert-deu-1=" + server.Url("feed.ics")));
        result.Exit.Should().Be(1);
        result.Error.Should().Contain(server.Url("feed.ics").ToString()).And.Contain("there is no earlier copy to use");
    }

    [Fact]
    public async Task Check_IcsUrlPlainHttpToAnotherHost_IsRefusedBeforeAnyRequest()
    {
        var result = await Cli.RunAsync(Args("--ics-url", "person:expert-deu-1=http://example.org/feed.ics"));
        result.Exit.Should().Be(1);
        result.Error.Should().Contain("is not an https address");
    }

    [Fact]
    public async Task Check_FeedReferenceWithAnHttpsStyleUrl_IsFetched()
    {
        await using var server = await FeedServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("rt-url-feed-");
        try
        {
            var json = await File.ReadAllTextAsync(TestData.Path("timetable.json"));
            var file = Path.Combine(folder.FullName, "timetable.json");
            await File.WriteAllTextAsync(file, json.Replace("\"feeds/expert-deu-1.ics\"", "\"" + server.Url("feed.ics") + "\"", StringComparison.Ordinal));
            var result = await Cli.RunAsync("check", "--input", file, "--feed-cache", cache.FullName, "--now", "2021-03-01T00:00:00Z");
            result.Error.Should().NotContain("error:");
            result.Out.Should().Contain("Outside feed: feed.ics (2 busy event(s)").And.Contain("; fetched");
            server.FeedRequests.Should().Be(1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string[] Args(params string[] more) =>
        ["check", "--input", TestData.Path("timetable.json"), "--feed-cache", cache.FullName, "--now", "2021-03-01T00:00:00Z", .. more];
}
