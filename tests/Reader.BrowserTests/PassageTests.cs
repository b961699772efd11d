using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.BrowserTests;

/// <summary>
/// Links to a passage (issue 18): a selection's link and a search hit's link open with their words on screen.
/// A short window, so that the paragraph's start alone (the fallback) would leave its last lines below it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PassageTests(Browser browser, SiteServer site)
{
    private const int Width = 390;
    private const int Height = 480;

    /// <summary>Selects words of the section's first paragraph, counted from its end, as a reader's pointer would.</summary>
    private const string SelectWords = """
        ([from, count]) => {
          const node = document.querySelector("article p[id]").firstChild, words = [...node.data.matchAll(/\S+/g)];
          const first = words.at(-from), last = words.at(-from + count - 1) ?? words.at(-1), range = document.createRange();
          range.setStart(node, first.index);
          range.setEnd(node, last.index + last[0].length);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
          return range.toString();
        }
        """;

    /// <summary>Whether the words (in one text node of the element) are inside the window, top and bottom.</summary>
    private const string WordsAreInView = """
        ([id, words]) => {
          const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode());) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            const box = range.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
          }
          return false;
        }
        """;

    private async Task<(string Id, bool InView)> OpenAsync(IBrowserContext context, string href, string words)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(href);
        var id = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..href.IndexOf(":~:", StringComparison.Ordinal)];
        // The browser scrolls to the text after the load, so wait for it (the timeout only bounds a failure).
        var inView = await page.WaitForFunctionAsync(WordsAreInView, new object[] { id, words }, new() { Timeout = 5000 })
            .ContinueWith(wait => wait.IsCompletedSuccessfully);
        return (id, inView);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(24, 24)]
    public async Task ASelectionOffersALinkThatOpensWithTheSelectedWordsInView(int fromEnd, int count)
    {
        await using var context = await browser.OpenAsync(site, Width, Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        var selected = await page.EvaluateAsync<string>(SelectWords, new[] { fromEnd, count });
        var link = page.Locator(".passage a");
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAccessibleNameAsync("Link to the selection");
        var href = (await link.EvaluateAsync<string>("link => link.href"))!;
        var paragraph = await page.Locator("article p[id]").First.GetAttributeAsync("id");

        Assert.StartsWith($"{site.BaseAddress.ToString().TrimEnd('/')}{Site.SectionPath}#{paragraph}:~:text=", href);
        var directive = href[(href.IndexOf(":~:text=", StringComparison.Ordinal) + 8)..];
        var words = selected.Split(' ');
        Assert.Equal(count > 8 ? [string.Join(' ', words[..4]), string.Join(' ', words[^4..])] : [selected],
            directive.Split(',').Select(Uri.UnescapeDataString));

        var lastWords = count > 8 ? string.Join(' ', words[^4..]) : selected;
        var (id, inView) = await OpenAsync(context, href, lastWords);
        Assert.Equal(paragraph, id);
        Assert.True(inView, $"'{selected}' is not in the window after opening {href}.");
        // The paragraph alone, as browsers without text fragments open it, leaves these words below the window.
        var fallback = await context.NewPageAsync();
        await fallback.GotoAsync(href[..href.IndexOf(":~:", StringComparison.Ordinal)]);
        Assert.False(await fallback.EvaluateAsync<bool>(WordsAreInView, new object[] { id, lastWords }));
    }

    [Fact]
    public async Task TheQuoteToCopyHasTheSelectedWordsAndTheCitationWithTheLink()
    {
        await using var context = await browser.OpenAsync(site, Width, Height);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.SectionPath);

        int[] fiveFromTheEnd = [5, 3];
        var selected = await page.EvaluateAsync<string>(SelectWords, fiveFromTheEnd);
        var href = await page.Locator(".passage a").EvaluateAsync<string>("link => link.href");
        var copy = page.Locator(".passage button");
        await Expect(copy).ToHaveAccessibleNameAsync("Copy as a quote");
        await copy.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(copy).ToHaveTextAsync("Copied");

        // The page's own reference, its address of the section replaced by the link to the passage.
        var quote = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        var citation = await page.Locator(".citation textarea").First.InputValueAsync();
        var sectionUrl = citation.Split(' ').Single(word => word.Contains(Site.SectionPath, StringComparison.Ordinal)).TrimEnd('.');
        Assert.Equal($"“{selected}” — {citation.Replace(sectionUrl, href, StringComparison.Ordinal)}", quote);
    }

    [Fact]
    public async Task ASearchHitsLinkScrollsTheMatchedWordsIntoView()
    {
        await using var context = await browser.OpenAsync(site, Width, Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=mentality");

        var hit = page.Locator("main .search-results h2 a").First;
        var href = (await hit.GetAttributeAsync("href"))!;
        await hit.ClickAsync();
        await page.WaitForURLAsync("**" + Site.SectionPath + "**");
        var id = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..href.IndexOf(":~:", StringComparison.Ordinal)];

        Assert.True(await page.WaitForFunctionAsync(WordsAreInView, new object[] { id, "mentality" }, new() { Timeout = 5000 })
            .ContinueWith(wait => wait.IsCompletedSuccessfully), $"'mentality' is not in the window after following {href}.");
        // The paragraph alone, as browsers without text fragments open it, leaves the word below the window.
        var fallback = await context.NewPageAsync();
        await fallback.GotoAsync(href[..href.IndexOf(":~:", StringComparison.Ordinal)]);
        Assert.False(await fallback.EvaluateAsync<bool>(WordsAreInView, new object[] { id, "mentality" }));
    }

    /// <summary>
    /// The page shows a note's number just before the matched words, which a section's text leaves out: the words
    /// that must come before the match stop at the number, or the browser finds no match and stays at the paragraph.
    /// </summary>
    [Fact]
    public async Task ASearchHitsLinkReachesWordsJustAfterANotesNumber()
    {
        await using var context = await browser.OpenAsync(site, Width, Height);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=lamp+dawn");

        var hit = page.Locator("main .search-results h2 a[href*='/essays/the-keepers-log/']").First;
        var href = (await hit.GetAttributeAsync("href"))!;
        await hit.ClickAsync();
        await page.WaitForURLAsync("**/essays/the-keepers-log/**");
        var id = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..href.IndexOf(":~:", StringComparison.Ordinal)];

        const string Words = "that the lamp burned until dawn";
        Assert.True(await page.WaitForFunctionAsync(WordsAreInView, new object[] { id, Words }, new() { Timeout = 5000 })
            .ContinueWith(wait => wait.IsCompletedSuccessfully), $"'{Words}' is not in the window after following {href}.");
        var fallback = await context.NewPageAsync();
        await fallback.GotoAsync(href[..href.IndexOf(":~:", StringComparison.Ordinal)]);
        Assert.False(await fallback.EvaluateAsync<bool>(WordsAreInView, new object[] { id, Words }));
    }
}
