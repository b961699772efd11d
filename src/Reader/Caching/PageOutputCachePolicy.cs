using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reader.Essays;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// Keeps rendered pages, one entry per page address (<see cref="PageAddress"/>) and content coding, whoever
/// asks: pages are the same for every reader, so cookies, the host name and query parameters the page does not
/// read are not part of the key. Every part of the key is short and chosen from known values, so a flood of
/// made-up addresses, headers or cookies adds no entries, and distinct searches are bounded by the size limit.
/// </summary>
internal sealed class PageOutputCachePolicy(LibraryStore store, IResponseCompressionProvider compression, IOptionsMonitor<CachingOptions> options, PageCacheMetrics metrics)
    : IOutputCachePolicy
{
    /// <summary>The output-cache tag every page entry carries, so that all of them can be evicted at once.</summary>
    public const string AllPages = "pages";

    /// <summary>
    /// Entries go when the library is replaced (by tag). Their time limit is the shared caches' <c>s-maxage</c>:
    /// a page served from here says how long it has been kept (<c>Age</c>), and one kept longer than a CDN may
    /// keep it would reach the CDN already stale.
    /// </summary>
    private static TimeSpan Lifetime(CachingOptions options) =>
        options.PageSharedMaxAge > TimeSpan.Zero ? options.PageSharedMaxAge : TimeSpan.FromHours(1);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // HEAD would be an entry of its own with no body, many to the byte; it is rare enough to render each time.
        var attempt = options.CurrentValue.OutputCache
            && PageVariant.IsPageRequest(http)
            && PageAddress.ReadsQuery(http)
            && HttpMethods.IsGet(http.Request.Method)
            && !http.Request.Query.ContainsKey(PageAddress.HandlerKey)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime(options.CurrentValue);
        context.Tags.Add(AllPages);
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.VaryByValues["query"] = PageAddress.Query(http);
        // Compression runs inside the cache, so each content coding is its own entry: the coding chosen, not the
        // Accept-Encoding header as sent, which could be written a thousand ways.
        context.CacheVaryByRules.VaryByValues["coding"] = ContentCoding.Chosen(compression, http);
        // With the version in the key, a page rendered from a library that has just been replaced can never be served again.
        context.CacheVaryByRules.VaryByValues["library"] = store.Current.Version;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.Served(fromCache: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Called only for a response that was rendered, never for one served from the cache.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheLookup)
        {
            metrics.Served(fromCache: false);
        }

        var response = context.HttpContext.Response;
        // A page that sets a cookie or forbids storing (antiforgery tokens do both) is someone's own.
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || response.GetTypedHeaders().CacheControl is { NoStore: true } or { Private: true })
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
