using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Reader.Store;

namespace Reader.Tests.Metrics;

/// <summary>
/// An operator scrapes the metrics port with Prometheus; the site's readers never see it. Each test starts a site
/// of its own over content of its own, so every count it asserts is made by the test itself.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MetricsTests : IDisposable
{
    private const int ScrapePort = 9464;
    private const string RequestCount = "http_server_request_duration_seconds_count";
    private const string CacheLookups = "reader_page_cache_lookups_total";

    private readonly TempContent content = new();

    public MetricsTests()
    {
        content.Write("first.md", "# First\n\nText about harbours.");
        content.Write("second.md", "# Second\n\nMore text about harbours.");
    }

    public void Dispose() => content.Dispose();

    private ReaderApp Site(int? scrapePort = ScrapePort, int searchesPerHour = 30)
    {
        var app = new ReaderApp(content.FullName);
        if (scrapePort is { } port)
        {
            app.Settings["Reader:Metrics:Port"] = port.ToString(CultureInfo.InvariantCulture);
        }

        // Reloads happen only when a test asks for one, and the search limit's window outlasts any test.
        app.Settings["Reader:Content:Watch"] = "false";
        app.Settings["Reader:RateLimiting:Search:PermitLimit"] = searchesPerHour.ToString(CultureInfo.InvariantCulture);
        app.Settings["Reader:RateLimiting:Search:Window"] = "01:00:00";
        return app;
    }

    private static async Task<int> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task RequestsAreCountedByRouteAndStatusInALatencyHistogramAndScrapesAreNot()
    {
        using var app = Site();
        var client = app.CreateReader();
        Assert.Equal(200, await GetAsync(client, "/essays/first"));
        Assert.Equal(200, await GetAsync(client, "/essays/second"));
        Assert.Equal(404, await GetAsync(client, "/essays/missing"));

        await app.ScrapeWhenAsync(ScrapePort, scrape => scrape.Sum(RequestCount) >= 3);
        var scrape = await app.ScrapeAsync(ScrapePort);

        Assert.Equal(2, scrape.Value(RequestCount, ("http_route", "essays/{essay}"), ("http_response_status_code", "200"), ("http_request_method", "GET")));
        // A missing page is answered by re-running the pipeline for the not-found page; it is one request.
        Assert.Equal(1, scrape.Value(RequestCount, ("http_route", "not-found"), ("http_response_status_code", "404")));
        Assert.Equal(3, scrape.Sum(RequestCount));
        Assert.Equal("histogram", scrape.Types["http_server_request_duration_seconds"]);
        var buckets = scrape.Series("http_server_request_duration_seconds_bucket", ("http_route", "essays/{essay}"));
        Assert.True(buckets.Count > 10, "the latency histogram has buckets enough for p50 and p99");
        Assert.Equal(2, Assert.Single(buckets, bucket => bucket.Labels["le"] == "+Inf").Value);
    }

    [Fact]
    public async Task ARepeatedPageIsACacheHitAndAnUnknownQueryParameterIsTheSameEntry()
    {
        using var app = Site();
        var client = app.CreateReader();
        Assert.Equal(200, await GetAsync(client, "/essays/first"));
        var before = await app.ScrapeAsync(ScrapePort);

        Assert.Equal(200, await GetAsync(client, "/essays/first"));
        Assert.Equal(200, await GetAsync(client, "/essays/first?r=1"));
        Assert.Equal(200, await GetAsync(client, "/essays/first?r=2&utm_source=feed"));
        var after = await app.ScrapeAsync(ScrapePort);

        Assert.Equal(1, before.Value(CacheLookups, ("result", "miss")));
        Assert.Empty(before.Series(CacheLookups, ("result", "hit")));
        Assert.Equal(1, after.Value(CacheLookups, ("result", "miss")));
        Assert.Equal(3, after.Value(CacheLookups, ("result", "hit")));
    }

    [Fact]
    public async Task SearchesAreCountedAndSoAreTheRateLimitsRefusals()
    {
        using var app = Site(searchesPerHour: 3);
        var client = app.CreateReader();
        var statuses = new List<int>();
        for (var search = 0; search < 5; search++)
        {
            statuses.Add(await GetAsync(client, "/search?q=harbours"));
        }

        var scrape = await app.ScrapeWhenAsync(ScrapePort, scrape => scrape.Sum(RequestCount, ("http_route", "search")) >= 5);

        Assert.Equal([200, 200, 200, 429, 429], statuses);
        Assert.Equal(3, scrape.Value("reader_search_queries_total"));
        Assert.Equal(2, scrape.Value("aspnetcore_rate_limiting_requests_total", ("aspnetcore_rate_limiting_result", "global_limiter")));
        Assert.Equal(3, scrape.Value("aspnetcore_rate_limiting_requests_total", ("aspnetcore_rate_limiting_result", "acquired")));
        Assert.Equal(2, scrape.Value(RequestCount, ("http_route", "search"), ("http_response_status_code", "429")));
    }

    [Fact]
    public async Task TheLibrarysVersionEssayCountAndReloadsFollowTheContent()
    {
        using var app = Site();
        var store = app.Services.GetRequiredService<LibraryStore>();
        var reloader = app.Services.GetRequiredService<LibraryReloader>();
        var first = await app.ScrapeAsync(ScrapePort);
        var firstVersion = store.Current.Version;

        content.Write("first.md", "");
        content.Write("third.md", "# Third\n\nText.");
        await reloader.ReloadAsync();
        var broken = await app.ScrapeAsync(ScrapePort);

        content.Write("first.md", "# First, mended\n\nText.");
        await reloader.ReloadAsync();
        var mended = await app.ScrapeAsync(ScrapePort);

        Assert.Equal(2, first.Value("reader_library_essays"));
        Assert.Equal(1, first.Value("reader_library_version", ("version", firstVersion)));
        Assert.Empty(first.Series("reader_library_reloads_total"));
        // The broken essay is still served in its last good version, beside the new one.
        Assert.Equal(3, broken.Value("reader_library_essays"));
        Assert.Equal(1, broken.Value("reader_library_reloads_total", ("result", "failed")));
        Assert.Empty(broken.Series("reader_library_reloads_total", ("result", "succeeded")));
        Assert.Equal(3, mended.Value("reader_library_essays"));
        Assert.Equal(1, mended.Value("reader_library_reloads_total", ("result", "failed")));
        Assert.Equal(1, mended.Value("reader_library_reloads_total", ("result", "succeeded")));
        Assert.NotEqual(firstVersion, store.Current.Version);
        Assert.Equal(1, Assert.Single(mended.Series("reader_library_version")).Value);
        Assert.Equal(store.Current.Version, Assert.Single(mended.Series("reader_library_version")).Labels["version"]);
    }

    [Fact]
    public async Task TheRuntimesOwnMetersAreReported()
    {
        using var app = Site();
        var scrape = await app.ScrapeAsync(ScrapePort);

        Assert.True(scrape.Value("dotnet_gc_heap_total_allocated_bytes_total") > 0);
        Assert.True(scrape.Value("dotnet_process_memory_working_set_bytes") > 0);
        Assert.Equal(Environment.ProcessorCount, scrape.Value("dotnet_process_cpu_count"));
        Assert.NotEmpty(scrape.Series("dotnet_gc_collections_total", ("gc_heap_generation", "gen2")));
        Assert.Equal(1, scrape.Value("target_info", ("service_name", "reader")));
    }

    [Fact]
    public async Task WithoutAScrapePortThereAreNoMetricsAndMetricsIsTheSitesNotFoundPage()
    {
        using var app = Site(scrapePort: null);

        var page = await app.GetPageAsync("/metrics");
        var onAnyPort = await app.GetOnPortAsync(ScrapePort, "/metrics");

        Assert.Equal(404, page.Status);
        Assert.Equal("This page isn’t here", page.Text("main h1"));
        Assert.Equal(404, onAnyPort.Status);
        Assert.StartsWith("text/html", onAnyPort.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitesPortHasNoMetricsTheScrapePortHasNothingElseAndPagesAreUnchanged()
    {
        using var measured = Site();
        using var plain = Site(scrapePort: null);
        var measuredClient = measured.CreateReader();
        var plainClient = plain.CreateReader();

        var page = await measured.GetPageAsync("/metrics");
        var siteOnScrapePort = await measured.GetOnPortAsync(ScrapePort, "/essays/first");
        using var measuredEssay = await measuredClient.GetAsync(new Uri("/essays/first", UriKind.Relative));
        using var plainEssay = await plainClient.GetAsync(new Uri("/essays/first", UriKind.Relative));

        Assert.Equal(404, page.Status);
        Assert.Equal("This page isn’t here", page.Text("main h1"));
        Assert.Equal(404, siteOnScrapePort.Status);
        Assert.Equal("", siteOnScrapePort.Body);
        Assert.Equal(200, (int)measuredEssay.StatusCode);
        Assert.Equal(plainEssay.Headers.ETag, measuredEssay.Headers.ETag);
        Assert.Equal(await plainEssay.Content.ReadAsByteArrayAsync(), await measuredEssay.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OnARealServerTheScrapePortIsListenedOnBesideTheSitesOwnAddress()
    {
        var scrapePort = FreePort();
        using var app = Site(scrapePort);
        app.Settings["urls"] = "http://127.0.0.1:0";
        app.UseKestrel();
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var site = new Uri(Assert.Single(addresses, address => address.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        using var client = new HttpClient();

        using var essay = await client.GetAsync(new Uri(site, "/essays/first"));
        using var siteMetrics = await client.GetAsync(new Uri(site, "/metrics"));
        var scrapeAddress = new Uri($"http://127.0.0.1:{scrapePort}/metrics");
        using var scrape = await client.GetAsync(scrapeAddress);
        var metrics = PrometheusText.Parse(await scrape.Content.ReadAsStringAsync());
        // The framework records a request as it ends, which may be just after the client has the response.
        for (var deadline = DateTime.UtcNow.AddSeconds(10); metrics.Sum(RequestCount) < 2 && DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            metrics = PrometheusText.Parse(await client.GetStringAsync(scrapeAddress));
        }

        Assert.Equal(2, addresses.Count);
        Assert.Equal(HttpStatusCode.OK, essay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, siteMetrics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Equal(1, metrics.Value(RequestCount, ("http_route", "essays/{essay}"), ("http_response_status_code", "200")));
        Assert.Equal(2, metrics.Value("reader_library_essays"));
    }

    /// <summary>A port no one is listening on now: the system's pick for a listener that is closed at once.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
