using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Reader.Essays;
using Reader.Essays.Figures;
using Reader.Figures;
using Reader.Store;

namespace Reader.Tests.Figures;

/// <summary>The figures fixture (Fixtures/figures: a folder essay with images beside it, in a subfolder and in _figures, wide ones among them, and an essay whose images are all wrong) served as in production.</summary>
[Collection(AppCollection.Name)]
public sealed class FigurePagesTests : IDisposable
{
    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "figures");

    private readonly ReaderApp app = new(ContentPath, "Production");

    public void Dispose() => app.Dispose();

    private Library Library => app.Services.GetRequiredService<LibraryStore>().Current;

    private IEnumerable<string> EveryPage() => Library.Essays.SelectMany(essay =>
        essay.Sections.Select(section => $"/essays/{essay.Slug}/{section.Slug}").Prepend($"/essays/{essay.Slug}/all"));

    private async Task<IDocument> PageAsync(string path)
    {
        var page = await app.GetPageAsync(path);
        Assert.Equal(200, page.Status);
        return page.Document;
    }

    private async Task<string> SourceOfAsync(string alt) =>
        (await PageAsync("/essays/harbour/all")).QuerySelectorAll("img").Single(img => img.GetAttribute("alt") == alt).GetAttribute("src")!;

    [Fact]
    public async Task EveryImageOnEveryPageAnswersWithItsTypeAndIsCachedForAYear()
    {
        var types = new Dictionary<string, string> { [".png"] = "image/png", [".jpg"] = "image/jpeg", [".gif"] = "image/gif", [".svg"] = "image/svg+xml" };
        var sources = new HashSet<string>();
        foreach (var path in EveryPage())
        {
            sources.UnionWith((await PageAsync(path)).QuerySelectorAll("img").Select(img => img.GetAttribute("src")!));
        }

        Assert.Equal(6, sources.Count);
        var client = app.CreateReader();
        foreach (var source in sources)
        {
            Assert.StartsWith(Figure.AddressPrefix, source, StringComparison.Ordinal);
            var response = await client.GetAsync(new Uri(source, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(types[Path.GetExtension(source)], response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task AnImageAloneWithATitleIsAFigureWithItsCaptionAndTheFilesSize()
    {
        var document = await PageAsync("/essays/harbour/all");

        var figure = document.QuerySelectorAll("figure").Single(figure => figure.QuerySelector("figcaption")?.TextContent == "The harbour at dawn, 1910");
        var image = figure.QuerySelector("img")!;
        Assert.Equal(("The harbour at dawn", "6", "4"), (image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public async Task AnImageInARunningTextStaysInItsParagraph()
    {
        var document = await PageAsync("/essays/harbour/all");

        var image = document.QuerySelectorAll("p img").Single();
        Assert.Equal(("a red lighthouse", "3", "5"), (image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public async Task TheFirstImageOfASectionLoadsAtOnceAndTheRestLazily()
    {
        var images = (await PageAsync("/essays/harbour/" + Library.FindEssay("harbour")!.FirstSection.Slug)).QuerySelectorAll("main img").ToArray();

        Assert.Equal([null, "lazy", "lazy"], images.Select(img => img.GetAttribute("loading")));
        Assert.Equal([null, "async", "async"], images.Select(img => img.GetAttribute("decoding")));
    }

    [Fact]
    public async Task ADecorativeImageHasAnEmptyAlternativeText()
    {
        var image = (await PageAsync("/essays/harbour/maps")).QuerySelectorAll("img").Single(img => img.GetAttribute("src")!.EndsWith(".svg", StringComparison.Ordinal));

        Assert.Equal("", image.GetAttribute("alt"));
    }

    [Fact]
    public async Task AnImageThatCannotBeShownLeavesItsAlternativeTextAndTheEssayIsServed()
    {
        var document = await PageAsync("/essays/broken/all");

        var paragraphs = document.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).ToArray();
        Assert.Superset(new HashSet<string> { "A missing chart", "The password file", "A remote photo", "Not a picture", "The text is still here." }, paragraphs.ToHashSet());
        Assert.All(document.QuerySelectorAll("img"), img => Assert.StartsWith(Figure.AddressPrefix, img.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnSvgIsServedWithAPolicyThatForbidsItsScripts()
    {
        var source = (await PageAsync("/essays/harbour/maps")).QuerySelectorAll("img").Single(img => img.GetAttribute("src")!.EndsWith(".svg", StringComparison.Ordinal)).GetAttribute("src")!;

        var response = await app.CreateReader().GetAsync(new Uri(source, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FiguresEndpoints.SvgContentSecurityPolicy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("<svg", await app.CreateReader().GetStringAsync(new Uri("/essays/harbour/maps", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageAskedForWithItsETagAnswersNotModified()
    {
        var source = await SourceOfAsync("The harbour at dawn");
        var client = app.CreateReader();
        var first = await client.GetAsync(new Uri(source, UriKind.Relative));

        using var again = new HttpRequestMessage(HttpMethod.Get, source);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task APartOfAnImageAnswersPartialContent()
    {
        var source = await SourceOfAsync("The harbour at dawn");
        using var request = new HttpRequestMessage(HttpMethod.Get, source);
        request.Headers.Range = new RangeHeaderValue(0, 7);

        var response = await app.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OnlyTheImagesEssaysShowAreServed()
    {
        var source = await SourceOfAsync("The harbour at dawn");
        var hash = source.Split('/')[2];
        string[] paths =
        [
            $"/figures/{hash}/harbour.gif",
            $"/figures/{hash}/../../harbour/index.md",
            $"/figures/{hash}/%2e%2e%2f%2e%2e%2fharbour%2findex.md",
            "/figures/0123456789abcdef/harbour.png",
            "/figures/harbour/index.md",
            "/figures/_figures/fake.png",
            "/figures/%2e%2e/%2e%2e/etc/passwd",
            "/harbour/harbour.png",
            "/_figures/rule.svg",
        ];

        foreach (var path in paths)
        {
            var response = await app.CreateReader().GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        }
    }
}

/// <summary>A copy of the figures fixture whose image changes between two starts of the site.</summary>
[Collection(AppCollection.Name)]
public sealed class ChangedFigureTests : IDisposable
{
    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-figures-");

    public ChangedFigureTests()
    {
        foreach (var file in Directory.GetFiles(FigurePagesTests.ContentPath, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(content.FullName, Path.GetRelativePath(FigurePagesTests.ContentPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => content.Delete(recursive: true);

    private static async Task<string> HarbourSourceAsync(ReaderApp app) =>
        (await app.GetPageAsync("/essays/harbour/all")).Document.QuerySelector("figure img")!.GetAttribute("src")!;

    [Fact]
    public async Task AChangedImageGetsANewAddressAndTheOldOneIsNoLongerServed()
    {
        using var before = new ReaderApp(content.FullName, "Production");
        var old = await HarbourSourceAsync(before);
        File.WriteAllBytes(Path.Combine(content.FullName, "harbour", "harbour.png"), TestImages.Png(6, 4, red: 250));
        using var after = new ReaderApp(content.FullName, "Production");

        var changed = await HarbourSourceAsync(after);

        Assert.NotEqual(old, changed);
        Assert.Equal(HttpStatusCode.OK, (await after.CreateReader().GetAsync(new Uri(changed, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await before.CreateReader().GetAsync(new Uri(old, UriKind.Relative))).StatusCode);
    }
}
