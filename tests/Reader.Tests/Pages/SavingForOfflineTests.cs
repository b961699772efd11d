using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Reader.Store;
using Reader.Tests.Figures;

namespace Reader.Tests.Pages;

/// <summary>
/// 'Save for offline reading' as the server offers it: the control on an essay's pages, the list of files it
/// saves, the worker that serves them, and the site's script budget. The browser tests save and read offline.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SavingForOfflineTests : IDisposable
{
    private const int ScriptBudget = 5 * 1024;
    private const string Essay = "/essays/harbour";
    private readonly ReaderApp app = new(FigurePagesTests.ContentPath, "Production");

    public void Dispose() => app.Dispose();

    private string LibraryVersion => app.Services.GetRequiredService<LibraryStore>().Current.Version;

    private async Task<IElement> ControlOnAsync(string path)
    {
        var page = await app.GetPageAsync(path);
        Assert.Equal(200, page.Status);
        return page.One("[data-offline]");
    }

    /// <summary>Every address a page makes the browser load: stylesheets, icon, scripts and every image candidate.</summary>
    private static IEnumerable<string> LoadedBy(IDocument page) =>
        page.QuerySelectorAll("link[rel~=stylesheet], link[rel~=icon]").Select(link => link.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!))
            .Concat(page.Images.SelectMany(image => (image.GetAttribute("srcset") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(candidate => candidate.Split(' ')[0])
                .Append(image.GetAttribute("src")!)));

    [Theory]
    [InlineData(Essay)]
    [InlineData(Essay + "/all")]
    public async Task TheFrontPageAndTheWholeEssayOfferAHiddenSaveButtonNamingTheLibraryVersion(string path)
    {
        var control = await ControlOnAsync(path);

        // Hidden until the script runs: a reader without JavaScript is promised nothing, and has the EPUB.
        Assert.True(control.HasAttribute("hidden"));
        var button = Assert.Single(control.QuerySelectorAll("button"));
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Equal("Save for offline reading", button.TextContent.Trim());
        Assert.Equal("status", Assert.Single(control.QuerySelectorAll("[role=status]")).GetAttribute("role"));
        Assert.Equal(Essay, control.GetAttribute("data-offline"));
        Assert.Equal(LibraryVersion, control.GetAttribute("data-library"));
        var page = await app.GetPageAsync(path);
        Assert.Equal("Download EPUB", page.Text("a[type='application/epub+zip']"));
        Assert.Contains(page.Document.QuerySelectorAll("script[src]"), script => script.GetAttribute("src")!.StartsWith("/js/offline.js?v=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSavedFilesAreTheEssaysPagesAndEverythingTheyLoadAndEachAnswers()
    {
        var listed = (await ControlOnAsync(Essay)).GetAttribute("data-files")!.Split(' ');
        var library = app.Services.GetRequiredService<LibraryStore>().Current;
        var essay = library.FindEssay("harbour")!;
        string[] pages = [Essay, Essay + "/all", .. essay.Sections.Select(section => $"{Essay}/{section.Slug}")];

        Assert.Equal(listed.Distinct().Count(), listed.Length);
        Assert.All(pages, page => Assert.Contains(page, listed));
        var client = app.CreateReader();
        foreach (var path in pages)
        {
            var page = await app.GetPageAsync(path, client);
            Assert.All(LoadedBy(page.Document), address => Assert.Contains(address, listed));
        }

        Assert.Contains(listed, address => address.StartsWith("/figures/", StringComparison.Ordinal) && address.Contains("w.", StringComparison.Ordinal));
        foreach (var address in listed)
        {
            var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task TheWorkerIsAScriptAtTheRootThatBrowsersCheckForChangesOnEveryVisit()
    {
        var response = await app.CreateReader().GetAsync(new Uri("/offline-worker.js?library=" + LibraryVersion, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Service-Worker-Allowed"));
    }

    [Fact]
    public async Task EveryScriptOfTheSiteTogetherWithTheWorkerStaysUnderFiveKilobytes()
    {
        var root = Path.Combine(SeedEssay.RepositoryRoot, "wwwroot");
        var files = Directory.GetFiles(root, "*.js", SearchOption.AllDirectories);
        var onDisk = files.Sum(file => new FileInfo(file).Length);

        var client = app.CreateReader();
        var served = new Dictionary<string, int>();
        var firstSection = app.Services.GetRequiredService<LibraryStore>().Current.FindEssay("harbour")!.FirstSection.Slug;
        foreach (var path in new[] { "/", Essay, Essay + "/all", $"{Essay}/{firstSection}" })
        {
            var page = await app.GetPageAsync(path, client);
            foreach (var script in page.Document.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!))
            {
                served[script] = (await client.GetByteArrayAsync(new Uri(script, UriKind.Relative))).Length;
            }
        }

        served["/offline-worker.js"] = (await client.GetByteArrayAsync(new Uri("/offline-worker.js", UriKind.Relative))).Length;
        Assert.Contains(files, file => file.EndsWith("offline-worker.js", StringComparison.Ordinal));
        Assert.InRange(onDisk, 1, ScriptBudget - 1);
        Assert.InRange(served.Values.Sum(), 1, ScriptBudget - 1);
        // The page scripts and the worker are every script there is, so both sums count the same three files.
        Assert.Equal(files.Length, served.Count);
    }
}
