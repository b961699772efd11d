using Reader.Search;

namespace Reader.Tests.Pages;

/// <summary>/search as readers use it, over the seed essay and over a folder of essays with accents and markup.</summary>
[Collection(AppCollection.Name)]
public sealed class SearchPageTests(SeedSite site) : IDisposable
{
    private static readonly string[] SearchTips =
    [
        "Capitals and accents don’t matter, and word forms match: sanction also finds sanctions and sanctioned.",
        "Put words in quotes to find them together in that order: \"multi polar world\".",
        "A section matches when it contains every word, so fewer words find more.",
    ];

    private readonly ReaderApp app = site.App;
    private readonly ReaderApp fixture = new(SearchFixture.ContentPath);

    public void Dispose() => fixture.Dispose();

    private static string[] Results(Page page, string selector) =>
        [.. page.Document.QuerySelectorAll($"main .search-results li {selector}").Select(element => element.TextContent.Trim())];

    [Theory]
    [InlineData("/")]
    [InlineData("/essays/" + SeedEssay.Slug)]
    [InlineData("/search?q=russia")]
    [InlineData("/no-such-page")]
    public async Task EveryPageHasAPlainSearchFormInItsHeader(string path)
    {
        var page = await app.GetPageAsync(path);

        var form = page.One("header.site-header form[role=search]");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = page.One("header.site-header form[role=search] input[type=search][name=q]");
        Assert.Equal("Search essays", page.Text($"header.site-header label[for='{input.Id}']"));
        Assert.Equal("Search", page.Text("header.site-header form[role=search] button[type=submit]"));
    }

    [Fact]
    public async Task AResultShowsTheEssayTheHeadingAndASnippetWithTheMatchedWordMarked()
    {
        var page = await app.GetPageAsync("/search?q=sanction");

        Assert.Equal(200, page.Status);
        Assert.Equal([SeedEssay.Title], Results(page, ".essay-title"));
        Assert.Equal(["The Catalyst of the Ukraine Conflict"], Results(page, "h2"));
        Assert.Equal(["sanctioned"], Results(page, ".snippet mark"));
        Assert.StartsWith($"/essays/{SeedEssay.Slug}/the-catalyst-of-the-ukraine-conflict#p", page.Href("main .search-results h2 a"));
        Assert.Equal("sanction", page.Text("main .search-query"));
        Assert.Equal("sanction", page.One("header input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public async Task EveryResultLinksToASectionPageThatAnswers()
    {
        var page = await app.GetPageAsync("/search?q=russia");
        var links = page.Document.QuerySelectorAll("main .search-results h2 a").Select(link => link.GetAttribute("href") ?? "").ToArray();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var section = await app.GetPageAsync(link);
            Assert.Equal(200, section.Status);
        }
    }

    [Fact]
    public async Task AHeadingMatchIsListedAboveTextMatches()
    {
        var page = await app.GetPageAsync("/search?q=containment");

        var headings = Results(page, "h2");
        Assert.Equal(3, headings.Length);
        Assert.Equal("China’s Rapid Ascent and US Containment Strategies", headings[0]);
        Assert.Equal(["Containment"], page.Document.QuerySelectorAll("main .search-results li:first-child h2 mark").Select(mark => mark.TextContent));
        Assert.Equal("3 sections match containment.", page.Text("main .search-summary"));
    }

    [Fact]
    public async Task AQuotedPhraseMatchesOnlyInThatOrder()
    {
        var inOrder = await app.GetPageAsync("/search?q=%22multi+polar+world%22");
        var outOfOrder = await app.GetPageAsync("/search?q=%22world+polar+multi%22");

        Assert.NotEmpty(Results(inOrder, "h2"));
        Assert.All(Results(inOrder, ".snippet mark"), marked => Assert.Equal("multi polar world", marked));
        Assert.Empty(Results(outOfOrder, "h2"));
        Assert.Equal("No section matches \"world polar multi\".", outOfOrder.Text("main .search-summary"));
    }

    [Theory]
    [InlineData("VIS-A-VIS")]
    [InlineData("vis-à-vis")]
    public async Task CaseAndAccentsDoNotMatter(string query)
    {
        var page = await app.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(["US Policies and the Pivot to Asia"], Results(page, "h2"));
        Assert.Equal(["vis-à-vis"], Results(page, ".snippet mark"));
    }

    [Theory]
    [InlineData("ZURICH", "Letters from Zürich", "Zürich")]
    [InlineData("cafés", "Letters from Zürich", "café")]
    [InlineData("naïve", "Letters from Zürich", "naïve")]
    public async Task AccentedWordsAreFoundWithoutTheirAccents(string query, string heading, string marked)
    {
        var page = await fixture.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Contains(heading, Results(page, "h2"));
        Assert.Contains(marked, page.Document.QuerySelectorAll("main .search-results mark").Select(mark => mark.TextContent));
    }

    [Fact]
    public async Task MarkupInAnEssayIsShownAsTextInItsSnippet()
    {
        var page = await fixture.GetPageAsync("/search?q=alert");

        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.Text("main .search-results .snippet"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptySearchExplainsHowToSearch()
    {
        var page = await app.GetPageAsync("/search?q=");

        Assert.Equal(200, page.Status);
        Assert.Equal("Type a word or a phrase in the search box to find it in every essay.", page.Text("main .search-summary"));
        Assert.Equal(SearchTips, page.Document.QuerySelectorAll("main .search-tips li").Select(tip => tip.TextContent));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("</q><script>alert(1)</script>")]
    [InlineData("title:")]
    [InlineData("\"unbalanced")]
    [InlineData("*foo")]
    [InlineData("~")]
    [InlineData("!!!")]
    [InlineData("\\")]
    [InlineData("%00 & < > ' \"")]
    public async Task AnOddQueryGetsAHelpfulPageThatShowsItAsText(string query)
    {
        var page = await app.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(200, page.Status);
        Assert.Equal(query, page.Text("main .search-query"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Empty(page.Document.QuerySelectorAll("main .search-results"));
        Assert.Equal(SearchTips, page.Document.QuerySelectorAll("main .search-tips li").Select(tip => tip.TextContent));
        Assert.Equal(query, page.One("header input[name=q]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("~")]
    [InlineData("title:")]
    public async Task SearchOperatorsAreExplainedAsNotNeeded(string query)
    {
        var page = await app.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Contains("aren’t needed here", page.Text("main .search-note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryOfOnlyPunctuationSaysThereIsNothingToSearchFor()
    {
        var page = await app.GetPageAsync("/search?q=%21%3F%2E");

        Assert.Equal("!?. has no words to search for: punctuation and symbols are left out.", page.Text("main .search-summary"));
    }

    [Fact]
    public async Task AVeryLongQueryIsShortenedAndThePageSaysSo()
    {
        var page = await app.GetPageAsync($"/search?q={string.Concat(Enumerable.Repeat("sanction+", 300))}");

        Assert.Equal(200, page.Status);
        Assert.Equal($"Your search was longer than {SearchQuery.MaximumLength} characters; only the first {SearchQuery.MaximumLength} were used.", page.Text("main .search-note"));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("sanction", 22)), page.Text("main .search-query"));
        Assert.Equal(["The Catalyst of the Ukraine Conflict"], Results(page, "h2"));
    }

    [Fact]
    public async Task SearchResultsAreNotIndexedBySearchEngines()
    {
        var page = await app.GetPageAsync("/search?q=russia");

        Assert.Equal("noindex", page.One("head meta[name=robots]").GetAttribute("content"));
    }

    [Fact]
    public async Task ResultsBeyondTheFirstTenAreOnTheNextPage()
    {
        var first = await fixture.GetPageAsync("/search?q=lighthouse");
        var next = first.Href("main nav[aria-label='More results'] a[rel=next]");
        Assert.NotNull(next);
        var second = await fixture.GetPageAsync(next);

        Assert.Equal("13 sections match lighthouse; these are 1 to 10.", first.Text("main .search-summary"));
        Assert.Equal("13 sections match lighthouse; these are 11 to 13.", second.Text("main .search-summary"));
        Assert.Equal("11", second.One("main ol.search-results").GetAttribute("start"));
        Assert.Null(second.Href("main nav[aria-label='More results'] a[rel=next]"));
        Assert.Equal("/search?q=lighthouse&p=1", second.Href("main nav[aria-label='More results'] a[rel=prev]"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999")]
    public async Task AnUnreadablePageNumberShowsTheFirstPage(string page)
    {
        var results = await fixture.GetPageAsync($"/search?q=lighthouse&p={page}");

        Assert.Equal(200, results.Status);
        Assert.Equal("13 sections match lighthouse; these are 1 to 10.", results.Text("main .search-summary"));
    }
}
