using Microsoft.Playwright;

namespace Reader.BrowserTests;

/// <summary>
/// Figures as a browser loads them: every one arrives, a phone downloads the copy its screen needs rather than
/// the 5 MB camera original, nothing moves as they arrive, and a transparent diagram keeps a light backing on
/// dark themes. The essay is Fixtures/harbour-in-pictures, with its photograph made by <see cref="SiteServer"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FigureTests(Browser browser, SiteServer site)
{
    /// <summary>A figure's download as the browser made it.</summary>
    private sealed record Download(string Path, long Bytes);

    private static async Task<IPage> OpenAndRecordAsync(IBrowserContext context, List<Download> downloads)
    {
        var page = await context.NewPageAsync();
        page.Response += async (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (path.StartsWith("/figures/", StringComparison.Ordinal))
            {
                var body = await response.BodyAsync();
                lock (downloads)
                {
                    downloads.Add(new Download(path, body.Length));
                }
            }
        };
        return page;
    }

    /// <summary>Scrolls every figure into view, so lazy ones load too, and waits until each has decoded.</summary>
    private static async Task LoadEveryFigureAsync(IPage page)
    {
        foreach (var figure in await page.Locator("main img").AllAsync())
        {
            await figure.ScrollIntoViewIfNeededAsync();
        }

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('main img')].every(img => img.complete && img.naturalWidth > 0)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static Task<string[]> CurrentSourcesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main img')].map(img => new URL(img.currentSrc).pathname)");

    // A 390 px phone lays the column out 358 px wide (the window less 2rem); the browser takes the narrowest
    // copy at least that many device pixels wide.
    [Theory]
    [InlineData(1, "photo-480w.webp")]
    [InlineData(2, "photo-960w.webp")]
    [InlineData(3, "photo-1600w.webp")]
    public async Task APhoneDownloadsTheSmallCopyOfTheCameraPhotographNotTheOriginal(float pixelRatio, string copy)
    {
        await using var context = await browser.Chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = pixelRatio,
            IsMobile = true,
        });
        var downloads = new List<Download>();
        var page = await OpenAndRecordAsync(context, downloads);

        await page.GotoAsync(Site.PhotoSectionPath);
        await LoadEveryFigureAsync(page);

        var photo = Assert.Single(downloads, download => download.Path.Contains("/photo", StringComparison.Ordinal));
        Assert.EndsWith("/" + copy, photo.Path, StringComparison.Ordinal);
        Assert.True(photo.Bytes < 200_000, $"The phone downloaded {photo.Bytes:N0} bytes of the photograph.");
        Assert.DoesNotContain(downloads, download => download.Path.EndsWith(".jpg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task EveryFigureOfTheWholeEssayLoads(int width)
    {
        await using var context = await browser.OpenAsync(site, width: width);
        var downloads = new List<Download>();
        var page = await OpenAndRecordAsync(context, downloads);

        var response = await page.GotoAsync("/essays/" + Site.FiguresEssay + "/all");
        await LoadEveryFigureAsync(page);

        Assert.Equal(200, response!.Status);
        var sources = await CurrentSourcesAsync(page);
        Assert.Equal(3, sources.Length);
        // The column is 358 px on the phone and 720 px on the wide screen: the 480 and 960 px copies.
        var expected = width == 390 ? "-480w.webp" : "-960w.webp";
        Assert.EndsWith("photo" + expected, sources[0], StringComparison.Ordinal);
        Assert.EndsWith("chart" + expected, sources[1], StringComparison.Ordinal);
        Assert.EndsWith("/entrance.svg", sources[2], StringComparison.Ordinal);
        Assert.All(downloads, download => Assert.True(download.Bytes > 0, $"{download.Path} came back empty."));
    }

    /// <summary>Layout shifts on a cold cache while every figure arrives (a page arriving slowly: ProgressiveRenderingTests).</summary>
    [Theory]
    [InlineData(390, 3)]
    [InlineData(1280, 1)]
    public async Task NothingShiftsAsTheFiguresArrive(int width, float pixelRatio)
    {
        await using var context = await browser.Chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 844 },
            DeviceScaleFactor = pixelRatio,
        });
        var page = await context.NewPageAsync();
        await LayoutShifts.RecordAsync(page);

        foreach (var path in new[] { Site.PhotoSectionPath, Site.DiagramSectionPath, "/essays/" + Site.FiguresEssay + "/all" })
        {
            await page.GotoAsync(path);
            await LoadEveryFigureAsync(page);
            // A figure that arrives without its size moves the text below it by a tenth of the window or more.
            // A shift under a thousandth is a sub-pixel nudge, seen once in the header's search fold as the
            // page streamed in on a busy machine, and is left to ProgressiveRenderingTests.
            var shifts = await LayoutShifts.ReadAsync(page, atLeast: 0.001);
            Assert.True(shifts.Length == 0, $"{path} at {width} px shifted: {string.Join("; ", shifts)}");
        }
    }

    [Fact]
    public async Task ATransparentDiagramKeepsALightBackingInTheDarkAndSepiaThemes()
    {
        foreach (var (name, cookie, scheme) in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, settings: cookie, scheme: scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Site.DiagramSectionPath);

            var backing = await page.Locator("main img[src$='entrance.svg']").EvaluateAsync<string>("img => getComputedStyle(img).backgroundColor");

            Assert.True(backing == (name == "light" ? "rgba(0, 0, 0, 0)" : "rgb(255, 255, 255)"), $"In the {name} theme the diagram's backing is {backing}.");
        }
    }
}
