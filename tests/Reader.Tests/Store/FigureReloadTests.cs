using System.Net;
using Reader.Commands;
using Reader.Content;
using Reader.Tests.Figures;

namespace Reader.Tests.Store;

/// <summary>
/// Images count as content: adding, replacing or deleting one while the site runs reloads the library just as a
/// Markdown edit does, through file-system events and through polling. Each test runs on its own copy of the
/// figures fixture.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FigureReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-figure-reload-");

    public FigureReloadTests()
    {
        foreach (var file in Directory.GetFiles(FigurePagesTests.ContentPath, "*", SearchOption.AllDirectories))
        {
            var copy = PathOf(Path.GetRelativePath(FigurePagesTests.ContentPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => content.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(content.FullName, name);

    private ReaderApp Start(string? pollingInterval = null)
    {
        var app = new ReaderApp(content.FullName, "Production");
        if (pollingInterval is not null)
        {
            app.Settings["Reader:Content:PollingInterval"] = pollingInterval;
        }

        return app;
    }

    private static async Task<Page> Eventually(ReaderApp app, string path, Func<Page, bool> expected)
    {
        var client = app.CreateReader();
        var deadline = DateTime.UtcNow + Patience;
        var page = await app.GetPageAsync(path, client);
        while (!expected(page) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            page = await app.GetPageAsync(path, client);
        }

        return page;
    }

    private static string? SourceOf(Page page, string alt) =>
        page.Document.QuerySelectorAll("main img").FirstOrDefault(img => img.GetAttribute("alt") == alt)?.GetAttribute("src");

    private static string[] Paragraphs(Page page) => [.. page.Document.QuerySelectorAll("main p").Select(p => p.TextContent.Trim())];

    private static async Task<HttpStatusCode> StatusOf(ReaderApp app, string path) =>
        (await app.CreateReader().GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    [Theory]
    [InlineData(null)]
    [InlineData("00:00:00.100")]
    public async Task AReplacedImageGetsANewAddressOnThePageAndTheOldOneAnswersNotFound(string? pollingInterval)
    {
        using var app = Start(pollingInterval);
        var old = SourceOf(await app.GetPageAsync("/essays/harbour/all"), "The harbour at dawn")!;
        Assert.Equal(HttpStatusCode.OK, await StatusOf(app, old));

        File.WriteAllBytes(PathOf("harbour/harbour.png"), TestImages.Png(6, 4, red: 250));

        var page = await Eventually(app, "/essays/harbour/all", page => SourceOf(page, "The harbour at dawn") != old);
        var changed = SourceOf(page, "The harbour at dawn")!;
        Assert.NotEqual(old, changed);
        Assert.Equal(HttpStatusCode.OK, await StatusOf(app, changed));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(app, old));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("00:00:00.100")]
    public async Task ADeletedImageLeavesItsAlternativeTextAndCheckReportsItMissing(string? pollingInterval)
    {
        using var app = Start(pollingInterval);
        var old = SourceOf(await app.GetPageAsync("/essays/harbour/maps"), "A map of the coast")!;

        File.Delete(PathOf("harbour/maps/coast.gif"));

        var page = await Eventually(app, "/essays/harbour/maps", page => SourceOf(page, "A map of the coast") is null);
        Assert.Null(SourceOf(page, "A map of the coast"));
        Assert.Contains("A map of the coast", Paragraphs(page));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(app, old));
        using var output = new StringWriter();
        Assert.Equal(1, CheckCommand.Run([content.FullName], output));
        Assert.Contains(output.ToString().Split('\n'), line =>
            line.EndsWith("01-maps.md:3:1: error: the image maps/coast.gif is not there: there is no harbour/maps/coast.gif, nor _figures/maps/coast.gif in the shared _figures folder", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("00:00:00.100")]
    public async Task AnImageAddedToTheSharedFolderShowsWhereTheTextWantedIt(string? pollingInterval)
    {
        using var app = Start(pollingInterval);
        Assert.Null(SourceOf(await app.GetPageAsync("/essays/broken/all"), "A missing chart"));

        File.WriteAllBytes(PathOf("_figures/missing.png"), TestImages.Png(8, 8));

        var page = await Eventually(app, "/essays/broken/all", page => SourceOf(page, "A missing chart") is not null);
        var source = SourceOf(page, "A missing chart");
        Assert.NotNull(source);
        Assert.Equal(HttpStatusCode.OK, await StatusOf(app, source));
    }

    [Fact]
    public async Task ANewCoverShowsOnTheLibraryCardAndInThePreview()
    {
        using var app = Start();
        File.WriteAllBytes(PathOf("harbour/cover.png"), TestImages.Png(16, 9));

        var page = await Eventually(app, "/", page => page.Document.QuerySelector(".essay-card-cover")?.GetAttribute("width") == "16");

        var thumbnail = page.Document.QuerySelector(".essay-card-cover")!;
        Assert.Equal(("16", "9"), (thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height")));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(app, thumbnail.GetAttribute("src")!));
        var essay = await app.GetPageAsync("/essays/harbour");
        Assert.Equal("16", essay.Document.QuerySelector("head meta[property='og:image:width']")?.GetAttribute("content"));
    }
}

/// <summary>What polling compares: a cheap look at names, sizes and times that changes with any image an essay may use.</summary>
public sealed class FingerprintTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData("essay/figures/chart.png")]
    [InlineData("essay/photo.png")]
    [InlineData("beside.png")]
    [InlineData("_figures/shared.png")]
    [InlineData("_figures/deeper/shared.png")]
    public void AddingReplacingAndDeletingAnImageChangesTheFingerprint(string image)
    {
        content.Write("essay/index.md", "# Essay\n\nText.");
        content.Write("single.md", "# Single\n\nText.");
        content.Write("_figures/other.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
        var before = ContentFolder.Fingerprint(content.FullName);

        Directory.CreateDirectory(Path.GetDirectoryName(content.PathOf(image))!);
        File.WriteAllBytes(content.PathOf(image), TestImages.Png(2, 2));
        var added = ContentFolder.Fingerprint(content.FullName);
        File.WriteAllBytes(content.PathOf(image), TestImages.Png(3, 3));
        var replaced = ContentFolder.Fingerprint(content.FullName);
        File.Delete(content.PathOf(image));
        var deleted = ContentFolder.Fingerprint(content.FullName);

        Assert.NotEqual(before, added);
        Assert.NotEqual(added, replaced);
        Assert.NotEqual(replaced, deleted);
    }

    [Fact]
    public void HiddenFilesAndALinkedFolderLeadingBackUpAreNotWalked()
    {
        content.Write("essay.md", "# Essay\n\nText.");
        Directory.CreateSymbolicLink(content.PathOf("loop"), content.FullName);
        var before = ContentFolder.Fingerprint(content.FullName);

        content.Write(".git/objects/x", "a change an editor's tools make");

        Assert.Equal(before, ContentFolder.Fingerprint(content.FullName));
    }
}
