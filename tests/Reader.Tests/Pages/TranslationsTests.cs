using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Reader.Tests.Pages;

/// <summary>The language versions of one essay, linked by translationKey: alternates, the sitemap and 'Read in'.</summary>
[Collection(AppCollection.Name)]
public sealed class TranslationsTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly LanguagesSite site = new();

    public void Dispose() => site.Dispose();

    private static Dictionary<string, string> Alternates(Page page) =>
        page.Document.QuerySelectorAll("head link[rel=alternate][hreflang]")
            .ToDictionary(link => link.GetAttribute("hreflang")!, link => link.GetAttribute("href")!);

    /// <summary>Every page of a version: its front page, the whole essay, and each section its contents list.</summary>
    private async Task<List<string>> PagesOf(string essay)
    {
        var front = await site.App.GetPageAsync($"/essays/{essay}");
        return [$"/essays/{essay}", $"/essays/{essay}/all",
            .. front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.GetAttribute("href")!)];
    }

    [Fact]
    public async Task EveryPageOfEveryVersionNamesItselfEachOtherVersionAndTheDefaultAndEachOfThemAnswersTheSame()
    {
        var checkedPages = 0;
        foreach (var essay in LanguagesSite.Versions)
        {
            foreach (var path in await PagesOf(essay))
            {
                var page = await site.App.GetPageAsync(path);
                Assert.Equal(200, page.Status);
                var alternates = Alternates(page);

                Assert.Equal(["ar", "en", "fr", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
                Assert.Equal(page.Href("link[rel=canonical]"), alternates[page.Document.DocumentElement.GetAttribute("lang")!]);
                // The default is the version in the site's language, English.
                Assert.Equal(alternates["en"], alternates["x-default"]);
                foreach (var (_, href) in alternates)
                {
                    var other = await site.App.GetPageAsync(LibrarySite.PathOf(href));
                    Assert.Equal(alternates, Alternates(other));
                }

                checkedPages++;
            }
        }

        // Three versions, each with a front page, the whole essay and four sections.
        Assert.Equal(18, checkedPages);
    }

    [Fact]
    public async Task SectionsPairWithTheSectionOfTheSameNumber()
    {
        var page = await site.App.GetPageAsync($"/essays/{LanguagesSite.English}/the-log");

        var alternates = Alternates(page);

        Assert.Equal($"{LibrarySite.BaseUrl}essays/{LanguagesSite.French}/le-journal", alternates["fr"]);
        var arabic = await site.App.GetPageAsync($"/essays/{LanguagesSite.Arabic}");
        var thirdArabicSection = arabic.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a")[2].GetAttribute("href")!;
        Assert.Equal(LibrarySite.BaseUrl + thirdArabicSection.TrimStart('/'), alternates["ar"]);
    }

    [Fact]
    public async Task AnEssayWithoutTranslationsHasNoLanguageAlternatesNorReadInLinks()
    {
        var page = await site.App.GetPageAsync($"/essays/{LanguagesSite.Japanese}");

        Assert.Empty(Alternates(page));
        Assert.Null(page.Document.QuerySelector("nav.translations"));
    }

    [Fact]
    public async Task TheSitemapGivesEachPageOfEachVersionTheSameAlternatesAsItsHead()
    {
        using var client = site.App.CreateReader();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = sitemap.Root!.Elements(Sitemap + "url")
            .ToDictionary(url => url.Element(Sitemap + "loc")!.Value, url => url.Elements(Xhtml + "link").ToList());

        var paired = 0;
        foreach (var essay in LanguagesSite.Versions)
        {
            foreach (var path in await PagesOf(essay))
            {
                var page = await site.App.GetPageAsync(path);
                var links = urls[page.Href("link[rel=canonical]")!];
                Assert.All(links, link => Assert.Equal("alternate", link.Attribute("rel")?.Value));
                Assert.Equal(Alternates(page), links.ToDictionary(link => link.Attribute("hreflang")!.Value, link => link.Attribute("href")!.Value));
                paired++;
            }
        }

        Assert.Equal(18, paired);
        Assert.Empty(urls[$"{LibrarySite.BaseUrl}essays/{LanguagesSite.Japanese}"]);
        Assert.Empty(urls[LibrarySite.BaseUrl]);
    }

    [Fact]
    public async Task EachVersionOffersTheOthersInTheirOwnLanguagesNames()
    {
        var english = await site.App.GetPageAsync($"/essays/{LanguagesSite.English}");
        var french = await site.App.GetPageAsync($"/essays/{LanguagesSite.French}/la-lampe");

        Assert.Equal("Read in: العربية · Français", string.Join(' ', english.Text("nav.translations").Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)));
        var links = english.Document.QuerySelectorAll("nav.translations a");
        Assert.Equal(["ar", "fr"], links.Select(link => link.GetAttribute("hreflang")));
        Assert.Equal(["ar", "fr"], links.Select(link => link.GetAttribute("lang")));
        Assert.Equal(["rtl", "ltr"], links.Select(link => link.GetAttribute("dir")));
        Assert.Equal([$"/essays/{LanguagesSite.Arabic}", $"/essays/{LanguagesSite.French}"], links.Select(link => link.GetAttribute("href")));

        var fromFrench = french.Document.QuerySelectorAll("nav.translations a");
        Assert.Equal(["العربية", "English"], fromFrench.Select(link => link.TextContent.Trim()));
        Assert.Equal($"/essays/{LanguagesSite.English}/the-lamp", fromFrench[1].GetAttribute("href"));
        Assert.Equal("en", french.One("nav.translations").GetAttribute("lang"));
    }

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>xml:lang is inherited: an element's language is that of its nearest ancestor that says one (XML 1.0, 2.12).</summary>
    private static string? LanguageOf(XElement element) =>
        element.AncestorsAndSelf().Select(ancestor => ancestor.Attribute(XNamespace.Xml + "lang")?.Value).FirstOrDefault(lang => lang is not null);

    /// <summary>Each entry of the Atom document at <paramref name="path"/> by its essay's slug.</summary>
    private async Task<Dictionary<string, XElement>> EntriesOf(string path)
    {
        var response = await site.App.CreateReader().GetAsync(new Uri(path, UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", LanguageOf(feed.Root!));
        return feed.Root!.Elements(Atom + "entry").ToDictionary(
            entry => entry.Elements(Atom + "link").Single(link => link.Attribute("rel")?.Value == "alternate").Attribute("href")!.Value.Split('/')[^1],
            entry => entry);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/opds.xml")]
    public async Task EachEntryOfTheFeedAndTheCatalogueIsInItsEssaysLanguage(string path)
    {
        var entries = await EntriesOf(path);

        Assert.Equal(
            new Dictionary<string, string?> { [LanguagesSite.English] = "en", [LanguagesSite.French] = "fr", [LanguagesSite.Arabic] = "ar", [LanguagesSite.Japanese] = "ja" },
            entries.ToDictionary(entry => entry.Key, entry => LanguageOf(entry.Value.Element(Atom + "title")!)));
    }

    [Fact]
    public async Task ARightToLeftEssaysFeedTextSaysItsDirectionAndTheOthersDoNot()
    {
        var entries = await EntriesOf("/feed.xml");

        string? DirectionOf(string slug) =>
            new HtmlParser().ParseDocument(entries[slug].Element(Atom + "content")!.Value).Body!.FirstElementChild?.GetAttribute("dir");
        Assert.Equal("rtl", DirectionOf(LanguagesSite.Arabic));
        Assert.Null(DirectionOf(LanguagesSite.English));
        Assert.Null(DirectionOf(LanguagesSite.Japanese));
    }
}
