using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

/// <summary>
/// The Arabic translation (Reader.Tests/Fixtures/languages) in Chromium: accessible in every theme, laid out
/// right to left, and every language found from the search box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(Browser browser, SiteServer site)
{
    private const string ArabicEssay = "/essays/hurras-al-nur";

    private static readonly AxeRunOptions WcagAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    /// <summary>The Arabic essay's second section, by its contents link: its slug is made from Arabic words.</summary>
    private static async Task<string> ArabicSectionAsync(IPage page)
    {
        await page.GotoAsync(ArabicEssay);
        return (await page.Locator("nav[aria-label=Contents] > ol > li > a").Nth(1).GetAttributeAsync("href"))!;
    }

    [Fact]
    public async Task TheArabicPagesHaveNoAccessibilityViolationsInAnyTheme()
    {
        var violations = new List<string>();
        foreach (var theme in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, settings: theme.Cookie, scheme: theme.Scheme);
            var page = await context.NewPageAsync();
            var section = await ArabicSectionAsync(page);
            foreach (var path in new[] { ArabicEssay, section, ArabicEssay + "/all" })
            {
                await page.GotoAsync(path);
                var result = await page.RunAxe(WcagAndBestPractice).WaitAsync(TimeSpan.FromSeconds(90));
                violations.AddRange(result.Violations.Select(violation =>
                    $"{theme.Name} {path}: {violation.Id} [{violation.Impact}] {violation.Help}: {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
            }
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task OnAWideScreenTheArabicContentsSitRightOfTheTextAndThePagerMirrors()
    {
        await using var context = await browser.OpenAsync(site, width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(await ArabicSectionAsync(page));

        var contents = await page.Locator("nav[aria-label=Contents]").BoundingBoxAsync();
        var text = await page.Locator("article.section").BoundingBoxAsync();
        Assert.NotNull(contents);
        Assert.NotNull(text);
        Assert.True(contents.X >= text.X + text.Width, $"The contents start at x = {contents.X}, left of the text's right edge at {text.X + text.Width}.");
        // 'Previous' leads back against the reading direction: to the right, with its arrow pointing there.
        var previous = await page.Locator("nav.pager a[rel=prev]").BoundingBoxAsync();
        var next = await page.Locator("nav.pager a[rel=next]").BoundingBoxAsync();
        Assert.True(previous!.X > next!.X, "Previous should be right of Next on a right-to-left page.");
        await Expect(page.Locator("nav.pager a[rel=prev] .direction")).ToHaveTextAsync("→ Previous");
        await page.ScreenshotAsync(new() { Path = Site.Artefact("section-arabic.png") });
    }

    [Fact]
    public async Task AnArabicSectionsParagraphsAreHyphenatedAndWrappedInItsOwnLanguage()
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ArabicEssay);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start reading" }).ClickAsync();

        // Hyphenation follows the language the browser resolves for the paragraph: the essay's, not the site's.
        var paragraph = page.Locator("article.section > p[id]").First;
        Assert.Equal("ar", await paragraph.EvaluateAsync<string>("p => p.closest('[lang]').lang"));
        Assert.Equal("auto", await paragraph.EvaluateAsync<string>("p => getComputedStyle(p).hyphens"));
        Assert.Equal("pretty", await paragraph.EvaluateAsync<string>("p => getComputedStyle(p).textWrapStyle"));
        Assert.Equal("balance", await page.Locator("article.section h1").EvaluateAsync<string>("h => getComputedStyle(h).textWrapStyle"));
    }

    [Theory]
    [InlineData("essai", "Les gardiens de la lumière", "La lampe")]
    [InlineData("منارة", "حراس النور", "حراس النور")]
    [InlineData("\"海を照らして\"", "月の海", "月の海")]
    public async Task EachLanguageIsFoundFromTheSearchBox(string query, string essay, string heading)
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search essays" }).FillAsync(query);
        await page.Keyboard.PressAsync("Enter");

        // Other essays may match too: English stems 'essays' to 'essai' as well.
        var hit = page.Locator("main .search-results li").Filter(new() { Has = page.Locator(".essay-title", new() { HasTextString = essay }) }).First;
        await Expect(hit.Locator("h2")).ToHaveTextAsync(heading);
        await Expect(hit.Locator("mark").First).ToBeVisibleAsync();
    }
}
