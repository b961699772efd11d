using System.IO.Compression;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Reader.Tests.Books;

/// <summary>The OPDS catalogue, as an e-reader app reads it: an Atom acquisition feed whose links download the EPUBs.</summary>
[Collection(AppCollection.Name)]
public sealed class CatalogueTests : IDisposable
{
    private const string Acquisition = "http://opds-spec.org/acquisition";
    private const string CatalogueType = "application/atom+xml;profile=opds-catalog;kind=acquisition";

    private readonly ReaderApp app = LibrarySite.Create("Production");

    public void Dispose() => app.Dispose();

    private async Task<(HttpResponseMessage Response, SyndicationFeed Feed)> CatalogueAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/opds.xml", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return (response, SyndicationFeed.Load(reader));
    }

    [Fact]
    public async Task TheCatalogueIsAnAcquisitionFeedOfEveryPublishedEssay()
    {
        var (response, feed) = await CatalogueAsync(app.CreateReader());
        var library = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CatalogueType, response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(
            library.Document.QuerySelectorAll("ol.library h2 a, ol.library h3 a").Select(link => link.TextContent.Trim()),
            feed.Items.Select(item => item.Title.Text));
        Assert.Contains(feed.Links, link => link.RelationshipType == "self" && link.MediaType == CatalogueType);
        Assert.All(feed.Items, item => Assert.Single(item.Links, link => link.RelationshipType == Acquisition && link.MediaType == "application/epub+zip"));
    }

    [Fact]
    public async Task EveryAcquisitionLinkAnswersWithTheEpub()
    {
        var client = app.CreateReader();
        var (_, feed) = await CatalogueAsync(client);

        foreach (var link in feed.Items.SelectMany(item => item.Links).Where(link => link.RelationshipType == Acquisition))
        {
            var response = await client.GetAsync(new Uri(LibrarySite.PathOf(link.Uri.AbsoluteUri), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/epub+zip", response.Content.Headers.ContentType?.MediaType);
            using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
            var first = zip.Entries[0];
            Assert.Equal("mimetype", first.FullName);
            Assert.Equal(first.Length, first.CompressedLength);
            using var text = new StreamReader(first.Open());
            Assert.Equal("application/epub+zip", await text.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task TheLibraryPageAndTheAtomFeedLinkToTheCatalogue()
    {
        var client = app.CreateReader();
        var library = await app.GetPageAsync("/", client);
        using var reader = XmlReader.Create(await client.GetStreamAsync(new Uri("/feed.xml", UriKind.Relative)));
        var atom = SyndicationFeed.Load(reader);

        Assert.Equal("/opds.xml", library.Href($"head link[rel=related][type='{CatalogueType}']"));
        Assert.Equal("/opds.xml", library.Href("main a[href='/opds.xml']"));
        Assert.Contains(atom.Links, link => link.RelationshipType == "related" && link.MediaType == CatalogueType
            && link.Uri.AbsoluteUri == LibrarySite.BaseUrl + "opds.xml");
    }
}
