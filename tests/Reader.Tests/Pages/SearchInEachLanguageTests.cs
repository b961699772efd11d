namespace Reader.Tests.Pages;

/// <summary>Search finds each essay by the word forms of its own language, over Fixtures/languages.</summary>
[Collection(AppCollection.Name)]
public sealed class SearchInEachLanguageTests : IDisposable
{
    private readonly LanguagesSite site = new();

    public void Dispose() => site.Dispose();

    private async Task<Page> SearchAsync(string query) => await site.App.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

    private static string[] Results(Page page, string selector) =>
        [.. page.Document.QuerySelectorAll($"main .search-results li {selector}").Select(element => element.TextContent.Trim())];

    [Fact]
    public async Task AFrenchQueryForEssaiFindsTheSectionThatSaysEssais()
    {
        var page = await SearchAsync("essai");

        Assert.Equal(["Les gardiens de la lumière"], Results(page, ".essay-title"));
        Assert.Equal(["La lampe"], Results(page, "h2"));
        Assert.Equal(["essais"], Results(page, ".snippet mark"));
        Assert.StartsWith($"/essays/{LanguagesSite.French}/la-lampe#p", page.Href("main .search-results h2 a"));
    }

    [Fact]
    public async Task FrenchElidedArticlesAreLeftOutSoLHuileIsFoundByHuile()
    {
        var page = await SearchAsync("huile");

        Assert.Equal(["La lampe"], Results(page, "h2"));
        // The article is one word with its noun as the text is split, so the mark covers both.
        Assert.Equal(["l'huile"], Results(page, ".snippet mark"));
    }

    [Fact]
    public async Task AnArabicQueryFindsTheArabicEssayWithoutItsArticleOrEnding()
    {
        // The text says المنارة, 'the lighthouse'; the reader types منارة.
        var page = await SearchAsync("منارة");

        Assert.Equal(["حراس النور"], Results(page, ".essay-title"));
        Assert.Equal(["المنارة"], Results(page, ".snippet mark"));
        var hit = page.One("main .search-results article.search-hit");
        Assert.Equal(("ar", "rtl"), (hit.GetAttribute("lang"), hit.GetAttribute("dir")));
    }

    [Fact]
    public async Task AJapanesePhraseFindsTheJapaneseEssayAndOnlyInItsOrder()
    {
        var page = await SearchAsync("\"海を照らして\"");
        var reordered = await SearchAsync("\"照らして海を\"");

        Assert.Equal(["月の海"], Results(page, ".essay-title"));
        Assert.All(Results(page, ".snippet mark"), marked => Assert.Equal("海を照らして", marked));
        Assert.NotEmpty(Results(page, ".snippet mark"));
        Assert.Empty(Results(reordered, "h2"));
    }

    [Fact]
    public async Task EnglishKeepsItsStemmingBesideTheOtherLanguages()
    {
        var page = await SearchAsync("keepers");

        Assert.Equal(["Keepers of the Light", "The Lamp", "The Last Keeper"], Results(page, "h2").Order(StringComparer.Ordinal));
        Assert.All(Results(page, ".essay-title"), title => Assert.Equal("Keepers of the Light", title));
    }
}
