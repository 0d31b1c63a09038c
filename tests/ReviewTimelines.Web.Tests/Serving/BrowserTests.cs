using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace ReviewTimelines.Web.Tests.Serving;

/// <summary>The timeline page in a real browser: Debian's Chromium, headless, driven by PuppeteerSharp, against a running <c>serve</c>.</summary>
[Collection("sample server")]
public sealed class BrowserTests(SampleServer server)
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Where the screenshots go (a test artefact).</summary>
    public static string Artifacts => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task TimelinePage_SampleTimetable_ShowsLanesBarsAndConflictsAndExplainsAClickedConflict()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing at " + Chromium + ": install Debian's package (apt-get install chromium); .ci/run installs it. The browser test does not download a browser.");
        Directory.CreateDirectory(Artifacts);
        var profile = Directory.CreateTempSubdirectory("rt-chromium-");
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(Launch(profile.FullName));
            await using var page = await browser.NewPageAsync();
            page.DefaultTimeout = 20_000;
            await page.SetViewportAsync(new ViewPortOptions { Width = 1500, Height = 1000 });
            await page.GoToAsync(server.Base.ToString(), WaitUntilNavigation.Load);
            await page.WaitForSelectorAsync("html[data-ready='true']");

            (await Count(page, ".rt-lanes[data-mode='country'] .rt-lane:not([hidden])")).Should().BeGreaterThan(3, "the page must not render empty");
            (await Count(page, ".rt-lanes[data-mode='country'] .rt-bar")).Should().BeGreaterThan(40);
            (await Count(page, ".rt-lanes[data-mode='country'] .rt-mark.sev-hard")).Should().BeGreaterThan(0);
            (await page.EvaluateExpressionAsync<string>("document.querySelector('.rt-lanes[data-mode=country] .rt-lane .rt-name').textContent")).Should().NotBeNullOrWhiteSpace();
            (await page.EvaluateExpressionAsync<string>("document.getElementById('rt-period').textContent")).Should().Be("2021");
            await page.ScreenshotAsync(Path.Combine(Artifacts, "timeline.png"));

            var conflicts = await ApiConflicts();
            var index = await page.EvaluateFunctionAsync<int>(PickVisibleMark);
            index.Should().BeGreaterThanOrEqualTo(0, "a conflict mark must be visible in the 2021 view");
            await page.ClickAsync("#rt-test-target");
            var sentence = await page.EvaluateExpressionAsync<string>("document.querySelector('#rt-detail .rt-sentence').textContent");
            sentence.Should().Be(conflicts[index]);
            (await Count(page, ".rt-lanes:not([hidden]) .rt-bar.is-sel")).Should().BeGreaterThan(0);
            await page.ScreenshotAsync(Path.Combine(Artifacts, "timeline-conflict.png"));

            await page.ClickAsync("input[name='rt-mode'][value='person']");
            (await Count(page, ".rt-lanes[data-mode='person']:not([hidden]) .rt-lane:not([hidden])")).Should().BeGreaterThan(0);
            await page.ClickAsync("input[name='rt-zoom'][value='month']");
            (await page.EvaluateExpressionAsync<string>("document.getElementById('rt-period').textContent")).Should().MatchRegex("^[A-Z][a-z]+ 2021$");
            await page.EmulateMediaTypeAsync(MediaType.Print);
            await page.ScreenshotAsync(Path.Combine(Artifacts, "timeline-print.png"), new ScreenshotOptions { FullPage = true });
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    // Marks the first conflict mark that lies inside the visible part of its lane and returns its conflict index.
    private const string PickVisibleMark = @"() => {
        for (const mark of document.querySelectorAll('.rt-lanes:not([hidden]) .rt-mark')) {
            const m = mark.getBoundingClientRect(), t = mark.parentElement.getBoundingClientRect();
            if (m.width > 0 && m.left >= t.left && m.right <= t.right) { mark.id = 'rt-test-target'; return Number(mark.dataset.conflict); }
        }
        return -1;
    }";

    private static LaunchOptions Launch(string profile) => new()
    {
        Headless = true,
        ExecutablePath = Chromium,
        UserDataDir = profile,
        Timeout = 30_000,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    private static Task<int> Count(IPage page, string selector) =>
        page.EvaluateExpressionAsync<int>("document.querySelectorAll(" + JsonSerializer.Serialize(selector) + ").length");

    private async Task<List<string>> ApiConflicts()
    {
        using var client = new HttpClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(server.Base, "api/conflicts")));
        return [.. json.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("sentence").GetString()!)];
    }
}
