using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Reader.Tests.Books;

/// <summary>An essay's EPUB as a reader downloads it: its headers, its validators, and what is inside.</summary>
[Collection(AppCollection.Name)]
public sealed class EpubDownloadTests : IDisposable
{
    private readonly ReaderApp app = LibrarySite.Create("Production", EpubValidityTests.Fixture("books"));

    public void Dispose() => app.Dispose();

    private async Task<EpubFile> DownloadAsync(string slug) =>
        new(await app.CreateReader().GetByteArrayAsync(new Uri($"/essays/{slug}.epub", UriKind.Relative)));

    [Fact]
    public async Task TheEpubIsAnAttachmentWithItsTypeAndAStrongETag()
    {
        var response = await app.CreateReader().GetAsync(new Uri("/essays/field-notes.epub", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/epub+zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"field-notes.epub\"", string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        var tag = response.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Null(response.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    [Fact]
    public async Task AMatchingIfNoneMatchGetsNotModifiedAndHeadGetsTheHeadersAlone()
    {
        var client = app.CreateReader();
        var address = new Uri("/essays/field-notes.epub", UriKind.Relative);
        var first = await client.GetAsync(address);
        var length = (await first.Content.ReadAsByteArrayAsync()).Length;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, address);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(conditional);
        using var head = new HttpRequestMessage(HttpMethod.Head, address);
        var headers = await client.SendAsync(head);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, headers.StatusCode);
        Assert.Equal(first.Headers.ETag, headers.Headers.ETag);
        Assert.Equal(length, headers.Content.Headers.ContentLength);
        Assert.Empty(await headers.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnUnknownEssayHasNoEpub()
    {
        var response = await app.CreateReader().GetAsync(new Uri("/essays/nothing-here.epub", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheMimetypeIsTheFirstEntryStoredWithoutExtraFields()
    {
        var epub = await DownloadAsync("field-notes");
        var bytes = epub.Bytes;

        Assert.Equal("mimetype", epub.Names[0]);
        Assert.Equal("PK\u0003\u0004"u8.ToArray(), bytes[..4]);
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8)); // compression method: stored
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26)); // file name length
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28)); // extra field length
        Assert.Equal("mimetypeapplication/epub+zip"u8.ToArray(), bytes[30..58]);
    }

    [Fact]
    public async Task TwoAppsBuildByteIdenticalEpubs()
    {
        using var other = LibrarySite.Create("Production", EpubValidityTests.Fixture("books"));

        var here = await DownloadAsync("field-notes");
        var there = await other.CreateReader().GetByteArrayAsync(new Uri("/essays/field-notes.epub", UriKind.Relative));

        Assert.Equal(here.Bytes, there);
    }

    [Fact]
    public async Task EntriesAreDatedByTheEssaysLastUpdate()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream((await DownloadAsync("field-notes")).Bytes));

        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(2025, 4, 2), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public async Task ThePackageCarriesTheFrontMatter()
    {
        var package = (await DownloadAsync("field-notes")).Package;
        string[] Values(string name) => [.. package.Descendants(EpubFile.Dc + name).Select(element => element.Value)];

        Assert.Equal(["Field Notes", "A sampler of everything an essay can hold"], Values("title"));
        Assert.Equal(["Mara Quill", "Ann Other"], Values("creator"));
        Assert.Equal(["en-GB"], Values("language"));
        Assert.Equal(["2025-03-14"], Values("date"));
        Assert.Equal(["Testing", "Books"], Values("subject"));
        Assert.Equal(["Footnotes, subheadings, a table, code, quotations and links, for the EPUB tests."], Values("description"));
        var modified = package.Descendants(EpubFile.Opf + "meta").Single(meta => (string?)meta.Attribute("property") == "dcterms:modified");
        Assert.Equal("2025-04-02T00:00:00Z", modified.Value);
        var identifier = Assert.Single(Values("identifier"));
        // A UUID of version 5 (name-based, SHA-1) of the permalink: RFC 9562's bits, and the same for every build.
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", identifier);
        Assert.Equal(Reader.Books.BookIdentifier.Of(new Uri(LibrarySite.BaseUrl + "essays/field-notes")), identifier);
    }

    [Fact]
    public async Task AnEssayThatNamesNoAuthorCreditsNobody()
    {
        var package = (await DownloadAsync("no-author")).Package;

        Assert.Empty(package.Descendants(EpubFile.Dc + "creator"));
        Assert.Empty(package.Descendants(EpubFile.Dc + "date"));
    }

    [Fact]
    public async Task EachSectionIsItsOwnDocumentWithTheSitesTextAndParagraphIds()
    {
        var epub = await DownloadAsync("field-notes");
        var client = app.CreateReader();
        var essay = await app.GetPageAsync("/essays/field-notes", client);
        var sectionPaths = essay.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a").Select(link => link.GetAttribute("href")!).ToArray();
        var documents = epub.Spine.Skip(1).ToArray();

        Assert.Equal(sectionPaths.Length, documents.Length);
        for (var i = 0; i < documents.Length; i++)
        {
            var page = await app.GetPageAsync(sectionPaths[i], client);
            var body = epub.Xml(documents[i]).Root!.Element(EpubFile.Xhtml + "body")!;
            Assert.Equal(SectionPageText(page), EpubFile.SectionText(epub.Xml(documents[i])));
            Assert.Equal(
                page.Document.QuerySelectorAll("article.section p[id]").Select(paragraph => paragraph.Id),
                body.Descendants(EpubFile.Xhtml + "p").Select(paragraph => (string?)paragraph.Attribute("id")).OfType<string>());
        }
    }

    /// <summary>The section's heading and text on its page, without the page's furniture (position, links, the passage link, the citation box, the margin copies of the notes).</summary>
    internal static string SectionPageText(Page page)
    {
        var article = (AngleSharp.Dom.IElement)page.One("article.section").Clone();
        foreach (var sidenote in article.QuerySelectorAll("span.sidenote"))
        {
            sidenote.Remove();
        }

        var heading = article.QuerySelector("header h1")!.TextContent;
        var text = article.Children
            .Where(child => child.LocalName != "header" && !child.ClassList.Contains("whole-essay-link") && !child.ClassList.Contains("passage") && !child.ClassList.Contains("citation"))
            .Select(child => child.TextContent);
        return EpubFile.Normalised(string.Join(' ', [heading, .. text]));
    }

    [Fact]
    public async Task FootnotesAreEpubNotesThatTheirReferencesReach()
    {
        var epub = await DownloadAsync("field-notes");
        var observations = epub.Xml(epub.Spine[2]);

        var reference = Assert.Single(observations.Descendants(EpubFile.Xhtml + "a"), link => (string?)link.Attribute(EpubFile.Ops + "type") == "noteref");
        var note = Assert.Single(observations.Descendants(EpubFile.Xhtml + "aside"));
        Assert.Equal("footnote", (string?)note.Attribute(EpubFile.Ops + "type"));
        Assert.Equal("#" + (string?)note.Attribute("id"), (string?)reference.Attribute("href"));
        Assert.StartsWith("Said in passing.", note.Value.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksBetweenSectionsLeadToTheirDocumentsAndOtherPagesAreAbsolute()
    {
        var epub = await DownloadAsync("field-notes");
        string[] Links(int document) => [.. epub.Xml(epub.Spine[document]).Descendants(EpubFile.Xhtml + "a")
            .Where(link => link.Attribute("class") is null).Select(link => (string)link.Attribute("href")!)];

        var opening = Links(1);
        var observations = Links(2);
        var numbers = Links(3);

        Assert.Equal([Path.GetFileName(epub.Spine[3])], opening);
        Assert.Equal(
            [$"{Path.GetFileName(epub.Spine[1])}#p1", $"{Path.GetFileName(epub.Spine[1])}#p1", LibrarySite.BaseUrl,
             LibrarySite.BaseUrl + "essays/elsewhere", "https://example.com/page?a=1&b=2"],
            observations);
        Assert.Equal([$"{Path.GetFileName(epub.Spine[2])}#a-closer-look"], numbers);
    }

    [Fact]
    public async Task TheNavigationDocumentListsTheSectionsAndTheirSubheadings()
    {
        var epub = await DownloadAsync("field-notes");
        var nav = epub.Xml("EPUB/nav.xhtml").Descendants(EpubFile.Xhtml + "nav").Single(element => (string?)element.Attribute(EpubFile.Ops + "type") == "toc");

        Assert.Equal(["Field Notes", "Observations", "A Closer Look", "2024 in Numbers"], nav.Descendants(EpubFile.Xhtml + "a").Select(link => link.Value));
    }

    [Fact]
    public async Task TheEssayPagesLinkToTheEpubVisiblyAndInTheirHead()
    {
        var client = app.CreateReader();
        foreach (var path in new[] { "/essays/field-notes", "/essays/field-notes/all" })
        {
            var page = await app.GetPageAsync(path, client);

            Assert.Equal("/essays/field-notes.epub", page.Href("head link[rel=alternate][type='application/epub+zip']"));
            var download = Assert.Single(page.Document.QuerySelectorAll("main a, article a"), link => link.TextContent.Trim() == "Download EPUB");
            var response = await client.GetAsync(new Uri(download.GetAttribute("href")!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(new MediaTypeHeaderValue("application/epub+zip"), response.Content.Headers.ContentType);
        }
    }
}
