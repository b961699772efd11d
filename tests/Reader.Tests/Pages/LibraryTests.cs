namespace Reader.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class LibraryTests(LibrarySite site) : IClassFixture<LibrarySite>
{
    private static string[] CardTitles(Page page) =>
        [.. page.Document.QuerySelectorAll("main article.essay-card h2").Select(title => title.TextContent.Trim())];

    [Fact]
    public async Task TheLibraryListsEssaysNewestFirstThenUndatedOnesByTitle()
    {
        var library = await site.Production.GetPageAsync("/");

        Assert.Equal(200, library.Status);
        Assert.Equal(["Notes from the River", "Lessons of the Cold War", "A plain file", "Musings"], CardTitles(library));
    }

    [Fact]
    public async Task InDevelopmentDraftsAreListedInTheirPlaceAndMarked()
    {
        var library = await site.Development.GetPageAsync("/");

        Assert.Equal(["Unfinished Thoughts", "Notes from the River", "Lessons of the Cold War", "A plain file", "Musings"], CardTitles(library));
        var draft = library.Document.QuerySelectorAll("article.essay-card").Single(card => card.QuerySelector(".draft-flag") is not null);
        Assert.Equal("Unfinished Thoughts", draft.QuerySelector("h2")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/essays/unfinished-thoughts")]
    [InlineData("/essays/unfinished-thoughts/all")]
    [InlineData("/essays/unfinished-thoughts/loose-ends")]
    [InlineData("/tags/work-in-progress")]
    public async Task ADraftIsNotFoundInProductionButReadableInDevelopment(string path)
    {
        Assert.Equal(404, (await site.Production.GetPageAsync(path)).Status);
        Assert.Equal(200, (await site.Development.GetPageAsync(path)).Status);
    }

    [Fact]
    public async Task EachCardShowsTheDateAuthorSummaryTagsAndReadingTime()
    {
        var library = await site.Production.GetPageAsync("/");
        var card = library.Document.QuerySelectorAll("article.essay-card").Single(card => card.QuerySelector("h2")?.TextContent.Trim() == "Lessons of the Cold War");

        Assert.Equal("/essays/cold-war-lessons", card.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal("What détente taught two rivals", card.QuerySelector(".subtitle")?.TextContent);
        Assert.Equal("Ada Writer", card.QuerySelector(".byline .author")?.TextContent);
        Assert.Equal("2024-03-10", card.QuerySelector(".byline time")?.GetAttribute("datetime"));
        Assert.Equal("10 March 2024", card.QuerySelector(".byline time")?.TextContent);
        Assert.Equal("How two rivals learned to talk, and what it cost them.", card.QuerySelector(".summary")?.TextContent);
        Assert.Equal(["/tags/history", "/tags/diplomacy"], card.QuerySelectorAll("ul[aria-label=Tags] a[rel=tag]").Select(tag => tag.GetAttribute("href")));
        Assert.Equal(["History", "Diplomacy"], card.QuerySelectorAll("ul[aria-label=Tags] a").Select(tag => tag.TextContent));
        Assert.Equal("3 sections · 1 min read", card.QuerySelector(".meta")?.TextContent.Trim());
    }

    [Fact]
    public async Task AnEssayWithoutFrontMatterHasNoBylineAndItsSummaryIsItsOpening()
    {
        var library = await site.Production.GetPageAsync("/");
        var card = library.Document.QuerySelectorAll("article.essay-card").Single(card => card.QuerySelector("h2")?.TextContent.Trim() == "Musings");

        Assert.Null(card.QuerySelector(".byline"));
        Assert.Null(card.QuerySelector(".tags"));
        Assert.Equal("A quiet essay without any front matter. It has a title heading and two sections.", card.QuerySelector(".summary")?.TextContent);
    }

    [Fact]
    public async Task ATagPageListsTheEssaysWithThatTagNewestFirst()
    {
        var page = await site.Production.GetPageAsync("/tags/history");

        Assert.Equal(200, page.Status);
        Assert.Equal("Essays tagged ‘History’", page.Text("h1"));
        Assert.Equal(["Notes from the River", "Lessons of the Cold War"], CardTitles(page));
    }

    [Fact]
    public async Task ATagPageInProductionLeavesOutDraftsThatCarryIt()
    {
        Assert.Equal(["Lessons of the Cold War"], CardTitles(await site.Production.GetPageAsync("/tags/diplomacy")));
        Assert.Equal(["Unfinished Thoughts", "Lessons of the Cold War"], CardTitles(await site.Development.GetPageAsync("/tags/diplomacy")));
    }

    [Theory]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/tags/History")]
    [InlineData("/tags/%3Cscript%3E")]
    public async Task AnUnknownTagIsNotFound(string path)
    {
        var page = await site.Production.GetPageAsync(path);

        Assert.Equal(404, page.Status);
        Assert.Equal("This page isn’t here", page.Text("h1"));
    }

    [Fact]
    public async Task AFolderEssayIsReadSectionBySectionInFileOrder()
    {
        var front = await site.Production.GetPageAsync("/essays/river-notes");

        Assert.Equal("Notes from the River", front.Text("h1"));
        Assert.Equal(["Notes from the River", "Morning", "Noon", "Evening"], front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.TextContent.Trim()));
        var evening = await site.Production.GetPageAsync("/essays/river-notes/evening");
        Assert.Equal("Evening", evening.Text("h1"));
        Assert.Equal("The light turned gold and then grey. We tied the boat up at a mill.", evening.Text("article.section p[id]"));
        Assert.Equal("en-GB", evening.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/essays/river-notes/noon", evening.Href("a[rel=prev]"));
    }

    [Fact]
    public async Task TheEssayFrontPageShowsItsSubtitleBylineUpdateAndTags()
    {
        var front = await site.Production.GetPageAsync("/essays/river-notes");

        Assert.Equal("Ben Walker", front.Text("article header .byline .author"));
        Assert.Equal("2025-01-20", front.One("article header .byline time.published").GetAttribute("datetime"));
        Assert.Equal("updated 1 February 2025", front.Text("article header .byline .updated"));
        Assert.Equal(["Travel", "History"], front.Document.QuerySelectorAll("article header ul[aria-label=Tags] a").Select(tag => tag.TextContent));
    }
}
