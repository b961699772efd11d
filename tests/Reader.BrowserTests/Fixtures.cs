using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Reader.BrowserTests;

/// <summary>
/// The real app on a free loopback port a browser can open, serving the repository's essays plus those in
/// Fixtures/: one with footnotes and subheadings, which the seed essay lacks, and a folder essay with figures,
/// whose camera photograph (4000 × 3000, about 5 MB) and chart are made here.
/// </summary>
public sealed class SiteServer : IDisposable
{
    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-browser-content-");
    private readonly App factory;

    public SiteServer()
    {
        foreach (var essay in Directory.EnumerateFiles(Path.Combine(Tools.RepositoryRoot, "content"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md")))
        {
            File.Copy(essay, Path.Combine(content.FullName, Path.GetFileName(essay)));
        }

        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures")))
        {
            var copy = Directory.CreateDirectory(Path.Combine(content.FullName, Path.GetFileName(folder)));
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }
        }

        var figures = Path.Combine(content.FullName, Site.FiguresEssay);
        File.WriteAllBytes(Path.Combine(figures, "photo.jpg"), Reader.Tests.Figures.TestPhotos.CameraJpeg());
        File.WriteAllBytes(Path.Combine(figures, "chart.png"), Reader.Tests.Figures.TestPhotos.DiagramPng(1600, 900));

        factory = new App(content.FullName);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
    }

    public Uri BaseAddress { get; }

    public HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress, AllowAutoRedirect = false });

    public void Dispose()
    {
        factory.Dispose();
        content.Delete(recursive: true);
    }

    /// <summary>
    /// A subclass rather than WithWebHostBuilder: the derived factory that returns ignores UseKestrel(0) and
    /// listens on port 5000, which another run on the same machine may hold already.
    /// </summary>
    private sealed class App(string contentPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Reader:ContentPath", contentPath);
    }
}

/// <summary>One headless Chromium (Debian's) for the whole run; every test opens its own context.</summary>
public sealed class Browser : IAsyncLifetime
{
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? playwright;
    private IBrowser? chromium;

    public IBrowser Chromium => chromium ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.");
        }

        playwright = await Playwright.CreateAsync();
        chromium = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = ChromiumArgs });
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.CloseAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>Browser tests share one server and one browser, and run one at a time on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>, ICollectionFixture<SiteServer>
{
    public const string Name = "browser";
}
