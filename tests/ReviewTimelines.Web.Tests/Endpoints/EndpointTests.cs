using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Json;

namespace ReviewTimelines.Web.Tests.Endpoints;

public sealed class EndpointTests : IDisposable
{
    private readonly SwitchableSource source = new(TestData.Snapshot());
    private readonly TimetableAppFactory factory;
    private readonly HttpClient client;

    public EndpointTests()
    {
        factory = new TimetableAppFactory(source, TestData.Options());
        client = factory.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task AllFeed_Get_ReturnsCalendarWithValidatorsAndCacheControl()
    {
        using var response = await client.GetAsync("/feeds/all.ics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        response.Headers.ETag!.IsWeak.Should().BeFalse();
        response.Headers.ETag.Tag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        response.Content.Headers.LastModified.Should().Be(new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero));
        response.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromDays(1));
        var text = await response.Content.ReadAsStringAsync();
        text.Should().StartWith("BEGIN:VCALENDAR\r\n").And.Contain("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n").And.Contain("UID:stage-GRECO5-AUT-visit@review-timelines.invalid");
    }

    [Fact]
    public async Task AllFeed_FetchedTwice_IsByteIdentical()
    {
        var first = await client.GetByteArrayAsync("/feeds/all.ics");
        var second = await client.GetByteArrayAsync("/feeds/all.ics");
        second.Should().Equal(first);
    }

    [Fact]
    public async Task AllFeed_IfNoneMatchWithItsETag_Returns304WithoutBody()
    {
        using var first = await client.GetAsync("/feeds/all.ics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.ics");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    [Theory]
    [InlineData("2021-03-01T00:00:00Z", HttpStatusCode.NotModified)]
    [InlineData("2021-03-02T00:00:00Z", HttpStatusCode.NotModified)]
    [InlineData("2021-02-28T23:59:59Z", HttpStatusCode.OK)]
    public async Task AllFeed_IfModifiedSince_ComparesWithTheDataTime(string since, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.ics");
        request.Headers.IfModifiedSince = DateTimeOffset.Parse(since, System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task AllFeed_NewSnapshot_ChangesETagAndLastModified()
    {
        using var first = await client.GetAsync("/feeds/all.ics");
        source.Current = TestData.Snapshot(Instant.FromUtc(2021, 4, 1, 12, 0));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.ics");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        second.Headers.ETag.Should().NotBe(first.Headers.ETag);
        second.Content.Headers.LastModified.Should().Be(new DateTimeOffset(2021, 4, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("/feeds/mechanisms/GRECO.ics", "X-WR-CALNAME:GRECO review timetable")]
    [InlineData("/feeds/countries/AUT.ics", "X-WR-CALNAME:Austria review timetable")]
    [InlineData("/feeds/people/expert-deu-1.ics", "UID:stage-GRECO5-AUT-visit@")]
    public async Task ScopedFeeds_KnownIds_ReturnTheirCalendar(string path, string expected)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Theory]
    [InlineData("/feeds/freebusy/countries/AUT.ics")]
    [InlineData("/feeds/freebusy/people/expert-deu-1.ics")]
    public async Task FreeBusyFeeds_KnownIds_HoldOneVFreeBusyAndNoEvent(string path)
    {
        var text = await client.GetStringAsync(path);
        text.Should().Contain("BEGIN:VFREEBUSY").And.Contain("FREEBUSY:").And.NotContain("BEGIN:VEVENT");
    }

    [Theory]
    [InlineData("/feeds/countries/aut.ics", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/countries/ZZZ.ics", HttpStatusCode.NotFound)]
    [InlineData("/feeds/mechanisms/NOPE.ics", HttpStatusCode.NotFound)]
    [InlineData("/feeds/people/..%20x.ics", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/people/%2e%2e%2fetc%2fpasswd.ics", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/unknown.ics", HttpStatusCode.NotFound)]
    [InlineData("/api/unknown", HttpStatusCode.NotFound)]
    public async Task Feeds_BadOrUnknownIds_AnswerProblemJson(string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(expected);
        await ShouldBeProblem(response, (int)expected);
    }

    [Fact]
    public async Task Feed_Post_Returns405ProblemWithAllow()
    {
        using var response = await client.PostAsync("/feeds/all.ics", new StringContent("x"));
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        await ShouldBeProblem(response, 405);
    }

    [Fact]
    public async Task Feed_Head_ReturnsHeadersWithoutBody()
    {
        using var get = await client.GetAsync("/feeds/all.ics");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/all.ics"));
        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        head.Content.Headers.ContentLength.Should().Be(get.Content.Headers.ContentLength);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Conflicts_NoFilter_EqualsTheDetector()
    {
        var expected = new ConflictDetector().Detect(source.Current.Timetable);
        using var response = await client.GetAsync("/api/conflicts");
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        response.Headers.ETag.Should().NotBeNull();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var conflicts = json.RootElement.GetProperty("conflicts").EnumerateArray().ToList();
        conflicts.Select(c => c.GetProperty("id").GetString()).Should().Equal(expected.Select(c => c.Id.Value));
        conflicts.Select(c => c.GetProperty("sentence").GetString()).Should().Equal(expected.Select(c => c.Description));
        json.RootElement.GetProperty("summary").GetProperty("hard").GetInt32().Should().Be(expected.Count(c => c.Severity == ConflictSeverity.Hard));
    }

    [Fact]
    public async Task Conflicts_Filters_KeepOnlyMatchingConflicts()
    {
        var all = new ConflictDetector().Detect(source.Current.Timetable);
        var hard = await Ids("/api/conflicts?severity=hard");
        hard.Should().Equal(all.Where(c => c.Severity == ConflictSeverity.Hard).Select(c => c.Id.Value));
        var overlaps = await Ids("/api/conflicts?kind=country-visit-overlap&country=AUT");
        overlaps.Should().Equal(all.Where(c => c.Kind == ConflictKind.CountryVisitOverlap).Select(c => c.Id.Value)).And.NotBeEmpty();
        (await Ids("/api/conflicts?person=expert-deu-1")).Should().NotBeEmpty().And.BeSubsetOf(all.Select(c => c.Id.Value));
        (await Ids("/api/conflicts?from=2030-01-01")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/api/conflicts?from=2021-13-01")]
    [InlineData("/api/conflicts?from=2021-06-01&to=2021-05-01")]
    [InlineData("/api/conflicts?kind=overlap")]
    [InlineData("/api/conflicts?severity=HARD")]
    [InlineData("/api/conflicts?country=austria")]
    [InlineData("/api/conflicts?colour=red")]
    [InlineData("/api/conflicts?severity=hard&severity=soft")]
    public async Task Conflicts_BadQuery_Returns400Problem(string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await ShouldBeProblem(response, 400);
    }

    [Fact]
    public async Task Timetable_Get_ReadsBackAsTheSameTimetable()
    {
        using var response = await client.GetAsync("/api/timetable");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var document = new TimetableJson(DateTimeZoneProviders.Tzdb).Read(await response.Content.ReadAsStringAsync());
        document.Timetable.Stages.Should().Equal(source.Current.Timetable.Stages);
        document.Timetable.Meetings.Should().Equal(source.Current.Timetable.Meetings);
    }

    [Fact]
    public async Task Check_ValidDocument_ReturnsItsConflictsAndIgnoresItsFeeds()
    {
        var text = await File.ReadAllTextAsync(TestData.Path("timetable.json"));
        using var response = await client.PostAsync("/api/check", new StringContent(text, Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var expected = new ConflictDetector().Detect(source.Current.Timetable);
        json.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(expected.Select(c => c.Id.Value));
        json.RootElement.GetProperty("notices")[0].GetString().Should().Contain("does not read them");
    }

    [Fact]
    public async Task Check_MalformedDocument_Returns400WithTheReadersProblems()
    {
        using var response = await client.PostAsync("/api/check", new StringContent("{\n  \"mechanisms\": 3\n}", Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var json = await ShouldBeProblem(response, 400);
        var problem = json.RootElement.GetProperty("problems")[0];
        problem.GetProperty("path").GetString().Should().Be("$.mechanisms");
        problem.GetProperty("line").GetInt32().Should().Be(2);
        problem.GetProperty("message").GetString().Should().Contain("array");
    }

    [Fact]
    public async Task Check_OverTheSizeLimit_Returns413()
    {
        using var small = new TimetableAppFactory(source, new ReviewTimelinesWebOptions(DateTimeZoneProviders.Tzdb) { MaxCheckRequestBytes = 100 });
        using var smallClient = small.CreateClient();
        using var response = await smallClient.PostAsync("/api/check", new StringContent(new string(' ', 101) + "{}", Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await ShouldBeProblem(response, 413);
    }

    [Fact]
    public async Task Check_NotJson_Returns415AndGetReturns405()
    {
        using var text = await client.PostAsync("/api/check", new StringContent("{}", Encoding.UTF8, "text/plain"));
        text.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        await ShouldBeProblem(text, 415);
        using var get = await client.GetAsync("/api/check");
        get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Page_Get_IsSelfContainedHtmlWithLanesBarsAndEverySentence()
    {
        using var response = await client.GetAsync("/");
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'; script-src 'sha256-");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("class=\"rt-lane\"").And.Contain("class=\"rt-bar").And.Contain("class=\"rt-mark sev-hard\"").And.Contain("href=\"/feeds/all.ics\"");
        html.Should().NotContainAny("src=\"http", "href=\"http", "@import", "url(http");
        foreach (var conflict in new ConflictDetector().Detect(source.Current.Timetable))
        {
            html.Should().Contain(System.Net.WebUtility.HtmlEncode(conflict.Description).Replace("&#39;", "&#x27;", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Page_UnderARouteGroup_LinksFeedsUnderItsPrefix()
    {
        using var grouped = new TimetableAppFactory(source, TestData.Options(), "/timetables/austria");
        using var groupedClient = grouped.CreateClient();
        var html = await groupedClient.GetStringAsync("/timetables/austria");
        html.Should().Contain("href=\"/timetables/austria/feeds/all.ics\"");
        (await groupedClient.GetAsync("/timetables/austria/feeds/all.ics")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnyEndpoint_SourceThrows_Returns500ProblemWithoutTheException()
    {
        using var broken = new TimetableAppFactory(new ThrowingSource(), TestData.Options());
        using var brokenClient = broken.CreateClient();
        using var response = await brokenClient.GetAsync("/feeds/all.ics");
        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("secret internal detail").And.NotContain(" at ReviewTimelines");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<List<string?>> Ids(string path)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));
        return [.. json.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("id").GetString())];
    }

    private static async Task<JsonDocument> ShouldBeProblem(HttpResponseMessage response, int status)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(status);
        json.RootElement.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        return json;
    }
}
