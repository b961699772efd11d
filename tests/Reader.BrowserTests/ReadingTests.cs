using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(Browser browser, SiteServer site)
{
    /// <summary>Presses Tab until the focused element is a link to <paramref name="href"/>, as a keyboard user would.</summary>
    private static async Task TabToLinkAsync(IPage page, string href)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')") == href)
            {
                return;
            }
        }

        Assert.Fail($"No link to {href} could be reached with Tab on {page.Url}.");
    }

    [Fact]
    public async Task AReaderCanGoFromTheLibraryToTheLastSectionWithTheKeyboardAlone()
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.BaseAddress.ToString(), StringComparison.Ordinal)) problems.Add("third-party request: " + request.Url);
        };

        await page.GotoAsync("/");
        await TabToLinkAsync(page, Site.EssayPath);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Putin’s State Visit to China");
        var headings = await page.Locator("nav[aria-label=Contents] a").AllTextContentsAsync();

        var start = await page.GetByRole(AriaRole.Link, new() { Name = "Start reading" }).GetAttributeAsync("href");
        await TabToLinkAsync(page, start!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync(headings[0]);
        foreach (var heading in headings.Skip(1))
        {
            await page.Keyboard.PressAsync("n");
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        }

        Assert.EndsWith(Site.LastSectionPath, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("a[rel=next]")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("p");
        await Expect(page.Locator("h1")).ToHaveTextAsync(headings[^2]);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ShortcutsShowTheirHelpAndLeaveFieldsAndChordsAlone()
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        await page.Keyboard.PressAsync("?");
        var help = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(help).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("/");
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search essays" });
        await Expect(search).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("n");
        await Expect(search).ToHaveValueAsync("n");
        await page.Keyboard.PressAsync("Alt+n");
        await page.Locator("body").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.EndsWith(Site.SectionPath, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLibraryAndTheFrontPageOfferTheLastSectionOpened()
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        var slot = page.Locator("[data-continue='putins-state-visit-to-china']");
        await page.GotoAsync("/");
        await Expect(slot).ToBeHiddenAsync();

        await page.GotoAsync(Site.SectionPath);
        foreach (var path in new[] { "/", Site.EssayPath })
        {
            await page.GotoAsync(path);
            await Expect(slot).ToHaveTextAsync("Continue where you left off: US Policies and the Pivot to Asia");
            await Expect(slot.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", Site.SectionPath);
        }
    }

    [Fact]
    public async Task AFootnoteAndItsBackLinkLeadToEachOther()
    {
        await using var context = await browser.OpenAsync(site);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/essays/notes-and-details/where-the-claim-comes-from");

        await page.Locator("a.footnote-ref").First.ClickAsync();
        var note = page.Locator(".footnotes li").First;
        await Expect(note).ToContainTextAsync("The source, defined once at the end of the file.");
        Assert.EndsWith("#" + await note.GetAttributeAsync("id"), page.Url, StringComparison.Ordinal);

        await note.GetByRole(AriaRole.Link, new() { Name = "Back to the text" }).First.ClickAsync();
        Assert.EndsWith("#" + await page.Locator("a.footnote-ref").First.GetAttributeAsync("id"), page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAPhoneTheContentsOpenAndLeadToASection()
    {
        await using var context = await browser.OpenAsync(site, width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" });
        var target = contents.GetByRole(AriaRole.Link, new() { Name = "Mutual Support in Regional Concerns" });
        await Expect(target).ToBeHiddenAsync();

        await contents.GetByText("Contents").ClickAsync();
        await Expect(target).ToBeVisibleAsync();
        await target.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mutual Support in Regional Concerns");
        await Expect(page.Locator("nav[aria-label=Contents] [aria-current=page]")).ToHaveTextAsync("Mutual Support in Regional Concerns");
    }

    /// <summary>The first screen of a 390 × 844 phone: where its first line of text starts (README: before and after).</summary>
    [Fact]
    public async Task OnAPhoneTheSectionsTextStartsInTheTopHalfOfTheFirstScreenBelowItsHeading()
    {
        const int Height = 844;
        await using var context = await browser.OpenAsync(site, width: 390, height: Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        await page.ScreenshotAsync(new() { Path = Site.Artefact("section-phone.png") });
        var heading = await page.Locator("article h1").BoundingBoxAsync();
        var firstLine = await page.Locator("article p[id]").First.BoundingBoxAsync();

        Assert.True(firstLine!.Y >= heading!.Y + heading.Height, $"The first line, at {firstLine.Y} px, starts above the heading's end, {heading.Y + heading.Height} px.");
        Assert.True(firstLine.Y < Height / 2, $"The first line of text starts at {firstLine.Y} px, below the top half of an {Height} px screen.");
    }

    [Fact]
    public async Task OnAPhoneSearchAndSettingsAreOneTapAwayInAOneRowHeader()
    {
        await using var context = await browser.OpenAsync(site, width: 390, height: 844, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);
        var header = page.Locator("header.site-header");
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search essays" });
        var settings = header.GetByRole(AriaRole.Link, new() { Name = "Settings" });
        var searchFold = header.Locator("summary", new() { HasTextString = "Search" });
        var row = await header.BoundingBoxAsync();
        foreach (var item in new[] { header.GetByRole(AriaRole.Link, new() { Name = "Reader" }), searchFold, settings })
        {
            var box = await item.BoundingBoxAsync();
            var offCentre = Math.Abs(box!.Y + box.Height / 2 - (row!.Y + row.Height / 2));
            Assert.True(offCentre < 4, $"'{await item.TextContentAsync()}' sits {offCentre} px off the middle of the header's one row.");
        }

        await Expect(search).ToBeHiddenAsync();

        await searchFold.ClickAsync();
        await search.FillAsync("pivot");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main .search-results li").First).ToBeVisibleAsync();
        await Expect(search).ToBeVisibleAsync();

        await settings.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Reading settings");
    }

    [Fact]
    public async Task JustifiedTextIsChosenInTheSettingsAndJustifiesAndHyphenatesTheParagraphsButNotTheNotes()
    {
        await using var context = await browser.OpenAsync(site, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/essays/notes-and-details/where-the-claim-comes-from");
        var paragraph = page.Locator("article p[id]").First;
        const string Alignment = "element => [getComputedStyle(element).textAlign, getComputedStyle(element).hyphens]";
        Assert.Equal(["start", "auto"], await paragraph.EvaluateAsync<string[]>(Alignment));

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await page.GetByLabel("Justified").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        Assert.Equal(["justify", "auto"], await paragraph.EvaluateAsync<string[]>(Alignment));
        Assert.Equal("start", (await page.Locator("article h1").EvaluateAsync<string[]>(Alignment))[0]);
        Assert.Equal("start", (await page.Locator("div.footnotes li").First.EvaluateAsync<string[]>(Alignment))[0]);
    }

    [Fact]
    public async Task TheContentsShortcutOpensTheContentsAtTheCurrentSection()
    {
        await using var context = await browser.OpenAsync(site, width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        await page.Keyboard.PressAsync("t");

        var current = page.Locator("nav[aria-label=Contents] [aria-current=page]");
        await Expect(current).ToBeVisibleAsync();
        await Expect(current).ToBeFocusedAsync();
    }

    [Fact]
    public async Task OnAWideScreenTheContentsAreASidebarThatIsAlwaysOpen()
    {
        await using var context = await browser.OpenAsync(site, width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        var current = page.Locator("nav[aria-label=Contents] [aria-current=page]");
        await Expect(current).ToBeVisibleAsync();
        var toc = await page.Locator("nav.toc").BoundingBoxAsync();
        var text = await page.Locator("article.section").BoundingBoxAsync();
        Assert.True(toc!.X + toc.Width <= text!.X, "The contents sit to the left of the text.");
    }

    [Fact]
    public async Task NoPageScrollsSidewaysOnA320PixelScreenOrAt400PercentZoom()
    {
        // 400 % zoom of a 1280 px window lays the page out in 320 CSS pixels, the same as a 320 px screen;
        // the largest text size makes it harder still.
        await using var context = await browser.OpenAsync(site, width: 320, height: 640, settings: "auto.larger.normal.serif");
        var page = await context.NewPageAsync();
        foreach (var (name, path) in Site.PageTypes)
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"The {name} page scrolls sideways by {overflow} px.");
        }
    }

    [Fact]
    public async Task PrintingTheWholeEssayGivesTheTextWithoutTheSitesChrome()
    {
        await using var context = await browser.OpenAsync(site, settings: "dark.normal.normal.serif");
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.EssayPath + "/all");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var chrome in new[] { "header.site-header", "footer.site-footer", "nav.toc", ".permalink" })
        {
            await Expect(page.Locator(chrome).First).ToBeHiddenAsync();
        }

        await Expect(page.Locator("article h2")).ToHaveCountAsync(10);
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }
}
