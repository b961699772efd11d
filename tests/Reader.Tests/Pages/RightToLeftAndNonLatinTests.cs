namespace Reader.Tests.Pages;

/// <summary>Direction and language on the essay's own elements, and reading time counted the way each script reads.</summary>
[Collection(AppCollection.Name)]
public sealed class RightToLeftAndNonLatinTests : IDisposable
{
    private readonly LanguagesSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task AnArabicSectionRunsRightToLeftWhileTheSitesOwnWordsStayEnglish()
    {
        var front = await site.App.GetPageAsync($"/essays/{LanguagesSite.Arabic}");
        var section = await site.App.GetPageAsync(front.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a")[1].GetAttribute("href")!);

        var html = section.Document.DocumentElement;
        Assert.Equal(("ar", "rtl"), (html.GetAttribute("lang"), html.GetAttribute("dir")));
        Assert.Equal(("ar", "rtl"), (section.One("article.section").GetAttribute("lang"), section.One("article.section").GetAttribute("dir")));
        Assert.Equal("المصباح", section.Text("article.section h1"));
        var entries = section.One("nav[aria-label=Contents] > details > ol");
        Assert.Equal(("ar", "rtl"), (entries.GetAttribute("lang"), entries.GetAttribute("dir")));
        Assert.Equal(("ar", "rtl"), (section.One("nav.pager a[rel=next] .title").GetAttribute("lang"), section.One("nav.pager a[rel=next] .title").GetAttribute("dir")));
        // Back points right and on points left, the way Arabic reads; the arrows are not read out.
        Assert.Equal("→ Previous", section.Text("nav.pager a[rel=prev] .direction"));
        Assert.Equal("Next ←", section.Text("nav.pager a[rel=next] .direction"));
        Assert.Equal("true", section.One("nav.pager a[rel=prev] .direction [aria-hidden]").GetAttribute("aria-hidden"));
        // The site's own words are English wherever they are.
        Assert.Equal("en", section.One("header.site-header").GetAttribute("lang"));
        Assert.Equal("en", section.One("footer.site-footer").GetAttribute("lang"));
        Assert.Equal("en", section.One("nav[aria-label=Contents]").GetAttribute("lang"));
        Assert.Equal("en", section.One("nav.pager").GetAttribute("lang"));
        Assert.Equal("en", section.One("article.section header p.meta").GetAttribute("lang"));
        Assert.StartsWith("Section 2 of 4", section.Text("article.section header p.meta"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishSectionsPagerPointsBackLeftAndOnRight()
    {
        var front = await site.App.GetPageAsync($"/essays/{LanguagesSite.English}");
        var section = await site.App.GetPageAsync(front.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a")[1].GetAttribute("href")!);

        Assert.Equal("← Previous", section.Text("nav.pager a[rel=prev] .direction"));
        Assert.Equal("Next →", section.Text("nav.pager a[rel=next] .direction"));
    }

    [Theory]
    [InlineData("/essays/" + LanguagesSite.English, "en", "ltr")]
    [InlineData("/essays/" + LanguagesSite.French + "/all", "fr", "ltr")]
    [InlineData("/essays/" + LanguagesSite.Arabic, "ar", "rtl")]
    [InlineData("/essays/" + LanguagesSite.Arabic + "/all", "ar", "rtl")]
    [InlineData("/essays/" + LanguagesSite.Japanese, "ja", "ltr")]
    public async Task EveryEssayPageCarriesTheEssaysLanguageAndDirection(string path, string language, string direction)
    {
        var page = await site.App.GetPageAsync(path);

        Assert.Equal((language, direction), (page.Document.DocumentElement.GetAttribute("lang"), page.Document.DocumentElement.GetAttribute("dir")));
        var article = page.One("main article");
        Assert.Equal((language, direction), (article.GetAttribute("lang"), article.GetAttribute("dir")));
    }

    [Fact]
    public async Task TheLibraryMarksEachCardWithItsEssaysLanguageAndDirection()
    {
        var library = await site.App.GetPageAsync("/");

        var cards = library.Document.QuerySelectorAll("article.essay-card")
            .ToDictionary(card => card.QuerySelector("h2")!.TextContent.Trim(), card => (card.GetAttribute("lang"), card.GetAttribute("dir")));

        Assert.Equal(("ar", "rtl"), cards["حراس النور"]);
        Assert.Equal(("ja", "ltr"), cards["月の海"]);
        Assert.Equal(("en", "ltr"), cards["Keepers of the Light"]);
        // The library itself is the site's, in English, left to right.
        Assert.Null(library.Document.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task JapaneseIsTimedByCharactersNotWords()
    {
        // The opening section has 450 characters (and no spaces: one 'word' a paragraph), the second 380, at 400 a minute.
        var front = await site.App.GetPageAsync($"/essays/{LanguagesSite.Japanese}");
        var opening = await site.App.GetPageAsync(front.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a")[0].GetAttribute("href")!);
        var second = await site.App.GetPageAsync(front.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a")[1].GetAttribute("href")!);

        Assert.Equal("2 sections · 3 min read", front.Text("article header .meta"));
        Assert.Equal(("2 min read", "3 min left in the essay"), (opening.Text(".reading-time"), opening.Text(".time-left")));
        Assert.Equal(("1 min read", "1 min left in the essay"), (second.Text(".reading-time"), second.Text(".time-left")));
        var progress = opening.One("progress.progress");
        Assert.Equal(progress.GetAttribute("value"), (int.Parse(progress.GetAttribute("max")!, System.Globalization.CultureInfo.InvariantCulture) - 380).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
