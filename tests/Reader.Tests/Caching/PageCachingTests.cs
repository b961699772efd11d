using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Reader.Caching;
using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Caching;

/// <summary>Output caching, HTTP validators and compression, as a browser or a proxy sees them.</summary>
[Collection(AppCollection.Name)]
public sealed class PageCachingTests(SeedSite site) : IDisposable
{
    private const string WholeEssayPath = "/essays/" + SeedEssay.Slug + "/all";
    private readonly ReaderApp app = site.App;
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    private static void Settings(HttpRequestHeaders headers, string value) => headers.Add("Cookie", $"reader-settings={value}; other=ignored");

    /// <summary>The Cache-Control of every page under the default settings.</summary>
    private const string PageCacheControl = "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";

    private static byte[] Decompress(byte[] bytes, string coding)
    {
        using var body = new MemoryStream(bytes);
        using Stream decoded = coding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        decoded.CopyTo(plain);
        return plain.ToArray();
    }

    private static string[] VaryOf(HttpResponseMessage response) =>
        [.. response.Headers.Vary.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries))];

    [Fact]
    public async Task APageHasAStrongETagAPublicLifetimeForBrowsersAndSharedCachesAndVariesOnlyByCoding()
    {
        using var response = await GetAsync(app.CreateReader(), WholeEssayPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
        Assert.False(tag.IsWeak);
        Assert.Equal(PageCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept-Encoding"], VaryOf(response));
    }

    [Fact]
    public async Task ARepeatedRequestGetsTheFirstResponsesBytesAndETagWithoutRenderingAgain()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var client = counted.CreateReader();
        using var first = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "repeat"));
        using var second = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "repeat"));

        Assert.Equal(1, renders.Count);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Content.Headers.ContentLanguage, second.Content.Headers.ContentLanguage);
        Assert.Equal(PageCacheControl, second.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept-Encoding"], VaryOf(second));
        // The site is the origin of its pages, however they were made: no Age to shorten a CDN's s-maxage.
        Assert.Null(second.Headers.Age);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AReadyPageInEachCodingIsTheSamePageAsRendered(string coding)
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var client = counted.CreateReader();
        using var plain = await GetAsync(client, WholeEssayPath);
        using var rendered = await GetAsync(client, WholeEssayPath, headers => headers.AcceptEncoding.ParseAdd(coding));
        using var ready = await GetAsync(client, WholeEssayPath, headers => headers.AcceptEncoding.ParseAdd(coding));

        Assert.Equal(2, renders.Count);
        Assert.Equal([coding], ready.Content.Headers.ContentEncoding);
        Assert.Equal(rendered.Headers.ETag, ready.Headers.ETag);
        var bytes = await ready.Content.ReadAsByteArrayAsync();
        Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), bytes);
        Assert.Equal(bytes.Length, ready.Content.Headers.ContentLength);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decompress(bytes, coding));
    }

    [Fact]
    public async Task AHeadOfAReadyPageHasItsHeadersAndNoBody()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var client = counted.CreateReader();
        using var page = await GetAsync(client, WholeEssayPath);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(WholeEssayPath, UriKind.Relative)));

        Assert.Equal(1, renders.Count);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(page.Headers.ETag, head.Headers.ETag);
        Assert.Equal(page.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal((await page.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PagesPastTheReadyPagesLimitAreRenderedEachTimeAndStillServed()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        counted.Settings["Reader:Caching:ReadyPagesSizeLimit"] = "15000";
        var pages = counted.Services.GetRequiredService<ReadyPages>();
        var client = counted.CreateReader();

        using var library = await GetAsync(client, "/");
        using var whole = await GetAsync(client, WholeEssayPath);
        using var wholeAgain = await GetAsync(client, WholeEssayPath);
        using var libraryAgain = await GetAsync(client, "/");

        Assert.Equal(1, pages.Count);
        Assert.True(pages.Bytes <= 15000, $"{pages.Bytes} bytes kept");
        Assert.Equal(3, renders.Count);
        Assert.Equal(HttpStatusCode.OK, wholeAgain.StatusCode);
        Assert.Equal(await whole.Content.ReadAsByteArrayAsync(), await wholeAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(whole.Headers.ETag, wholeAgain.Headers.ETag);
    }

    [Theory]
    [InlineData("light.normal.normal.serif")]
    [InlineData("dark.larger.wide.sans")]
    [InlineData("sepia.small.narrow.serif")]
    public async Task EveryReaderOfAnAddressGetsTheSameBytesAndETagWhateverTheirSettings(string settings)
    {
        var client = app.CreateReader();
        using var plain = await GetAsync(client, WholeEssayPath);
        using var chosen = await GetAsync(client, WholeEssayPath, headers => Settings(headers, settings));

        Assert.Equal(plain.Headers.ETag, chosen.Headers.ETag);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await chosen.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Accept-Encoding"], VaryOf(chosen));
    }

    [Fact]
    public async Task MadeUpReadingSettingsShareTheDefaultPageInsteadOfAddingEntries()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var pages = counted.Services.GetRequiredService<ReadyPages>();
        var client = counted.CreateReader();
        using var plain = await GetAsync(client, WholeEssayPath);
        var entries = pages.Count;

        using var madeUp = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "x" + Guid.NewGuid()));
        using var otherMadeUp = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "y" + Guid.NewGuid()));

        Assert.Equal(1, entries);
        Assert.Equal(1, pages.Count);
        Assert.Equal(1, renders.Count);
        Assert.Equal(plain.Headers.ETag, madeUp.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, otherMadeUp.Headers.ETag);
    }

    [Fact]
    public async Task ReadersWithDifferentSettingsShareOneEntry()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var pages = counted.Services.GetRequiredService<ReadyPages>();
        var client = counted.CreateReader();

        using var light = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "light.normal.normal.serif"));
        using var dark = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "dark.normal.normal.serif"));

        Assert.Equal(1, pages.Count);
        Assert.Equal(1, renders.Count);
    }

    [Fact]
    public async Task AMatchingIfNoneMatchIsAnsweredNotModifiedWithoutABody()
    {
        var client = app.CreateReader();
        using var page = await GetAsync(client, WholeEssayPath);
        var tag = page.Headers.ETag!;

        using var again = await GetAsync(client, WholeEssayPath, headers => headers.IfNoneMatch.Add(tag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Equal(PageCacheControl, again.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept-Encoding"], VaryOf(again));
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnETagFromAReaderWithOtherSettingsIsStillCurrent()
    {
        var client = app.CreateReader();
        using var light = await GetAsync(client, WholeEssayPath, headers => Settings(headers, "light.normal.normal.serif"));

        using var dark = await GetAsync(client, WholeEssayPath, headers =>
        {
            Settings(headers, "dark.normal.normal.serif");
            headers.IfNoneMatch.Add(light.Headers.ETag!);
        });

        Assert.Equal(HttpStatusCode.NotModified, dark.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PagesAreCompressedAsTheClientAsksAndTheCodingIsPartOfTheETag(string coding)
    {
        var client = app.CreateReader();
        using var plain = await GetAsync(client, WholeEssayPath);
        using var compressed = await GetAsync(client, WholeEssayPath, headers => headers.AcceptEncoding.ParseAdd(coding));

        Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(["Accept-Encoding"], VaryOf(compressed));
        Assert.Equal(plain.Headers.ETag!.Tag.TrimEnd('"') + $"-{coding}\"", compressed.Headers.ETag!.Tag);
        await using var body = await compressed.Content.ReadAsStreamAsync();
        await using Stream decoded = coding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task TheVersionedStylesheetIsCachedForAYearAndAnyOtherVersionOnlyBriefly()
    {
        var page = await app.GetPageAsync(WholeEssayPath);
        var stylesheet = page.Href("link[rel=stylesheet]")!;
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        var client = app.CreateReader();

        using var versioned = await GetAsync(client, stylesheet, headers => headers.AcceptEncoding.ParseAdd("br"));
        using var stale = await GetAsync(client, "/css/site.css?v=an-old-version");
        using var bare = await GetAsync(client, "/css/site.css");

        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.Equal(["br"], versioned.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=60", stale.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=60", bare.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AMissingPageIsNeitherTaggedNorKept()
    {
        var (counted, renders) = PageRenders.App();
        using var _ = counted;
        var client = counted.CreateReader();
        using var first = await GetAsync(client, "/essays/no-such-essay/nowhere");
        using var second = await GetAsync(client, "/essays/no-such-essay/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.ETag);
        Assert.Equal(0, counted.Services.GetRequiredService<ReadyPages>().Count);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReplacingTheLibraryServesTheNewTextUnderANewETag()
    {
        content.Write("tides.md", "# Tides\n\n## Morning\n\nThe first text.\n");
        var (reloading, renders) = PageRenders.App(content.FullName);
        using var _ = reloading;
        // The test replaces the library itself; the app's own reload of the rewritten file would be a third render.
        reloading.Settings["Reader:Content:Watch"] = "false";
        reloading.Settings["Reader:Caching:PageMaxAge"] = "00:05:00";
        var client = reloading.CreateReader();
        using var before = await GetAsync(client, "/essays/tides/morning");
        using var kept = await GetAsync(client, "/essays/tides/morning");
        Assert.Equal(1, renders.Count);

        content.Write("tides.md", "# Tides\n\n## Morning\n\nThe second text.\n");
        reloading.Services.GetRequiredService<LibraryStore>().Replace(LibraryBuilder.Build(content.FullName).Library);
        var after = await reloading.GetPageAsync("/essays/tides/morning", client);
        using var revalidated = await GetAsync(client, "/essays/tides/morning", headers => headers.IfNoneMatch.Add(before.Headers.ETag!));

        Assert.Equal("The second text.", after.Text("article.section p[id]"));
        Assert.Equal(2, renders.Count);
        Assert.NotEqual(before.Headers.ETag, after.Response.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Equal("public, max-age=300, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400", after.Response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task APageRenderedWhileTheLibraryIsReplacedCarriesNoValidatorAndIsNotStored()
    {
        content.Write("tides.md", "# Tides\n\n## Morning\n\nThe first text.\n");
        var swap = new ReplaceLibraryDuringTheRequest(() =>
        {
            content.Write("tides.md", "# Tides\n\n## Morning\n\nThe second text.\n");
            return LibraryBuilder.Build(content.FullName).Library;
        });
        using var reloading = new ReaderApp(content.FullName)
        {
            TestServices = services => services.Configure<MvcOptions>(options => options.Filters.Add(swap)),
        };
        reloading.Settings["Reader:Content:Watch"] = "false";
        var client = reloading.CreateReader();

        var during = await reloading.GetPageAsync("/essays/tides/morning", client);
        var after = await reloading.GetPageAsync("/essays/tides/morning", client);

        Assert.Equal("The second text.", during.Text("article.section p[id]"));
        Assert.Null(during.Response.Headers.ETag);
        Assert.True(during.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("The second text.", after.Text("article.section p[id]"));
        Assert.NotNull(after.Response.Headers.ETag);
        Assert.Equal(PageCacheControl, after.Response.Headers.CacheControl?.ToString());
    }

    /// <summary>Replaces the library once, after the page's validators have read it and before the page reads it.</summary>
    private sealed class ReplaceLibraryDuringTheRequest(Func<Library> nextEdition) : IAsyncPageFilter
    {
        private int replaced;

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (Interlocked.Exchange(ref replaced, 1) == 0)
            {
                context.HttpContext.RequestServices.GetRequiredService<LibraryStore>().Replace(nextEdition());
            }

            return next();
        }
    }
}
