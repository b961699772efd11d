using Microsoft.Playwright;

namespace Reader.BrowserTests;

/// <summary>
/// A page that arrives in pieces, as over a slow network, is painted piece by piece: nothing painted may move
/// when the rest arrives (Lighthouse's CLS 0). Two things used to: the header, painted before its last control
/// was parsed, and the whole layout, when the page grew long enough for a scroll bar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressiveRenderingTests(Browser browser, SiteServer site)
{
    // Pauses inside the header, between header and text, inside the reading layout and before the footer.
    private static readonly string[] Pauses = ["<details class=\"search-fold\"", "<form class=\"site-search\"", "<a class=\"settings-link\"", "<main", "<article", "<footer class=\"site-footer\""];

    private static readonly string[] Pages =
        [Site.SectionPath, Site.PhotoSectionPath, "/essays/" + Site.FiguresEssay + "/all", "/essays/notes-and-details/where-the-claim-comes-from"];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task NothingShiftsWhileAPageArrivesInPieces(int width)
    {
        await using var relay = new SlowRelay(site.BaseAddress, Pauses);
        await using var context = await browser.Chromium.NewContextAsync(new()
        {
            BaseURL = relay.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await LayoutShifts.RecordAsync(page);
        // Counts the frames painted while the text was there but the footer was not: proof that the browser
        // really painted a page half arrived, so a pass means something.
        await page.AddInitScriptAsync("""
            window.partialFrames = 0;
            const watch = () => {
                if (document.querySelector('footer.site-footer')) return;
                if (document.querySelector('main')) window.partialFrames++;
                requestAnimationFrame(watch);
            };
            requestAnimationFrame(watch);
            """);

        foreach (var path in Pages)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.True(await page.EvaluateAsync<int>("() => window.partialFrames") > 0, $"{path} was never painted half arrived.");
            var shifts = await LayoutShifts.ReadAsync(page);
            Assert.True(shifts.Length == 0, $"{path} at {width} px shifted as it arrived: {string.Join("; ", shifts)}");
        }

        Assert.Empty(relay.PagesMissingAMarker);
    }

    /// <summary>Lighthouse's own CLS, on its desktop and its (default) phone settings, for the figures essay arriving in pieces.</summary>
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task LighthouseMeasuresNoLayoutShiftOnTheFiguresEssay(string device)
    {
        await using var relay = new SlowRelay(site.BaseAddress, Pauses);
        string[] preset = device == "desktop" ? ["--preset=desktop"] : [];
        using var result = await Tools.LighthouseAsync(
            new Uri(relay.BaseAddress, "/essays/" + Site.FiguresEssay + "/all"), $"lighthouse-cls-{device}.json", [.. preset, "--only-audits=cumulative-layout-shift"]);
        var shift = result.RootElement.GetProperty("audits").GetProperty("cumulative-layout-shift");
        Assert.True(shift.TryGetProperty("numericValue", out var value), $"Lighthouse measured no CLS: {shift}");
        Assert.Equal(0, value.GetDouble());
        Assert.Empty(relay.PagesMissingAMarker);
    }
}
