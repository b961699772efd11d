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

    /// <summary>
    /// Every page type on a wide screen, the pages with figures on a phone too, where figures take the full width,
    /// and margin notes at 1440 px, where they are widest.
    /// </summary>
    public static TheoryData<string, int> PageTypesAndWidths() =>
    [
        .. Site.PageTypes.Select(page => (page.Name, 1280)),
        ("section-with-margin-notes", 1440),
        ("section-with-figures", 390),
        ("whole-essay-with-figures", 390),
    ];

    private const string DarkBackground = "rgb(22, 23, 25)";

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>The theme the settings page names as the current one (the settings stylesheet adds "(current)" to its label).</summary>
    private static ILocator CurrentTheme(IPage page) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Theme" }).GetByRole(AriaRole.Radio, new() { Name = "(current)" });

    [Fact]
    public async Task AThemeChosenWithoutJavaScriptIsKeptOnTheNextPageAndAfterAReload()
    {
        await using var context = await browser.OpenAsync(site, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);
        var settings = page.GetByRole(AriaRole.Link, new() { Name = "Settings" });
        await settings.ClickAsync();
        await Expect(CurrentTheme(page)).ToHaveValueAsync("auto");

        await page.GetByLabel("Dark").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        Assert.EndsWith(Site.SectionPath, page.Url, StringComparison.Ordinal);
        Assert.Equal(DarkBackground, await BackgroundAsync(page));
        await settings.ClickAsync();
        await Expect(CurrentTheme(page)).ToHaveValueAsync("dark");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back without changing anything" }).ClickAsync();

        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fostering a Close Sino-Russian Relationship");
        Assert.Equal(DarkBackground, await BackgroundAsync(page));

        await page.ReloadAsync();
        Assert.Equal(DarkBackground, await BackgroundAsync(page));
    }

    [Fact]
    public async Task TheSettingsStylesheetIsLoadedBeforeTheFirstPaintEvenWhenItIsSlow()
    {
        foreach (var (name, cookie, scheme) in Site.Themes.Append(("light", "light.large.wide.sans", ColorScheme.Dark)))
        {
            await using var context = await browser.OpenAsync(site, settings: cookie, scheme: scheme);
            var page = await context.NewPageAsync();
            await page.RouteAsync("**/settings.css*", async route =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(700));
                await route.ContinueAsync();
            });

            await page.GotoAsync(Site.SectionPath);

            var (stylesheetLoaded, firstPaint) = await FirstPaintAsync(page);
            Assert.True(stylesheetLoaded <= firstPaint, $"{name}: the page was painted at {firstPaint} ms, before the settings arrived at {stylesheetLoaded} ms");
            Assert.Equal(ThemeColours[name].Background, await BackgroundAsync(page));
        }
    }

    /// <summary>When the settings stylesheet had arrived, and when the page was first painted, in ms since navigation.</summary>
    private static async Task<(double StylesheetLoaded, double FirstPaint)> FirstPaintAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-paint').length > 0");
        var times = await page.EvaluateAsync<double[]>("""
            () => [
                performance.getEntriesByType('resource').find(entry => new URL(entry.name).pathname === '/settings.css').responseEnd,
                performance.getEntriesByName('first-paint')[0].startTime,
            ]
            """);
        return (times[0], times[1]);
    }

    [Theory]
    [MemberData(nameof(PageTypesAndWidths))]
    public async Task EveryPageTypeHasNoAccessibilityViolationsInAnyTheme(string pageType, int width)
    {
        var path = Site.PageTypes.Single(page => page.Name == pageType).Path;
        var violations = new List<string>();
        foreach (var theme in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, width: width, settings: theme.Cookie, scheme: theme.Scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);

            var result = await page.RunAxe(WcagAndBestPractice).WaitAsync(TimeSpan.FromSeconds(90));

            violations.AddRange(result.Violations.Select(violation =>
                $"{theme.Name}: {violation.Id} [{violation.Impact}] {violation.Help}: {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
        }

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>Each theme's page background and text colour, as the stylesheet gives them.</summary>
    private static readonly Dictionary<string, (string Background, string Text)> ThemeColours = new(StringComparer.Ordinal)
    {
        ["light"] = ("rgb(253, 252, 249)", "rgb(31, 29, 26)"),
        ["sepia"] = ("rgb(245, 236, 217)", "rgb(51, 41, 28)"),
        ["dark"] = ("rgb(22, 23, 25)", "rgb(228, 225, 218)"),
        ["auto-dark"] = ("rgb(22, 23, 25)", "rgb(228, 225, 218)"),
    };

    [Fact]
    public async Task ASectionPageInEveryThemeHasThatThemesColoursAtReadableContrastAndIsPhotographed()
    {
        foreach (var theme in Site.Themes)
        {
            await using var context = await browser.OpenAsync(site, width: 1280, height: 900, settings: theme.Cookie, scheme: theme.Scheme);
            var page = await context.NewPageAsync();
            await page.GotoAsync(Site.SectionPath);
            var paragraph = page.Locator("article p[id]").First;

            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            var text = await paragraph.EvaluateAsync<string>("element => getComputedStyle(element).color");

            Assert.Equal(ThemeColours[theme.Name], (background, text));
            var contrast = Contrast(background, text);
            Assert.True(contrast >= 4.5, $"{theme.Name}: the text's contrast with the page is {contrast:F2}:1, under 4.5:1");
            // The README shows these photographs.
            await page.ScreenshotAsync(new() { Path = Site.Artefact($"section-{theme.Name}.png") });
        }
    }

    /// <summary>The WCAG contrast ratio of two colours written as CSS rgb(r, g, b).</summary>
    private static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var channels = rgb["rgb(".Length..^1].Split(',', StringSplitOptions.TrimEntries)
            .Select(channel => int.Parse(channel, System.Globalization.CultureInfo.InvariantCulture) / 255.0)
            .Select(value => value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4))
            .ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }
}
