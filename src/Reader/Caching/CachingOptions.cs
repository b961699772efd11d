using System.Globalization;

namespace Reader.Caching;

/// <summary>The <c>Reader:Caching</c> configuration section.</summary>
internal sealed class CachingOptions
{
    public const string SectionName = "Reader:Caching";

    /// <summary>How long browsers may reuse a page before asking again (they revalidate with its ETag).</summary>
    public TimeSpan PageMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a shared cache (a CDN) may serve a page before revalidating it (<c>s-maxage</c>).</summary>
    public TimeSpan PageSharedMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after that a cache may still serve the page while it revalidates in the background.</summary>
    public TimeSpan PageStaleWhileRevalidate { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a cache may serve a stale page when the site answers with an error or not at all.</summary>
    public TimeSpan PageStaleIfError { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Whether rendered pages are kept in the output cache; off only to measure what it saves.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>The bytes of cached responses (headers and bodies) the output cache may hold; past it, new pages are not kept.</summary>
    public long OutputCacheSizeLimit { get; set; } = 64 * 1024 * 1024;

    /// <summary>The bytes the ready pages (every page but search and settings) may take; past it, new pages are rendered each time instead of kept.</summary>
    public long ReadyPagesSizeLimit { get; set; } = 64 * 1024 * 1024;

    /// <summary>A page whose body is larger than this is served but not kept.</summary>
    public long OutputCacheMaximumPageSize { get; set; } = 2 * 1024 * 1024;

    /// <summary>The Cache-Control of every page.</summary>
    public string PageCacheControl => string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={Seconds(PageMaxAge)}, s-maxage={Seconds(PageSharedMaxAge)}, stale-while-revalidate={Seconds(PageStaleWhileRevalidate)}, stale-if-error={Seconds(PageStaleIfError)}");

    private static long Seconds(TimeSpan time) => (long)time.TotalSeconds;
}
