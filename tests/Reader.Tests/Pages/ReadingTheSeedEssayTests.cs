namespace Reader.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class ReadingTheSeedEssayTests(SeedSite site)
{
    private const string EssayPath = "/essays/" + SeedEssay.Slug;
    private readonly ReaderApp app = site.App;

    /// <summary>The section addresses in the order the essay's table of contents lists them.</summary>
    private async Task<string[]> SectionPathsAsync()
    {
        var front = await app.GetPageAsync(EssayPath);
        return [.. front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.GetAttribute("href")!)];
    }

    [Fact]
    public async Task TheLibraryListsTheEssayWithItsOpeningSectionCountAndReadingTime()
    {
        var library = await app.GetPageAsync("/");

        Assert.Equal(200, library.Status);
        var card = library.One("main article");
        Assert.Equal(SeedEssay.Title, card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(EssayPath, card.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.StartsWith("Last month, Russian President Putin paid a state visit to China", card.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10 sections · 5 min read", card.QuerySelector(".meta")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheEssayFrontPageListsEveryHeadingAndStartsAtTheFirstSection()
    {
        var front = await app.GetPageAsync(EssayPath);

        Assert.Equal(SeedEssay.Title, front.Text("h1"));
        Assert.Equal("10 sections · 5 min read", front.Text("article header .meta"));
        Assert.Equal(
            SeedEssay.Sections.Select(section => section.Heading),
            front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.TextContent.Trim()));
        Assert.Empty(front.Document.QuerySelectorAll("nav[aria-label=Contents] [aria-current]"));
        var start = front.Document.QuerySelectorAll("a").Single(link => link.TextContent.Trim() == "Start reading");
        Assert.Equal((await SectionPathsAsync())[0], start.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(SeedEssay.SectionIndexes), MemberType = typeof(SeedEssay))]
    public async Task EverySectionPageShowsItsHeadingAndItsParagraphVerbatim(int index)
    {
        var (heading, paragraph) = SeedEssay.Sections[index];
        var page = await app.GetPageAsync((await SectionPathsAsync())[index]);

        Assert.Equal(200, page.Status);
        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal(paragraph, page.Text("article.section p[id]"));
        Assert.Equal($"Section {index + 1} of 10", page.Text(".position"));
        Assert.Equal(heading, page.Text("nav[aria-label=Contents] [aria-current=page]"));
        Assert.Equal($"{heading} · {SeedEssay.Title}", page.Document.Title);
    }

    [Fact]
    public async Task FollowingNextFromTheFirstSectionVisitsEverySectionInOrderAndEnds()
    {
        var paths = await SectionPathsAsync();
        var headings = new List<string>();
        string? path = paths[0];
        while (path is not null && headings.Count <= paths.Length)
        {
            var page = await app.GetPageAsync(path);
            headings.Add(page.Text("h1"));
            var next = page.Href("a[rel=next]");
            Assert.Equal(next, page.Href("head link[rel=next]"));
            if (next is not null)
            {
                Assert.Equal(SeedEssay.Sections[headings.Count].Heading, page.Text("a[rel=next] .title"));
            }

            path = next;
        }

        Assert.Equal(SeedEssay.Sections.Select(section => section.Heading), headings);
    }

    [Fact]
    public async Task FollowingPreviousFromTheLastSectionWalksBackToTheFirst()
    {
        var paths = await SectionPathsAsync();
        var headings = new List<string>();
        string? path = paths[^1];
        while (path is not null && headings.Count <= paths.Length)
        {
            var page = await app.GetPageAsync(path);
            headings.Add(page.Text("h1"));
            path = page.Href("a[rel=prev]");
            Assert.Equal(path, page.Href("head link[rel=prev]"));
        }

        Assert.Equal(SeedEssay.Sections.Select(section => section.Heading).Reverse(), headings);
    }

    [Fact]
    public async Task TheFirstSectionHasNoPreviousAndTheLastNoNext()
    {
        var paths = await SectionPathsAsync();
        var first = await app.GetPageAsync(paths[0]);
        var last = await app.GetPageAsync(paths[^1]);

        Assert.Null(first.Href("a[rel=prev]"));
        Assert.Null(first.Href("link[rel=prev]"));
        Assert.Null(last.Href("a[rel=next]"));
        Assert.Null(last.Href("link[rel=next]"));
    }

    [Fact]
    public async Task TheWholeEssayPageHasEveryHeadingWithAnAnchorNamedLikeItsSection()
    {
        var paths = await SectionPathsAsync();
        var page = await app.GetPageAsync(EssayPath + "/all");

        Assert.Equal(SeedEssay.Title, page.Text("h1"));
        var headings = page.Document.QuerySelectorAll("article h2[id]");
        Assert.Equal(SeedEssay.Sections.Select(section => section.Heading), headings.Select(heading => heading.TextContent.Trim()));
        Assert.Equal(paths.Select(path => path.Split('/')[^1]), headings.Select(heading => heading.Id));
        Assert.All(headings, heading => Assert.Equal("#" + heading.Id, heading.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(
            SeedEssay.Sections.Select(section => section.Paragraph),
            page.Document.QuerySelectorAll("article section p").Select(paragraph => paragraph.TextContent));
    }

    [Fact]
    public async Task EachSectionLinksToItselfInTheWholeEssay()
    {
        var paths = await SectionPathsAsync();
        var page = await app.GetPageAsync(paths[3]);

        Assert.Equal($"{EssayPath}/all#{paths[3].Split('/')[^1]}", page.Href(".whole-essay-link a"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData(EssayPath)]
    [InlineData(EssayPath + "/all")]
    [InlineData(EssayPath + "/us-policies-and-the-pivot-to-asia")]
    public async Task EveryPageIsSemanticHtmlInTheEssaysLanguage(string path)
    {
        var page = await app.GetPageAsync(path);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("text/html; charset=utf-8", page.Response.Content.Headers.ContentType?.ToString());
        page.One("body > header");
        page.One("body > main#main");
        page.One("body > footer");
        page.One("h1");
        Assert.Equal("#main", page.Href("a.skip-link"));
    }

    [Theory]
    [InlineData("/essays/no-such-essay")]
    [InlineData(EssayPath + "/no-such-section")]
    [InlineData(EssayPath + "/all/more")]
    [InlineData("/essays/..%2f..%2fetc%2fpasswd")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddressesGetAFriendlyNotFoundPage(string path)
    {
        var page = await app.GetPageAsync(path);

        Assert.Equal(404, page.Status);
        Assert.Equal("This page isn’t here", page.Text("h1"));
        Assert.Contains(page.Document.QuerySelectorAll("main a"), link => link.GetAttribute("href") == "/");
    }

    [Fact]
    public async Task TheStylesheetIsServedFromWwwroot()
    {
        var page = await app.GetPageAsync("/");
        var stylesheet = page.Href("link[rel=stylesheet]")!;
        Assert.StartsWith("/css/site.css?v=", stylesheet, StringComparison.Ordinal);

        var response = await app.CreateReader().GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
