using System.Xml.Linq;
using Reader.Books;

namespace Reader.Tests.Books;

/// <summary>What the seed essay's and a figure essay's EPUBs hold, against the pages the site shows.</summary>
[Collection(AppCollection.Name)]
public sealed class EpubContentTests(SeedSite seed)
{
    [Fact]
    public async Task EachSeedSectionReadsInTheEpubAsOnItsPage()
    {
        var client = seed.App.CreateReader();
        var epub = new EpubFile(await client.GetByteArrayAsync(new Uri($"/essays/{SeedEssay.Slug}.epub", UriKind.Relative)));
        var documents = epub.Spine.Skip(1).ToArray();

        Assert.Equal(SeedEssay.Sections.Count, documents.Length);
        var essay = await seed.App.GetPageAsync($"/essays/{SeedEssay.Slug}", client);
        var paths = essay.Document.QuerySelectorAll("nav[aria-label=Contents] > ol > li > a").Select(link => link.GetAttribute("href")!).ToArray();
        for (var i = 0; i < documents.Length; i++)
        {
            var page = await seed.App.GetPageAsync(paths[i], client);
            var body = epub.Xml(documents[i]).Root!.Element(EpubFile.Xhtml + "body")!;
            Assert.Equal(EpubDownloadTests.SectionPageText(page), EpubFile.SectionText(epub.Xml(documents[i])));
            Assert.Equal(SeedEssay.Sections[i].Heading, body.Descendants(EpubFile.Xhtml + "h1").Single().Value);
        }
    }

    [Fact]
    public async Task FiguresAreInsideThePackageOnceEachWithTheirMediaTypes()
    {
        using var app = LibrarySite.Create("Production", EpubValidityTests.Fixture("figures"));
        var epub = new EpubFile(await app.CreateReader().GetByteArrayAsync(new Uri("/essays/harbour.epub", UriKind.Relative)));
        var items = epub.Package.Descendants(EpubFile.Opf + "item")
            .Where(item => ((string)item.Attribute("media-type")!).StartsWith("image/", StringComparison.Ordinal))
            .ToDictionary(item => (string)item.Attribute("href")!, item => (string)item.Attribute("media-type")!);
        var sources = epub.Spine.Skip(1)
            .SelectMany(document => epub.Xml(document).Descendants(EpubFile.Xhtml + "img"))
            .Select(image => (string)image.Attribute("src")!)
            .ToArray();

        // harbour.png, lighthouse.png (shown twice), maps/coast.gif, the shared rule.svg, quay.jpg and tonnage.png,
        // and cover.png, which no section shows.
        Assert.Equal(["image/gif", "image/jpeg", "image/png", "image/png", "image/png", "image/png", "image/svg+xml"], items.Values.Order());
        var cover = (string)epub.Package.Descendants(EpubFile.Opf + "item").Single(item => (string?)item.Attribute("properties") == "cover-image").Attribute("href")!;
        Assert.Equal(items.Keys.Order(), sources.Append(cover).Distinct().Order());
        Assert.Equal(7, sources.Length);
        // The site's resized copies are for screens of every size; a book carries its one original.
        Assert.DoesNotContain(epub.Spine.Skip(1).SelectMany(document => epub.Xml(document).Descendants(EpubFile.Xhtml + "img")),
            image => image.Attribute("srcset") is not null || image.Attribute("sizes") is not null);
        Assert.All(items.Keys, href => Assert.Contains("EPUB/" + href, epub.Names));
        var harbour = await File.ReadAllBytesAsync(Path.Combine(EpubValidityTests.Fixture("figures"), "harbour", "harbour.png"));
        Assert.Contains(items.Keys, href => epub.Entry("EPUB/" + href).SequenceEqual(harbour));
    }

    [Fact]
    public async Task TheFrontMattersImageIsTheBooksCover()
    {
        using var app = LibrarySite.Create("Production", EpubValidityTests.Fixture("figures"));
        var epub = new EpubFile(await app.CreateReader().GetByteArrayAsync(new Uri("/essays/harbour.epub", UriKind.Relative)));

        var cover = Assert.Single(epub.Package.Descendants(EpubFile.Opf + "item"), item => (string?)item.Attribute("properties") == "cover-image");

        Assert.Equal("image/png", (string)cover.Attribute("media-type")!);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(EpubValidityTests.Fixture("figures"), "harbour", "cover.png"));
        Assert.Equal(bytes, epub.Entry("EPUB/" + (string)cover.Attribute("href")!));
    }

    [Fact]
    public async Task AnSvgFigureCarriesNoScriptIntoTheEpub()
    {
        using var app = LibrarySite.Create("Production", EpubValidityTests.Fixture("figures"));
        var epub = new EpubFile(await app.CreateReader().GetByteArrayAsync(new Uri("/essays/harbour.epub", UriKind.Relative)));
        var svg = XDocument.Load(new MemoryStream(epub.Entry(Assert.Single(epub.Names, name => name.EndsWith(".svg", StringComparison.Ordinal)))));

        Assert.DoesNotContain(svg.Descendants(), element => element.Name.LocalName == "script");
        Assert.Single(svg.Descendants(), element => element.Name.LocalName == "rect");
    }

    [Theory]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")]
    public void TheIdentifierIsAVersion5UuidAsRfc9562ComputesIt(string space, string name, string expected)
    {
        // The example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
        Assert.Equal(new Guid(expected), BookIdentifier.NameBased(new Guid(space), name));
    }
}
