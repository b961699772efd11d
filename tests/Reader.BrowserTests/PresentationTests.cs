using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PresentationTests(Browser browser, SiteServer site)
{
    private static readonly AxeRunOptions WcagAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    public static TheoryData<string> PageTypes() => [.. Site.PageTypes.Select(page => page.Name)];

    [Fact]
    public async Task AThemeChosenWithoutJavaScriptIsKeptOnTheNextPageAndAfterAReload()
    {
        await using var context = await browser.OpenAsync(site, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("data-theme", "auto");

        await page.GetByText("Reading settings").ClickAsync();
        await page.GetByLabel("Dark").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        Assert.EndsWith(Site.SectionPath, page.Url, StringComparison.Ordinal);
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        const string DarkBackground = "rgb(22, 23, 25)";
        Assert.Equal(DarkBackground, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fostering a Close Sino-Russian Relationship");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");

        await page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(DarkBackground, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPageTypeHasNoAccessibilityViolationsInAnyTheme(string pageType)
    {
        var path = Site.PageTypes.Single(page => page.Name == pageType).Path;
        var violations = new List<string>();
        foreach (var theme in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, settings: theme.Cookie, scheme: theme.Scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            // Scan the settings panel too: closed, its controls would be left out.
            await page.GetByText("Reading settings").ClickAsync();

            var result = await page.RunAxe(WcagAndBestPractice).WaitAsync(TimeSpan.FromSeconds(90));

            violations.AddRange(result.Violations.Select(violation =>
                $"{theme.Name}: {violation.Id} [{violation.Impact}] {violation.Help}: {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task ASectionPageIsPhotographedInEveryTheme()
    {
        foreach (var theme in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, width: 1280, height: 900, settings: theme.Cookie, scheme: theme.Scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Site.SectionPath);
            var path = Site.Artefact($"section-{theme.Name}.png");

            await page.ScreenshotAsync(new() { Path = path });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty.");
        }
    }
}
