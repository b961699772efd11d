using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Reader.Books;
using Reader.Content;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Benchmarks;

/// <summary>
/// The seed essay's EPUB: built from the parsed essay (what the first download of each library version costs),
/// and downloaded through the whole app in memory once it is on the shelf (what every later download costs).
/// Run it with <c>--inProcess</c>, like <see cref="PageBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class BookBenchmarks
{
    private const string EpubPath = "/essays/putins-state-visit-to-china.epub";

    private readonly SiteOptions site = new();
    private Essay? essay;
    private WebApplicationFactory<LibraryStore>? factory;
    private HttpClient? client;

    [GlobalSetup]
    public async Task Setup()
    {
        var content = Path.Combine(SiteFolders.RepositoryRoot ?? throw new InvalidOperationException("The benchmarks run inside the repository."), "content");
        essay = LibraryBuilder.Build(content).Library.FindEssay("putins-state-visit-to-china")
            ?? throw new InvalidOperationException("The seed essay is missing from content/.");
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        factory = new WebApplicationFactory<LibraryStore>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(EpubPath, UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    [Benchmark]
    public int BuildTheSeedEssaysEpub() => EpubBuilder.Build(essay ?? throw new InvalidOperationException("Setup reads the essay."), site).Length;

    [Benchmark]
    public async Task<int> DownloadTheCachedEpub()
    {
        var http = client ?? throw new InvalidOperationException("Setup creates the client.");
        using var response = await http.GetAsync(new Uri(EpubPath, UriKind.Relative));
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
