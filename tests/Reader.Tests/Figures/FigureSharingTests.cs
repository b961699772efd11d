using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using Reader.Essays;
using Reader.Essays.Figures;

namespace Reader.Tests.Figures;

/// <summary>
/// Figures everywhere an essay goes: link previews, JSON-LD, the Atom feed and the library card, on the figures
/// fixture (whose harbour essay names a cover) served as in production under the configured public address.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FigureSharingTests : IDisposable
{
    private const string BaseUrl = "https://essays.example.org/";

    private readonly ReaderApp app = new(FigurePagesTests.ContentPath, "Production");
    private readonly TempContent content = new();

    public FigureSharingTests() => app.Settings["Reader:Site:BaseUrl"] = BaseUrl;

    public void Dispose()
    {
        app.Dispose();
        content.Dispose();
    }

    private static string? Meta(Page page, string name) =>
        page.Document.QuerySelector($"head meta[property='{name}'], head meta[name='{name}']")?.GetAttribute("content");

    private static JsonElement StructuredData(Page page) =>
        JsonDocument.Parse(page.One("head script[type='application/ld+json']").TextContent).RootElement;

    private static string PathOf(string absolute)
    {
        Assert.StartsWith(BaseUrl, absolute, StringComparison.Ordinal);
        return "/" + absolute[BaseUrl.Length..];
    }

    private async Task<Page> PageAsync(ReaderApp site, string path)
    {
        var page = await site.GetPageAsync(path);
        Assert.Equal(200, page.Status);
        return page;
    }

    [Theory]
    [InlineData("/essays/harbour")]
    [InlineData("/essays/harbour/all")]
    [InlineData("/essays/harbour/maps")]
    public async Task EveryPageOfAnEssayWithACoverPreviewsItAtAnAbsoluteAddress(string path)
    {
        var page = await PageAsync(app, path);

        var image = Meta(page, "og:image")!;
        Assert.Matches("^/figures/[0-9a-f]{16}/cover\\.png$", PathOf(image));
        Assert.Equal(("Boats at their moorings in the harbour at dawn", "12", "8", "image/png"),
            (Meta(page, "og:image:alt"), Meta(page, "og:image:width"), Meta(page, "og:image:height"), Meta(page, "og:image:type")));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("Boats at their moorings in the harbour at dawn", Meta(page, "twitter:image:alt"));

        var response = await app.CreateReader().GetAsync(new Uri(PathOf(image), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/essays/harbour")]
    [InlineData("/essays/harbour/maps")]
    public async Task TheStructuredDataNamesTheSameImageWithItsSizeInPixels(string path)
    {
        var page = await PageAsync(app, path);

        var image = StructuredData(page).GetProperty("image");
        Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
        Assert.Equal(Meta(page, "og:image"), image.GetProperty("url").GetString());
        Assert.Equal(Meta(page, "og:image"), image.GetProperty("contentUrl").GetString());
        Assert.Equal("image/png", image.GetProperty("encodingFormat").GetString());
        Assert.Equal("Boats at their moorings in the harbour at dawn", image.GetProperty("description").GetString());
        foreach (var (side, pixels) in new[] { ("width", 12), ("height", 8) })
        {
            var size = image.GetProperty(side);
            Assert.Equal(("QuantitativeValue", pixels, "E37"), (size.GetProperty("@type").GetString(), size.GetProperty("value").GetInt32(), size.GetProperty("unitCode").GetString()));
        }
    }

    [Fact]
    public async Task AnEssayWithoutADescribedImageKeepsTheSummaryCard()
    {
        // The broken essay's only image that can be shown has no alternative text.
        var page = await PageAsync(app, "/essays/broken");

        Assert.Null(Meta(page, "og:image"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.False(StructuredData(page).TryGetProperty("image", out _));
    }

    [Fact]
    public async Task WithoutACoverTheFirstDescribedRasterFigureIsPreviewed()
    {
        content.Write("rule.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"2\"/>");
        File.WriteAllBytes(content.PathOf("plain.png"), TestImages.Png(5, 5));
        File.WriteAllBytes(content.PathOf("chart.png"), TestImages.Png(20, 10));
        File.WriteAllBytes(content.PathOf("later.png"), TestImages.Png(7, 7));
        content.Write("essay.md", "# Essay\n\n![decorative](plain.png)\n\n![A diagram](rule.svg)\n\n## Data\n\n![Exports by year](chart.png)\n\n![Later](later.png)\n");
        using var site = new ReaderApp(content.FullName, "Production");
        site.Settings["Reader:Site:BaseUrl"] = BaseUrl;

        var page = await PageAsync(site, "/essays/essay");

        Assert.Matches("^/figures/[0-9a-f]{16}/chart\\.png$", PathOf(Meta(page, "og:image")!));
        Assert.Equal(("Exports by year", "20", "10"), (Meta(page, "og:image:alt"), Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task TheLibraryCardShowsTheCoverAsASmallSizedLazyThumbnail()
    {
        var library = await PageAsync(app, "/");

        var cards = library.Document.QuerySelectorAll("article.essay-card").ToDictionary(card => card.QuerySelector("h2")!.TextContent.Trim());
        var thumbnail = Assert.Single(cards["The Harbour"].QuerySelectorAll("img"));
        Assert.Equal("essay-card-cover", thumbnail.ClassName);
        Assert.Equal(("", "12", "8", "lazy", "async"),
            (thumbnail.GetAttribute("alt"), thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height"), thumbnail.GetAttribute("loading"), thumbnail.GetAttribute("decoding")));
        Assert.Null(thumbnail.GetAttribute("style"));
        Assert.Equal(PathOf(Meta(await PageAsync(app, "/essays/harbour"), "og:image")!), thumbnail.GetAttribute("src"));
        Assert.Empty(cards["Broken figures"].QuerySelectorAll("img"));

        var response = await app.CreateReader().GetAsync(new Uri(thumbnail.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AWideCoverIsThumbnailedByItsNarrowestCopyNotTheOriginal()
    {
        File.Copy(Path.Combine(FigurePagesTests.ContentPath, "harbour", "quay.jpg"), content.PathOf("quay.jpg"));
        content.Write("essay.md", "---\nimage: quay.jpg\nimage_alt: The quay at dawn\n---\n# Essay\n\nText.\n");
        using var site = new ReaderApp(content.FullName, "Production");

        var thumbnail = (await PageAsync(site, "/")).One("img.essay-card-cover");

        Assert.Matches("^/figures/[0-9a-f]{16}/quay-480w\\.webp$", thumbnail.GetAttribute("src"));
        Assert.Equal(("1300", "860"), (thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height")));
        var response = await site.CreateReader().GetAsync(new Uri(thumbnail.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheFeedCarriesTheWholeEssayWithItsFiguresAtAbsoluteAddresses()
    {
        var response = await app.CreateReader().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var entry = SyndicationFeed.Load(reader).Items.Single(item => item.Title.Text == "The Harbour");

        var html = Assert.IsType<TextSyndicationContent>(entry.Content);
        Assert.Equal("html", html.Type);
        var body = new HtmlParser().ParseDocument(html.Text).Body!;
        Assert.Equal(["The Harbour", "Maps", "Photos"], body.QuerySelectorAll("h2").Select(heading => heading.TextContent));
        var images = body.QuerySelectorAll("img").ToArray();
        Assert.Equal(["The harbour at dawn", "a red lighthouse", "The lighthouse again", "A map of the coast", "", "The quay in fog", "A chart of the tonnage landed each year"],
            images.Select(img => img.GetAttribute("alt")));
        var copies = images.SelectMany(img => (img.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(candidate => candidate.Split(' ')[0]).ToArray();
        Assert.NotEmpty(copies);
        var client = app.CreateReader();
        foreach (var source in images.Select(img => img.GetAttribute("src")!).Concat(copies).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(PathOf(source), UriKind.Relative))).StatusCode);
        }

        Assert.Equal($"{BaseUrl}essays/harbour/all#p1", body.QuerySelector("p a.permalink")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<img src=\"/figures/ab/x.png\" srcset=\"/figures/ab/x-480.webp 480w, /figures/ab/x-960.webp 960w\">",
        "<img src=\"https://essays.example.org/figures/ab/x.png\" srcset=\"https://essays.example.org/figures/ab/x-480.webp 480w, https://essays.example.org/figures/ab/x-960.webp 960w\">")]
    [InlineData("<picture><source srcset=\"/figures/ab/x.avif 1x,/figures/ab/x2.avif 2x\"><img src=\"/figures/ab/x.png\"></picture>",
        "<picture><source srcset=\"https://essays.example.org/figures/ab/x.avif 1x, https://essays.example.org/figures/ab/x2.avif 2x\"><img src=\"https://essays.example.org/figures/ab/x.png\"></picture>")]
    [InlineData("<p id=\"p3\">See <a href=\"#p1\">above</a>, <a href=\"/essays/other/part\">there</a> and <a href=\"https://elsewhere.example/\">away</a>.</p>",
        "<p id=\"p3\">See <a href=\"https://essays.example.org/essays/e/all#p1\">above</a>, <a href=\"https://essays.example.org/essays/other/part\">there</a> and <a href=\"https://elsewhere.example/\">away</a>.</p>")]
    [InlineData("<a href=\"mailto:someone@example.org\">write</a>", "<a href=\"mailto:someone@example.org\">write</a>")]
    public void FeedTextHasEveryAddressMadeAbsolute(string html, string expected) =>
        Assert.Equal(expected, Reader.Feeds.FeedContent.Absolute(html, new Uri("https://essays.example.org/essays/e/all")));
}
