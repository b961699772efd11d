using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reader.Caching;

namespace Reader.Tests.Caching;

/// <summary>The output cache keeps one entry per page address, and no flood of addresses can grow it past its bound.</summary>
[Collection(AppCollection.Name)]
public sealed class CacheKeyTests
{
    private const string WholeEssayPath = "/essays/" + SeedEssay.Slug + "/all";
    private const long SizeLimit = 512 * 1024;

    private static ReaderApp ObservedApp(long sizeLimit = 64 * 1024 * 1024, PageRenders? renders = null)
    {
        var app = new ReaderApp
        {
            TestServices = services =>
            {
                ObservedOutputCacheStore.Observe(services);
                if (renders is not null)
                {
                    services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add(renders));
                }
            },
        };
        app.Settings["Reader:Caching:ReadyPagesSizeLimit"] = sizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Reader:Caching:OutputCacheSizeLimit"] = sizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Reader:Caching:OutputCacheMaximumPageSize"] = sizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Reader:RateLimiting:Search:PermitLimit"] = "100000";
        return app;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        change?.Invoke(request);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task QueryParametersAPageDoesNotReadShareItsEntryETagAndBytes()
    {
        var renders = new PageRenders();
        using var app = ObservedApp(renders: renders);
        var pages = app.Services.GetRequiredService<ReadyPages>();
        var client = app.CreateReader();

        using var plain = await GetAsync(client, WholeEssayPath);
        using var first = await GetAsync(client, WholeEssayPath + "?r=1");
        using var second = await GetAsync(client, WholeEssayPath + "?r=2&utm_source=feed");

        Assert.Equal(1, pages.Count);
        Assert.Equal(1, renders.Count);
        Assert.Equal(plain.Headers.ETag, first.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, second.Headers.ETag);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        var page = await new HtmlParser().ParseDocumentAsync(await second.Content.ReadAsStringAsync());
        Assert.Equal("/settings?returnUrl=" + Uri.EscapeDataString(WholeEssayPath), page.QuerySelector("header a[href^='/settings']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AQueryParameterCannotStandInForAPartOfTheAddress()
    {
        using var app = ObservedApp();
        var client = app.CreateReader();
        const string Reference = "/essays/" + SeedEssay.Slug + "/cite.json";

        using var plain = await GetAsync(client, Reference);
        using var section = await GetAsync(client, Reference + "?section=us-policies-and-the-pivot-to-asia");

        Assert.Equal(await plain.Content.ReadAsStringAsync(), await section.Content.ReadAsStringAsync());
        Assert.Equal(plain.Headers.ETag, section.Headers.ETag);
    }

    [Fact]
    public async Task ARequestNamingAPageHandlerIsNeverCached()
    {
        var renders = new PageRenders();
        using var app = ObservedApp(renders: renders);
        var pages = app.Services.GetRequiredService<ReadyPages>();
        var client = app.CreateReader();

        using var named = await GetAsync(client, "/?handler=other");
        using var plain = await GetAsync(client, "/");
        using var namedAgain = await GetAsync(client, "/?handler=other");
        using var plainAgain = await GetAsync(client, "/");

        Assert.Equal(1, pages.Count);
        Assert.Equal(3, renders.Count);
    }

    [Theory]
    [InlineData("/search?q=russia", "/search?q=%20russia%20")]
    [InlineData("/search?q=russia", "/search?q=russia&p=1&sort=new")]
    [InlineData("/search?q=russia", "/search?q=russia&p=0")]
    [InlineData("/search?q=russia&p=2", "/search?p=2&q=russia&ref=1")]
    public async Task SearchResultsAreKeyedByTheNormalisedQueryAndPage(string canonical, string variant)
    {
        using var app = ObservedApp();
        var store = app.Services.GetRequiredService<ObservedOutputCacheStore>();
        var client = app.CreateReader();

        using var first = await GetAsync(client, canonical);
        using var second = await GetAsync(client, variant);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, await store.CountEntriesAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnotherQueryOrPageOfResultsIsAnEntryOfItsOwn()
    {
        using var app = ObservedApp();
        var store = app.Services.GetRequiredService<ObservedOutputCacheStore>();
        var client = app.CreateReader();

        using var first = await GetAsync(client, "/search?q=russia");
        using var second = await GetAsync(client, "/search?q=russia&p=2");
        using var other = await GetAsync(client, "/search?q=china");

        Assert.Equal(3, await store.CountEntriesAsync());
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task AFloodOfDistinctAddressesQueriesCookiesAndHeadersStaysWithinTheCachesBound()
    {
        using var app = ObservedApp(SizeLimit);
        var store = app.Services.GetRequiredService<ObservedOutputCacheStore>();
        var client = app.CreateReader();
        var codings = new[] { "", "br", "gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5" };

        for (var i = 0; i < 400; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var essay = await GetAsync(client, $"{WholeEssayPath}?r={n}", request =>
            {
                request.Headers.TryAddWithoutValidation("Cookie", $"reader-settings=dark.large.wide.sans; visitor={n}");
                request.Headers.Host = $"replica-{n}.example";
                request.Headers.TryAddWithoutValidation("Accept-Encoding", codings[i % codings.Length] + (i % 2 == 0 ? "" : $", x-{n}"));
            });
            using var search = await GetAsync(client, $"/search?q=word{n}+{new string('x', 150)}&p={n}&r={n}");
            Assert.Equal(HttpStatusCode.OK, essay.StatusCode);
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        var held = await store.HeldAsync();
        // Past the limit the framework's store refuses new entries and compacts in the background; give it a moment.
        Assert.True(held.Bytes <= SizeLimit, $"{held.Bytes} bytes held in {held.Count} entries, over the {SizeLimit}-byte limit");
        Assert.True(held.LongestKey <= MaximumKeyLength, $"a key of {held.LongestKey} characters");
        var bound = SizeLimit + (SizeLimit / held.SmallestEntry * (2 * MaximumKeyLength + EntryBookkeeping));
        Assert.True(held.Bytes + held.KeyBytes + held.Count * EntryBookkeeping <= bound,
            $"{held.Count} entries: {held.Bytes} bytes, {held.KeyBytes} bytes of keys, over the bound of {bound}");
        Assert.True(held.Count > 10, $"only {held.Count} entries were kept");
        // The essay's requests all name one page: one ready entry per content coding, whatever else they vary.
        var pages = app.Services.GetRequiredService<ReadyPages>();
        Assert.Equal(3, pages.Count);
        Assert.True(pages.Bytes <= SizeLimit, $"{pages.Bytes} bytes of ready pages");
    }

    [Fact]
    public async Task AKeptSearchPageIsNeverOlderThanASharedCacheMayKeepIt()
    {
        var renders = new PageRenders();
        using var app = ObservedApp(renders: renders);
        app.Settings["Reader:Caching:PageSharedMaxAge"] = "00:00:01";
        var client = app.CreateReader();

        using var rendered = await GetAsync(client, "/search?q=russia");
        using var kept = await GetAsync(client, "/search?q=russia");
        Assert.Equal(1, renders.Count);
        Assert.True(kept.Headers.Age is null || kept.Headers.Age <= TimeSpan.FromSeconds(1), $"Age {kept.Headers.Age}");
        Assert.Equal(TimeSpan.FromSeconds(1), kept.Headers.CacheControl?.SharedMaxAge);

        // Waiting past s-maxage proves the point whatever the machine's speed: a CDN would now take the page as stale.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var again = await GetAsync(client, "/search?q=russia");

        Assert.Equal(2, renders.Count);
        Assert.Null(again.Headers.Age);
        Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ThePagesCacheControlCarriesTheConfiguredLifetimesForBrowsersAndSharedCaches()
    {
        using var app = new ReaderApp();
        app.Settings["Reader:Caching:PageMaxAge"] = "00:00:30";
        app.Settings["Reader:Caching:PageSharedMaxAge"] = "01:00:00";
        app.Settings["Reader:Caching:PageStaleWhileRevalidate"] = "00:02:00";
        app.Settings["Reader:Caching:PageStaleIfError"] = "7.00:00:00";

        using var response = await GetAsync(app.CreateReader(), WholeEssayPath);

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(30), cacheControl.MaxAge);
        Assert.Equal(TimeSpan.FromHours(1), cacheControl.SharedMaxAge);
        Assert.Equal("120", Assert.Single(cacheControl.Extensions, extension => extension.Name == "stale-while-revalidate").Value);
        Assert.Equal("604800", Assert.Single(cacheControl.Extensions, extension => extension.Name == "stale-if-error").Value);
    }

    [Theory]
    [InlineData("Reader:Caching:PageSharedMaxAge", "-00:00:01", "Reader:Caching:PageSharedMaxAge must not be negative.")]
    [InlineData("Reader:Caching:PageStaleIfError", "-1.00:00:00", "Reader:Caching:PageStaleIfError must not be negative.")]
    [InlineData("Reader:Caching:OutputCacheSizeLimit", "0", "Reader:Caching:OutputCacheSizeLimit must be more than zero bytes.")]
    [InlineData("Reader:Caching:OutputCacheMaximumPageSize", "134217728",
        "Reader:Caching:OutputCacheMaximumPageSize must be more than zero bytes and no more than Reader:Caching:OutputCacheSizeLimit.")]
    public void AWrongCachingSettingIsRefusedAtStartWithItsName(string key, string value, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddPageCaching();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<CachingOptions>>().Value);
        Assert.Contains(message, error.Failures);
    }

    /// <summary>The longest key a page can have: method, scheme, path of a real page, library version, coding and a search of 200 characters.</summary>
    private const int MaximumKeyLength = 1024;

    /// <summary>What the store spends on an entry beside its key and bytes (the memory cache's entry, the tag's set): a generous estimate.</summary>
    private const int EntryBookkeeping = 512;
}
