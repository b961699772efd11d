using AngleSharp.Dom;

namespace Reader.Tests.Pages;

/// <summary>Search hits link to the matched words themselves, and every paragraph links to itself (issue 18).</summary>
[Collection(AppCollection.Name)]
public sealed class LinksToAPassageTests(SeedSite site) : IDisposable
{
    private const string Directive = ":~:text=";

    private readonly ReaderApp app = site.App;
    private readonly ReaderApp searchFixture = new(SearchFixture.ContentPath);
    private readonly LanguagesSite languages = new();

    public void Dispose()
    {
        searchFixture.Dispose();
        languages.Dispose();
    }

    /// <summary>The first hit's link, and the paragraph and words it leads to, read as a browser reads them.</summary>
    private static async Task<(string Href, IElement Paragraph, string Words)> FollowFirstHitAsync(ReaderApp reader, string query)
    {
        var results = await reader.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        var href = results.Href("main .search-results h2 a")!;
        var (path, fragment) = (href[..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        var id = fragment[..fragment.IndexOf(Directive, StringComparison.Ordinal)];
        var terms = fragment[(id.Length + Directive.Length)..].Split(',');
        var prefix = terms[0].EndsWith('-') ? Uri.UnescapeDataString(terms[0][..^1]) + " " : "";
        var words = Uri.UnescapeDataString(terms[prefix.Length > 0 ? 1 : 0]);

        var target = await reader.GetPageAsync(path);
        Assert.Equal(200, target.Status);
        var paragraph = target.Document.GetElementById(id);
        Assert.NotNull(paragraph);
        Assert.Equal("P", paragraph.TagName);
        Assert.Contains(prefix + words, ShownText(paragraph));
        return (href, paragraph, words);
    }

    /// <summary>A paragraph's text as a reader sees it, without the margin copies of its notes, white space as one space.</summary>
    private static string ShownText(IElement paragraph)
    {
        var copy = (IElement)paragraph.Clone();
        foreach (var sidenote in copy.QuerySelectorAll(".sidenote"))
        {
            sidenote.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task AHitLinksToTheParagraphOfItsMatchWithTheMatchedWordsAsATextFragment()
    {
        var (href, paragraph, words) = await FollowFirstHitAsync(app, "sanction");

        Assert.Equal("sanctioned", words);
        Assert.StartsWith($"/essays/{SeedEssay.Slug}/the-catalyst-of-the-ukraine-conflict#{paragraph.Id}:~:text=", href);
    }

    [Theory]
    [InlineData("Sino-Russian", "Sino-Russian", "%2D")]
    [InlineData("\"China, underscoring\"", "China, underscoring", "%2C")]
    [InlineData("\"as a No Limits\"", "as a “No Limits", "%E2%80%9C")]
    public async Task HyphensCommasAndQuotesInTheMatchedWordsArePercentEncoded(string query, string words, string encoded)
    {
        var (href, _, found) = await FollowFirstHitAsync(app, query);

        Assert.Equal(words, found);
        Assert.Contains(encoded, href);
        Assert.DoesNotContain(words, href);
    }

    [Fact]
    public async Task AnAmpersandInTheMatchedWordsIsPercentEncoded()
    {
        var (href, _, found) = await FollowFirstHitAsync(searchFixture, "\"script more\"");

        Assert.Equal("script> & more", found);
        Assert.Contains("script%3E%20%26%20more", href);
    }

    [Fact]
    public async Task ArabicWordsArePercentEncodedAsUtf8()
    {
        var (href, _, found) = await FollowFirstHitAsync(languages.App, "منارة");

        Assert.Equal("المنارة", found);
        Assert.EndsWith("%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B1%D8%A9", href);
    }

    [Fact]
    public async Task AHitInTheHeadingOnlyLinksToTheSection()
    {
        var results = await searchFixture.GetPageAsync("/search?q=zurich");

        Assert.Equal("/essays/cafe-society/letters-from-zurich", results.Href("main .search-results h2 a"));
    }

    [Theory]
    [MemberData(nameof(SeedEssay.SectionIndexes), MemberType = typeof(SeedEssay))]
    public async Task EachParagraphsPilcrowLinksToThatParagraphWithoutScript(int index)
    {
        var page = await app.GetPageAsync((await app.SectionPathsAsync(SeedEssay.Slug))[index]);

        var paragraphs = page.Document.QuerySelectorAll("article p[id^=p]");
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, paragraph =>
        {
            var link = Assert.Single(paragraph.QuerySelectorAll("a.permalink"));
            Assert.Same(paragraph, page.Document.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
            Assert.Equal($"Link to paragraph {paragraph.Id![1..]}", link.GetAttribute("aria-label"));
        });
    }
}
