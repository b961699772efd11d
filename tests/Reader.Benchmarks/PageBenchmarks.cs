using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Reader.Essays;
using Reader.Store;

namespace Reader.Benchmarks;

/// <summary>
/// A section page of the seed essay through the whole app in memory (TestServer): rendered from the store
/// with the output cache off, and answered from the output cache. Run it with <c>--inProcess</c>: the
/// host is found through the files the test package writes beside this project's build output.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private const string SectionPath = "/essays/putins-state-visit-to-china/factors-behind-the-moscow-beijing-alliance";

    // Any type of the app names its assembly; the benchmarks' own top-level Program hides the app's.
    private WebApplicationFactory<LibraryStore>? factory;
    private HttpClient? client;

    [Params(false, true)]
    public bool OutputCache { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        // WebApplicationFactory finds the app's content root through a manifest it reads from the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var cache = OutputCache ? "true" : "false";
        factory = new WebApplicationFactory<LibraryStore>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("Reader:Caching:OutputCache", cache)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(SectionPath, UriKind.Relative));
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
    public async Task<int> RenderASectionPage()
    {
        var http = client ?? throw new InvalidOperationException("Setup creates the client.");
        using var response = await http.GetAsync(new Uri(SectionPath, UriKind.Relative));
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
