using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Reader.Tests.Books;

namespace Reader.Tests.Series;

/// <summary>A series away from its pages: its Atom feed, the sitemap, and its EPUBs as epubcheck and e-readers read them.</summary>
[Collection(AppCollection.Name)]
public sealed class SeriesFeedsAndBooksTests(SeriesSite site) : IClassFixture<SeriesSite>
{
    private static readonly XNamespace Opf = EpubFile.Opf;

    [Fact]
    public async Task TheSeriesFeedParsesAndListsThePartsInOrder()
    {
        var response = await site.App.CreateReader().GetAsync(new Uri("/series/letters-from-the-coast/feed.xml", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("Letters from the Coast · Test Essays", feed.Title.Text);
        Assert.Equal("https://essays.example.org/series/letters-from-the-coast", feed.Id);
        Assert.Equal("https://essays.example.org/series/letters-from-the-coast/feed.xml", feed.Links.Single(link => link.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal(["The Crossing", "Landfall", "The Return"], feed.Items.Select(item => item.Title.Text));
        Assert.Equal(
            ["/essays/the-crossing", "/essays/landfall", "/essays/the-return"],
            feed.Items.Select(item => LibrarySite.PathOf(Assert.Single(item.Links).Uri.AbsoluteUri)));
        Assert.Equal(feed.Items.Max(item => item.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task TheSitemapListsTheSeriesPage()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = XDocument.Parse(await site.App.CreateReader().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        var entry = Assert.Single(document.Descendants(sitemap + "url"), url => url.Element(sitemap + "loc")!.Value.Contains("/series/", StringComparison.Ordinal));
        Assert.Equal("https://essays.example.org/series/letters-from-the-coast", entry.Element(sitemap + "loc")!.Value);
        Assert.Equal("2024-04-01T00:00:00Z", entry.Element(sitemap + "lastmod")!.Value);
    }

    [Fact]
    public async Task TheWholeSeriesEpubPassesEpubcheckWithoutAWarning()
    {
        var epub = await site.App.CreateReader().GetByteArrayAsync(new Uri("/series/letters-from-the-coast.epub", UriKind.Relative));

        var report = await Epubcheck.CheckAsync(epub, "letters-from-the-coast");

        Assert.True(report.Counts == (0, 0, 0) && report.ExitCode == 0, $"epubcheck on the series EPUB:\n{report.Output}");
    }

    [Theory]
    [InlineData("the-crossing")]
    [InlineData("landfall")]
    [InlineData("the-return")]
    public async Task EveryPartsOwnEpubPassesEpubcheckWithoutAWarning(string slug)
    {
        var epub = await site.App.CreateReader().GetByteArrayAsync(new Uri($"/essays/{slug}.epub", UriKind.Relative));

        var report = await Epubcheck.CheckAsync(epub, slug);

        Assert.True(report.Counts == (0, 0, 0) && report.ExitCode == 0, $"epubcheck on {slug}.epub:\n{report.Output}");
    }

    [Fact]
    public async Task TheWholeSeriesEpubHoldsEveryPartInOrderAndBelongsToTheSeries()
    {
        var response = await site.App.CreateReader().GetAsync(new Uri("/series/letters-from-the-coast.epub", UriKind.Relative));
        var epub = new EpubFile(await response.Content.ReadAsByteArrayAsync());
        var metadata = epub.Package.Root!.Element(Opf + "metadata")!;

        Assert.Equal("application/epub+zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("letters-from-the-coast.epub", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(SeriesSite.Name, metadata.Element(EpubFile.Dc + "title")!.Value);
        var collection = Assert.Single(metadata.Elements(Opf + "meta"), meta => meta.Attribute("property")?.Value == "belongs-to-collection");
        Assert.Equal(SeriesSite.Name, collection.Value);
        Assert.Equal("series", Refinement(metadata, collection, "collection-type"));
        Assert.Null(Refinement(metadata, collection, "group-position"));
        Assert.Equal(
            ["title", "part-1-title", "part-1-section-001", "part-1-section-002", "part-1-section-003",
             "part-2-title", "part-2-section-001", "part-2-section-002", "part-2-section-003",
             "part-3-title", "part-3-section-001", "part-3-section-002"],
            epub.Spine.Select(path => Path.GetFileNameWithoutExtension(path)));
        Assert.Equal("The Quay Half the island stood on the quay to watch the boat come in, and the other half pretended not to.",
            EpubFile.SectionText(epub.Xml("EPUB/part-2-section-002.xhtml")));
        var parts = epub.Xml("EPUB/nav.xhtml").Descendants(EpubFile.Xhtml + "nav").Single().Element(EpubFile.Xhtml + "ol")!.Elements(EpubFile.Xhtml + "li");
        Assert.Equal(["Part 1: The Crossing", "Part 2: Landfall", "Part 3: The Return"], parts.Select(part => part.Element(EpubFile.Xhtml + "a")!.Value));
    }

    [Fact]
    public async Task ALinkToAnotherPartLeadsToItsDocumentInTheSeriesEpubAndToTheSiteInThePartsOwn()
    {
        var client = site.App.CreateReader();
        var series = new EpubFile(await client.GetByteArrayAsync(new Uri("/series/letters-from-the-coast.epub", UriKind.Relative)));
        var own = new EpubFile(await client.GetByteArrayAsync(new Uri("/essays/the-return.epub", UriKind.Relative)));

        static string? Href(XDocument document) =>
            document.Descendants(EpubFile.Xhtml + "a").Single(link => link.Value == "the first crossing").Attribute("href")?.Value;
        Assert.Equal("part-1-section-003.xhtml", Href(series.Xml("EPUB/part-3-section-002.xhtml")));
        Assert.Equal("https://essays.example.org/essays/the-crossing/the-first-gull", Href(own.Xml("EPUB/section-002.xhtml")));
    }

    [Theory]
    [InlineData("the-crossing", "1")]
    [InlineData("landfall", "2")]
    [InlineData("the-return", "3")]
    public async Task APartsOwnEpubBelongsToTheSeriesAtItsPosition(string slug, string position)
    {
        var epub = new EpubFile(await site.App.CreateReader().GetByteArrayAsync(new Uri($"/essays/{slug}.epub", UriKind.Relative)));
        var metadata = epub.Package.Root!.Element(Opf + "metadata")!;

        var collection = Assert.Single(metadata.Elements(Opf + "meta"), meta => meta.Attribute("property")?.Value == "belongs-to-collection");
        Assert.Equal(SeriesSite.Name, collection.Value);
        Assert.Equal("series", Refinement(metadata, collection, "collection-type"));
        Assert.Equal(position, Refinement(metadata, collection, "group-position"));
    }

    [Fact]
    public async Task AnEssayInNoSeriesBelongsToNoCollection()
    {
        var epub = new EpubFile(await site.App.CreateReader().GetByteArrayAsync(new Uri("/essays/harbour-notes.epub", UriKind.Relative)));

        Assert.DoesNotContain(epub.Package.Descendants(Opf + "meta"), meta => meta.Attribute("property")?.Value == "belongs-to-collection");
    }

    [Fact]
    public async Task TwoProcessesServeTheSameSeriesEpubBytesWithAStrongETag()
    {
        using var other = LibrarySite.Create("Production", SeriesSite.ContentPath);
        var first = await site.App.CreateReader().GetAsync(new Uri("/series/letters-from-the-coast.epub", UriKind.Relative));
        var second = await other.CreateReader().GetAsync(new Uri("/series/letters-from-the-coast.epub", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/series/letters-from-the-coast.epub");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var revalidated = await site.App.CreateReader().SendAsync(again);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    private static string? Refinement(XElement metadata, XElement refined, string property) =>
        metadata.Elements(Opf + "meta")
            .SingleOrDefault(meta => meta.Attribute("refines")?.Value == "#" + refined.Attribute("id")!.Value && meta.Attribute("property")?.Value == property)?.Value;
}
