using NodaTime;
using NodaTime.Testing;
using ReviewTimelines.Web.Remote;

namespace ReviewTimelines.Web.Tests.Remote;

public sealed class RemoteFeedFetcherTests
{
    private readonly FakeClock clock = new(Instant.FromUtc(2021, 3, 1, 9, 0));

    [Fact]
    public async Task FetchAsync_FirstTime_ReturnsTheFeedWithItsValidators()
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var result = await fetcher.FetchAsync(server.Url("feed.ics"), null);
        result.Outcome.Should().Be(RemoteFeedOutcome.Fetched);
        result.Copy!.Text.Should().StartWith("BEGIN:VCALENDAR").And.Contain("UID:retreat-2021@example.org");
        result.Copy.EntityTag.Should().Be(FeedServer.ETag);
        result.Copy.LastModified.Should().Be("Mon, 01 Feb 2021 00:00:00 GMT");
        result.Copy.FetchedAt.Should().Be(clock.GetCurrentInstant());
        result.Problem.Should().BeNull();
    }

    [Fact]
    public async Task FetchAsync_WithTheLastCopy_AsksConditionallyAndReusesItOn304()
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var first = await fetcher.FetchAsync(server.Url("feed.ics"), null);
        clock.AdvanceHours(1);
        var second = await fetcher.FetchAsync(server.Url("feed.ics"), first.Copy);
        second.Outcome.Should().Be(RemoteFeedOutcome.NotModified);
        second.Copy!.Text.Should().Be(first.Copy!.Text);
        second.Copy.FetchedAt.Should().Be(Instant.FromUtc(2021, 3, 1, 10, 0));
        server.ConditionalRequests.Should().Be(1);
    }

    [Theory]
    [InlineData("fail", "HTTP 500")]
    [InlineData("html", "not an iCalendar feed")]
    public async Task FetchAsync_ServerFails_KeepsTheLastGoodCopyAndSaysWhy(string mode, string why)
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var good = await fetcher.FetchAsync(server.Url("feed.ics"), null);
        server.Mode = mode;
        var result = await fetcher.FetchAsync(server.Url("feed.ics"), good.Copy);
        result.Outcome.Should().Be(RemoteFeedOutcome.LastGoodCopy);
        result.Copy.Should().BeSameAs(good.Copy);
        result.Problem.Should().Contain(server.Url("feed.ics").ToString()).And.Contain(why);
    }

    [Fact]
    public async Task FetchAsync_ServerGone_KeepsTheLastGoodCopy()
    {
        var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var address = server.Url("feed.ics");
        var good = await fetcher.FetchAsync(address, null);
        await server.DisposeAsync();
        var result = await fetcher.FetchAsync(address, good.Copy);
        result.Outcome.Should().Be(RemoteFeedOutcome.LastGoodCopy);
        result.Problem.Should().Contain("connection");
    }

    [Fact]
    public async Task FetchAsync_FailureWithoutCopy_IsFailed()
    {
        await using var server = await FeedServer.StartAsync();
        server.Mode = "fail";
        using var fetcher = new RemoteFeedFetcher(clock);
        var result = await fetcher.FetchAsync(server.Url("feed.ics"), null);
        result.Outcome.Should().Be(RemoteFeedOutcome.Failed);
        result.Copy.Should().BeNull();
    }

    [Fact]
    public async Task FetchAsync_FeedNamesOtherUrls_NeverRequestsThem()
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var result = await fetcher.FetchAsync(server.Url("feed.ics"), null);
        result.Copy!.Text.Should().Contain("URL:" + server.Url("linked.ics"));
        server.LinkedRequests.Should().Be(0);
    }

    [Fact]
    public async Task FetchAsync_OverTheSizeLimit_Fails()
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock, new RemoteFeedOptions { MaxBytes = 1000 });
        var result = await fetcher.FetchAsync(server.Url("big.ics"), null);
        result.Outcome.Should().Be(RemoteFeedOutcome.Failed);
        result.Problem.Should().Contain("limit of 1000");
    }

    [Theory]
    [InlineData("loop", "more than 2 redirects")]
    [InlineData("away", "refused address")]
    public async Task FetchAsync_BadRedirects_Fail(string path, string why)
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock, new RemoteFeedOptions { MaxRedirects = 2 });
        var result = await fetcher.FetchAsync(server.Url(path), null);
        result.Outcome.Should().Be(RemoteFeedOutcome.Failed);
        result.Problem.Should().Contain(why);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithinLimit_IsFollowed()
    {
        await using var server = await FeedServer.StartAsync();
        using var fetcher = new RemoteFeedFetcher(clock);
        var result = await fetcher.FetchAsync(server.Url("moved"), null);
        result.Outcome.Should().Be(RemoteFeedOutcome.Fetched);
        result.Copy!.Address.Should().Be(server.Url("moved"));
    }

    [Theory]
    [InlineData("http://example.org/feed.ics")]
    [InlineData("ftp://127.0.0.1/feed.ics")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@example.org/feed.ics")]
    public void CheckAddress_RefusedAddresses_Throw(string address)
    {
        var act = () => RemoteFeedFetcher.CheckAddress(new Uri(address));
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("https://example.org/feed.ics")]
    [InlineData("http://127.0.0.1:8080/feed.ics")]
    [InlineData("http://localhost/feed.ics")]
    [InlineData("http://[::1]/feed.ics")]
    public void CheckAddress_HttpsOrLoopback_Pass(string address)
    {
        var act = () => RemoteFeedFetcher.CheckAddress(new Uri(address));
        act.Should().NotThrow();
    }
}
