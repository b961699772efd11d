using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

/// <summary>Footnotes in the margin on a wide screen, and at the end of the section everywhere else.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SidenoteTests(Browser browser, SiteServer site)
{
    /// <summary>Three short notes, two of them cited close together, and one too long for the margin.</summary>
    private const string MarginPath = "/essays/notes-and-details/in-the-margin";

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator element) =>
        await element.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");

    /// <remarks>The margin is at the end of the line: on the right of left-to-right text, on the left of Arabic.</remarks>
    [Theory]
    [InlineData(MarginPath, "", 3)]
    [InlineData("/essays/notes-and-details/all", "", 3)]
    [InlineData(MarginPath, "auto.larger.wide.serif", 3)]
    [InlineData("/essays/hawamish/all", "", 2)]
    public async Task OnAWideScreenEveryNoteSitsBesideTheTextAtOrBelowItsReferenceAndNoneOverlap(string path, string settings, int margined)
    {
        await using var context = await browser.OpenAsync(site, width: 1440, height: 900, settings: settings);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var column = await BoxAsync(page.Locator("article"));
        var rightToLeft = await page.Locator("article").EvaluateAsync<bool>("article => getComputedStyle(article).direction === 'rtl'");
        Assert.Equal(path.Contains("hawamish", StringComparison.Ordinal), rightToLeft);
        var notes = page.Locator("span.sidenote");
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < await notes.CountAsync(); i++)
        {
            var note = notes.Nth(i);
            await Expect(note).ToBeVisibleAsync();
            var box = await BoxAsync(note);
            var reference = await BoxAsync(note.Locator("xpath=preceding-sibling::a[1]"));
            if (rightToLeft)
            {
                Assert.True(box.X + box.Width <= column.X, $"Note {i + 1} ends at {box.X + box.Width}, inside the column that starts at {column.X}.");
                Assert.True(box.X >= 0, $"Note {i + 1} starts at {box.X}, off the screen.");
            }
            else
            {
                Assert.True(box.X >= column.X + column.Width, $"Note {i + 1} starts at {box.X}, inside the column that ends at {column.X + column.Width}.");
                Assert.True(box.X + box.Width <= 1440, $"Note {i + 1} ends at {box.X + box.Width}, off the screen.");
            }

            Assert.True(box.Y >= reference.Y, $"Note {i + 1} starts at {box.Y}, above its reference at {reference.Y}.");
            Assert.True(box.Width >= 180, $"Note {i + 1} is only {box.Width} px wide.");
            Assert.DoesNotContain(boxes, other => other.Y < box.Y + box.Height && box.Y < other.Y + other.Height);
            boxes.Add(box);
        }

        Assert.True(boxes.Count >= margined, $"Only {boxes.Count} margin notes.");
        // At most: the page keeps its scroll-bar gutter, so its content can be narrower than the window.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px.");
        // The notes in the margin are still in the list for screen readers, clipped to nothing; the long one shows there.
        var listed = page.Locator("div.footnotes > ol > li");
        for (var i = 0; i < await listed.CountAsync(); i++)
        {
            var note = listed.Nth(i);
            var shown = await note.EvaluateAsync<bool>("note => note.checkVisibility() && note.closest('.footnotes').getBoundingClientRect().width > 1 && note.getBoundingClientRect().width > 1");
            var inMargin = await note.EvaluateAsync<bool>("note => note.classList.contains('in-margin')");
            Assert.True(shown != inMargin, $"Note {await note.GetAttributeAsync("id")} is {(shown ? "shown" : "hidden")} at the end.");
            Assert.Equal(inMargin, await page.Locator($"a.footnote-ref[href='#{await note.GetAttributeAsync("id")}'] + span.sidenote").CountAsync() > 0);
        }
    }

    [Fact]
    public async Task ANoteTooLongForTheMarginIsOnlyAtTheEnd()
    {
        await using var context = await browser.OpenAsync(site, width: 1440, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(MarginPath);

        var references = page.Locator("article a.footnote-ref");
        await Expect(references).ToHaveCountAsync(4);
        await Expect(page.Locator("article a.footnote-ref + span.sidenote")).ToHaveCountAsync(3);
        await Expect(page.Locator("div.footnotes li")).ToHaveCountAsync(4);
        await Expect(page.Locator("div.footnotes li").Nth(2)).ToContainTextAsync("A long note");
        Assert.True((await BoxAsync(page.Locator("div.footnotes li").Nth(2))).Width > 200, "The long note shows at the end.");
        await Expect(page.Locator("span.sidenote", new() { HasText = "A long note" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OnAPhoneThereAreNoMarginNotesAndTheNotesAreAtTheEnd()
    {
        await using var context = await browser.OpenAsync(site, width: 390, height: 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync(MarginPath);

        await AssertNotesOnlyAtTheEndAsync(page);
    }

    [Fact]
    public async Task PrintingAWideScreenPageGivesTheNotesAtTheEnd()
    {
        await using var context = await browser.OpenAsync(site, width: 1440, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(MarginPath);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await AssertNotesOnlyAtTheEndAsync(page);
    }

    private static async Task AssertNotesOnlyAtTheEndAsync(IPage page)
    {
        var sidenotes = page.Locator("span.sidenote");
        Assert.Equal(3, await sidenotes.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            await Expect(sidenotes.Nth(i)).ToBeHiddenAsync();
        }

        var notes = page.Locator("div.footnotes li");
        await Expect(notes).ToHaveCountAsync(4);
        for (var i = 0; i < 4; i++)
        {
            Assert.True((await BoxAsync(notes.Nth(i))).Width > 200, $"Note {i + 1} at the end is not shown at its width.");
        }
    }

    [Fact]
    public async Task TabReachesEveryNoteNeverTheMarginAndTheNotesShowWhenTheyHoldTheFocus()
    {
        await using var context = await browser.OpenAsync(site, width: 1440, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(MarginPath);
        var references = await page.Locator("article a.footnote-ref").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");

        var reached = new List<string>();
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; return [e.getAttribute('href') ?? '', e.className, e.closest('.sidenote') ? 'margin' : '']; }");
            Assert.NotEqual("margin", focused[2]);
            reached.Add(focused[0]);
            if (focused[1] == "footnote-back-ref")
            {
                // Keyboard users see where the focus is (WCAG 2.4.7): the list shows while it holds it.
                var focusedBox = await BoxAsync(page.Locator(":focus"));
                var list = await BoxAsync(page.Locator("div.footnotes"));
                Assert.True(list.Width > 200 && list.Height > 50, $"The notes at the end are {list.Width} × {list.Height} px while a back-link has the focus.");
                Assert.True(focusedBox.Width > 5 && focusedBox.Y >= 0 && focusedBox.Y + focusedBox.Height <= 900, "The focused back-link is on the screen.");
                break;
            }
        }

        Assert.All(references, href => Assert.Contains(href, reached));
        Assert.Contains(reached, href => href.StartsWith("#fnref:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowingAReferenceShowsItsNoteAtTheEnd()
    {
        await using var context = await browser.OpenAsync(site, width: 1440, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(MarginPath);

        var reference = page.Locator("article a.footnote-ref").First;
        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var note = page.Locator("div.footnotes li").First;
        Assert.EndsWith("#" + await note.GetAttributeAsync("id"), page.Url, StringComparison.Ordinal);
        await Expect(note).ToBeInViewportAsync();
        Assert.True((await BoxAsync(note)).Width > 200, "The note the reference leads to is shown.");
    }
}
