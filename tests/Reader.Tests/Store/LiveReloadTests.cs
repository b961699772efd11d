using Microsoft.Extensions.DependencyInjection;
using Reader.Content;
using Reader.Store;

namespace Reader.Tests.Store;

/// <summary>
/// Authors edit content while the site runs: every change shows without a restart, a broken edit keeps the
/// last good version, and readers never meet an error while the library is swapped.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LiveReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private string PathOf(string name) => content.PathOf(name);

    private void Write(string name, string text) => content.Write(name, text);

    /// <summary>Asks until the site answers as expected, for at most <see cref="Patience"/>; returns the last answer.</summary>
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

    private static string? Title(Page page) => page.Status == 200 ? page.Text("main h1") : null;

    [Fact]
    public async Task ChangesAdditionsRenamesBreakagesAndDeletionsShowWhileTheSiteRuns()
    {
        Write("first.md", "# First\n\nText.");
        using var app = new ReaderApp(content.FullName);
        Assert.Equal("First", Title(await app.GetPageAsync("/essays/first")));

        Write("first.md", "# First, revised\n\nText.");
        Assert.Equal("First, revised", Title(await Eventually(app, "/essays/first", page => Title(page) == "First, revised")));

        Write("second.md", "# Second\n\nMore text.");
        Assert.Equal("Second", Title(await Eventually(app, "/essays/second", page => page.Status == 200)));

        File.Move(PathOf("second.md"), PathOf("renamed.md"));
        Assert.Equal("Second", Title(await Eventually(app, "/essays/renamed", page => page.Status == 200)));
        Assert.Equal(404, (await Eventually(app, "/essays/second", page => page.Status == 404)).Status);

        // The break and a new essay land in one reload: once the new one shows, the break has been read too.
        Write("first.md", "");
        Write("third.md", "# Third\n\nText.");
        Assert.Equal(200, (await Eventually(app, "/essays/third", page => page.Status == 200)).Status);
        Assert.Equal("First, revised", Title(await app.GetPageAsync("/essays/first")));

        File.Delete(PathOf("renamed.md"));
        Assert.Equal(404, (await Eventually(app, "/essays/renamed", page => page.Status == 404)).Status);
        Assert.Equal("First, revised", Title(await app.GetPageAsync("/essays/first")));
    }

    [Fact]
    public async Task PollingFindsChangesOnVolumesWithoutEvents()
    {
        Write("first.md", "# First\n\nText.");
        using var app = new ReaderApp(content.FullName);
        app.Settings["Reader:Content:PollingInterval"] = "00:00:00.100";
        Assert.Equal(404, (await app.GetPageAsync("/essays/second")).Status);

        Write("second.md", "# Second\n\nText.");

        Assert.Equal("Second", Title(await Eventually(app, "/essays/second", page => page.Status == 200)));
    }

    [Fact]
    public async Task AThousandRequestsDuringFiftyReloadsNeverFail()
    {
        Write("steady.md", "# Steady\n\n## One\n\nText.\n\n## Two\n\nMore.");
        Write("changing.md", "# Changing\n\nVersion 0.");
        using var app = new ReaderApp(content.FullName, environment: "Production");
        app.Settings["Reader:Content:Watch"] = "false";
        var client = app.CreateReader();
        var reloader = app.Services.GetRequiredService<LibraryReloader>();
        string[] paths = ["/", "/essays/steady", "/essays/steady/one", "/essays/steady/two", "/essays/steady/all", "/essays/changing"];

        var requests = Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = await client.GetAsync(new Uri(paths[i % paths.Length], UriKind.Relative));
            return (int)response.StatusCode;
        }).ToArray();
        for (var version = 1; version <= 50; version++)
        {
            Write("changing.md", version % 10 == 0 ? "" : $"# Changing\n\nVersion {version}.");
            await reloader.ReloadAsync();
        }

        var statuses = await Task.WhenAll(requests);
        Assert.All(statuses, status => Assert.Equal(200, status));
        Assert.Equal("Changing", Title(await app.GetPageAsync("/essays/changing")));
    }
}
