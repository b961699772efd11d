using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SharingAndCitingTests(LibrarySite site) : IClassFixture<LibrarySite>, IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static string? Meta(Page page, string name) =>
        page.Document.QuerySelector($"head meta[property='{name}'], head meta[name='{name}']")?.GetAttribute("content");

    private static JsonElement StructuredData(Page page) =>
        JsonDocument.Parse(page.One("head script[type='application/ld+json']").TextContent).RootElement;

    [Theory]
    [InlineData("/", "website", "Test Essays")]
    [InlineData("/essays/cold-war-lessons", "article", "Lessons of the Cold War")]
    [InlineData("/essays/cold-war-lessons/all", "article", "Lessons of the Cold War")]
    [InlineData("/essays/cold-war-lessons/arms-control", "article", "Arms Control")]
    [InlineData("/tags/history", "website", "Essays tagged ‘History’")]
    public async Task EveryPageHasATitleDescriptionCanonicalAddressAndPreviewTags(string path, string type, string title)
    {
        var page = await site.Production.GetPageAsync(path);

        Assert.Equal(LibrarySite.BaseUrl + path.TrimStart('/'), page.Href("head link[rel=canonical]"));
        Assert.Equal(page.Href("head link[rel=canonical]"), Meta(page, "og:url"));
        Assert.Equal(type, Meta(page, "og:type"));
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(title, Meta(page, "twitter:title"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Equal("Test Essays", Meta(page, "og:site_name"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")));
        Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
        Assert.Equal(Meta(page, "description"), Meta(page, "twitter:description"));
        Assert.False(string.IsNullOrWhiteSpace(page.Document.Title));
        Assert.Equal("/feed.xml", page.Href("head link[rel=alternate][type='application/atom+xml']"));
    }

    [Fact]
    public async Task ASharedSectionPreviewsTheSectionNotTheEssay()
    {
        var page = await site.Production.GetPageAsync("/essays/cold-war-lessons/detente");

        Assert.Equal("Détente · Lessons of the Cold War", page.Document.Title);
        Assert.Equal("Détente", Meta(page, "og:title"));
        Assert.Equal("The thaw was slow and uneven. Sanctions were eased in one year and tightened in the next.", Meta(page, "og:description"));
        Assert.Equal("The thaw was slow and uneven. Sanctions were eased in one year and tightened in the next.", Meta(page, "description"));
    }

    [Fact]
    public async Task TheNotFoundPageHasNoCanonicalAddress()
    {
        var page = await site.Production.GetPageAsync("/essays/nothing-here");

        Assert.Equal(404, page.Status);
        Assert.Null(page.Href("head link[rel=canonical]"));
        Assert.Empty(page.Document.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task TheEssayPageDescribesTheArticleAndListsItsSectionsAsParts()
    {
        var page = await site.Production.GetPageAsync("/essays/cold-war-lessons");
        var article = StructuredData(page);

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Lessons of the Cold War", article.GetProperty("headline").GetString());
        Assert.Equal("Ada Writer", Assert.Single(article.GetProperty("author").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("2024-03-10", article.GetProperty("datePublished").GetString());
        Assert.Equal("2024-03-10", article.GetProperty("dateModified").GetString());
        Assert.Equal(LibrarySite.BaseUrl + "essays/cold-war-lessons", article.GetProperty("url").GetString());
        Assert.Equal(["History", "Diplomacy"], article.GetProperty("keywords").EnumerateArray().Select(keyword => keyword.GetString()));
        var parts = article.GetProperty("hasPart").EnumerateArray().ToArray();
        Assert.Equal(
            page.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.TextContent.Trim()),
            parts.Select(part => part.GetProperty("name").GetString()));
        Assert.Equal(
            page.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.GetAttribute("href")),
            parts.Select(part => LibrarySite.PathOf(part.GetProperty("url").GetString() ?? "")));
    }

    [Fact]
    public async Task ASectionPageDescribesTheSectionAsPartOfTheEssay()
    {
        var article = StructuredData(await site.Production.GetPageAsync("/essays/river-notes/noon"));

        Assert.Equal("Noon", article.GetProperty("headline").GetString());
        Assert.Equal("Ben Walker", Assert.Single(article.GetProperty("author").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("2025-02-01", article.GetProperty("dateModified").GetString());
        Assert.Equal("en-GB", article.GetProperty("inLanguage").GetString());
        Assert.Equal("Notes from the River", article.GetProperty("isPartOf").GetProperty("headline").GetString());
        Assert.Equal(LibrarySite.BaseUrl + "essays/river-notes", article.GetProperty("isPartOf").GetProperty("url").GetString());
    }

    [Fact]
    public async Task AnEssayWithoutAuthorOrDateClaimsNeither()
    {
        var article = StructuredData(await site.Production.GetPageAsync("/essays/musings"));

        Assert.False(article.TryGetProperty("author", out _));
        Assert.False(article.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public async Task MarkupInATitleCannotEscapeTheStructuredData()
    {
        const string Title = "</script><script>alert('x')</script> & \"more\"";
        content.Write("hostile.md", $"---\ntitle: '{Title.Replace("'", "''", StringComparison.Ordinal)}'\n---\nText.");
        using var app = LibrarySite.Create("Production", content.FullName);

        var page = await app.GetPageAsync("/essays/hostile");

        Assert.Equal(200, page.Status);
        var script = Assert.Single(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Equal(Title, StructuredData(page).GetProperty("headline").GetString());
        Assert.Equal(Title, page.Document.Title);
        Assert.Equal(Title, page.Text("h1"));
    }

    /// <summary>A page as read on a given day, for citations that carry their access date.</summary>
    private async Task<Page> ReadOnAsync(DateOnly day, string path)
    {
        using var app = site.Production.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(day))));
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(new Uri(path, UriKind.Relative));
        return new Page(response, await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStreamAsync()));
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);
    }

    /// <summary>Each style's plain-text reference, which is also the formatted one's text.</summary>
    private static Dictionary<string, string> Citations(Page page) =>
        page.Document.QuerySelectorAll("details.citation dt").ToDictionary(
            term => term.TextContent.Trim(),
            term => term.NextElementSibling?.QuerySelector("textarea[readonly]")?.TextContent
                ?? term.NextElementSibling?.QuerySelector("pre > code")?.TextContent ?? "");

    [Fact]
    public async Task TheEssayCanBeCitedInThreeStylesAndBibTeXWithItsPermalink()
    {
        var page = await ReadOnAsync(new DateOnly(2025, 5, 3), "/essays/cold-war-lessons");

        Assert.Equal("Cite this essay", page.Text("details.citation summary"));
        var citations = Citations(page);
        Assert.Equal(["APA", "MLA", "Chicago", "BibTeX"], citations.Keys);
        Assert.Equal(
            "Writer, A. (2024, March 10). Lessons of the cold war. Test Essays. https://essays.example.org/essays/cold-war-lessons",
            citations["APA"]);
        Assert.Equal(
            "Writer, Ada. “Lessons of the Cold War.” Test Essays, 10 Mar. 2024, https://essays.example.org/essays/cold-war-lessons.",
            citations["MLA"]);
        Assert.Equal(
            "Writer, Ada. “Lessons of the Cold War.” Test Essays. March 10, 2024. https://essays.example.org/essays/cold-war-lessons.",
            citations["Chicago"]);
        Assert.Equal(
            """
            @online{cold-war-lessons,
              author = {Writer, Ada},
              title = {Lessons of the Cold War},
              date = {2024-03-10},
              year = {2024},
              organization = {Test Essays},
              url = {https://essays.example.org/essays/cold-war-lessons},
            }
            """,
            citations["BibTeX"]);
    }

    [Fact]
    public async Task EachFormattedReferenceReadsAsItsPlainTextCopy()
    {
        var page = await ReadOnAsync(new DateOnly(2025, 5, 3), "/essays/cold-war-lessons");

        var references = page.Document.QuerySelectorAll("details.citation dd p.reference");
        Assert.Equal(3, references.Length);
        foreach (var reference in references)
        {
            Assert.Equal(reference.ParentElement?.QuerySelector("label.plain-text textarea[readonly]")?.TextContent, reference.TextContent);
        }

        Assert.Equal(["Test Essays"], references[1].QuerySelectorAll("i").Select(italic => italic.TextContent));
    }

    [Fact]
    public async Task ASectionIsCitedWithinItsEssayAtTheSectionsPermalink()
    {
        var page = await ReadOnAsync(new DateOnly(2025, 5, 3), "/essays/cold-war-lessons/arms-control");

        Assert.Equal("Cite this section", page.Text("details.citation summary"));
        var citations = Citations(page);
        Assert.Equal(
            "Writer, A. (2024, March 10). Arms control. In Lessons of the cold war. Test Essays. https://essays.example.org/essays/cold-war-lessons/arms-control",
            citations["APA"]);
        Assert.Equal(
            "Writer, Ada. “Arms Control.” Lessons of the Cold War, Test Essays, 10 Mar. 2024, https://essays.example.org/essays/cold-war-lessons/arms-control.",
            citations["MLA"]);
        Assert.Contains("  title = {Lessons of the Cold War: Arms Control},\n", citations["BibTeX"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAuthorOrDateACitationStartsWithTheTitleAndSaysNoDate()
    {
        var citations = Citations(await ReadOnAsync(new DateOnly(2025, 5, 3), "/essays/musings"));

        Assert.Equal("Musings. (n.d.). Test Essays. https://essays.example.org/essays/musings", citations["APA"]);
        Assert.Equal("“Musings.” Test Essays, https://essays.example.org/essays/musings. Accessed 3 May 2025.", citations["MLA"]);
        Assert.Equal("“Musings.” Test Essays. Accessed May 3, 2025. https://essays.example.org/essays/musings.", citations["Chicago"]);
        Assert.DoesNotContain("author", citations["BibTeX"], StringComparison.Ordinal);
    }
}
