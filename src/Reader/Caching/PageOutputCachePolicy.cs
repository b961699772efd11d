using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reader.Essays;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// Keeps rendered pages, one entry per address, reading settings and content coding. The framework's default
/// policy refuses any request with a cookie; here only the settings cookie matters, so it is part of the key
/// and every other cookie is ignored.
/// </summary>
internal sealed class PageOutputCachePolicy(LibraryStore store, IOptionsMonitor<CachingOptions> options) : IOutputCachePolicy
{
    /// <summary>The output-cache tag every page entry carries, so that all of them can be evicted at once.</summary>
    public const string AllPages = "pages";

    /// <summary>Entries go when the library is replaced (by tag); the time limit only bounds how long an unread one stays.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var attempt = options.CurrentValue.OutputCache
            && PageVariant.IsPageRequest(http)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(AllPages);
        context.CacheVaryByRules.QueryKeys = "*";
        // Compression runs inside the cache, so each content coding is its own entry.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues[Reading.ReadingSettings.CookieName] = PageVariant.Settings(http);
        // With the version in the key, a page rendered from a library that has just been replaced can never be served again.
        context.CacheVaryByRules.VaryByValues["library"] = store.Current.Version;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
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
