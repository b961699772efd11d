using System.ServiceModel.Syndication;
using System.Xml;

namespace Reader.Tests.Books;

/// <summary>
/// Every essay's EPUB, as epubcheck judges it: the seed essay and every fixture essay, with footnotes,
/// subheadings, tables, code, folder essays and figures (PNG, GIF, SVG), gives no fatal, error or warning.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EpubValidityTests
{
    public static TheoryData<string> ContentFolders => new(
        SeedEssay.ContentPath,
        Fixture("library"),
        Fixture("figures"),
        Fixture("citations"),
        Fixture("search"),
        Fixture("books"));

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Theory]
    [MemberData(nameof(ContentFolders))]
    public async Task EveryEssaysEpubPassesEpubcheckWithoutAWarning(string contentPath)
    {
        using var app = LibrarySite.Create("Production", contentPath);
        var client = app.CreateReader();
        var slugs = await CatalogueSlugsAsync(client);
        Assert.NotEmpty(slugs);

        foreach (var slug in slugs)
        {
            var epub = await client.GetByteArrayAsync(new Uri($"/essays/{slug}.epub", UriKind.Relative));
            var report = await Epubcheck.CheckAsync(epub, slug);
            Assert.True(report.Counts == (0, 0, 0) && report.ExitCode == 0, $"epubcheck on {slug}.epub:\n{report.Output}");
        }
    }

    private static async Task<IReadOnlyList<string>> CatalogueSlugsAsync(HttpClient client)
    {
        using var reader = XmlReader.Create(await client.GetStreamAsync(new Uri("/opds.xml", UriKind.Relative)));
        var feed = SyndicationFeed.Load(reader);
        return [.. feed.Items
            .SelectMany(item => item.Links)
            .Where(link => link.RelationshipType == "http://opds-spec.org/acquisition")
            .Select(link => LibrarySite.PathOf(link.Uri.AbsoluteUri))
            .Select(path => path["/essays/".Length..^".epub".Length])];
    }
}
