using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Reader.Caching;

internal static class CachingExtensions
{
    /// <summary>
    /// Registers the page output cache, HTTP validators, long-lived caching of versioned static files and
    /// Brotli/gzip compression. Pages carry no secrets (no tokens, nothing per reader at all), so compressing
    /// them over HTTPS gives BREACH nothing to find.
    /// </summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>()
            .BindConfiguration(CachingOptions.SectionName)
            .Validate(options => options.PageMaxAge >= TimeSpan.Zero, "Reader:Caching:PageMaxAge must not be negative.")
            .Validate(options => options.PageSharedMaxAge >= TimeSpan.Zero, "Reader:Caching:PageSharedMaxAge must not be negative.")
            .Validate(options => options.PageStaleWhileRevalidate >= TimeSpan.Zero, "Reader:Caching:PageStaleWhileRevalidate must not be negative.")
            .Validate(options => options.PageStaleIfError >= TimeSpan.Zero, "Reader:Caching:PageStaleIfError must not be negative.")
            .Validate(options => options.ReadyPagesSizeLimit > 0, "Reader:Caching:ReadyPagesSizeLimit must be more than zero bytes.")
            .Validate(options => options.OutputCacheSizeLimit > 0, "Reader:Caching:OutputCacheSizeLimit must be more than zero bytes.")
            .Validate(options => options.OutputCacheMaximumPageSize > 0 && options.OutputCacheMaximumPageSize <= options.OutputCacheSizeLimit,
                "Reader:Caching:OutputCacheMaximumPageSize must be more than zero bytes and no more than Reader:Caching:OutputCacheSizeLimit.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ReadyPages>();
        builder.Services.AddSingleton<PageOutputCachePolicy>();
        builder.Services.AddSingleton<PageCacheMetrics>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<PageOutputCachePolicy, IOptions<CachingOptions>>((cache, pages, caching) =>
            {
                cache.AddBasePolicy(pages);
                cache.SizeLimit = caching.Value.OutputCacheSizeLimit;
                cache.MaximumBodySize = caching.Value.OutputCacheMaximumPageSize;
                // The ETag is made from the path as written, so the entry must be too.
                cache.UseCaseSensitivePaths = true;
            });
        builder.Services.AddHostedService<PageCacheEviction>();

        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/atom+xml", "application/rss+xml",
                Site.ReferenceFiles.RisType, Site.ReferenceFiles.BibTeXType, Site.ReferenceFiles.CslJsonType];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);

        builder.Services.AddOptions<StaticFileOptions>().Configure<IOptionsMonitor<CachingOptions>>((files, caching) =>
        {
            var earlier = files.OnPrepareResponse;
            files.OnPrepareResponse = file =>
            {
                earlier(file);
                StaticAssetCaching.Apply(file, caching.CurrentValue);
            };
        });
        return builder;
    }

    /// <summary>
    /// Compresses what the page cache does not see: static files, feeds and error pages. It stands before the
    /// static files; a page arrives here compressed already (<see cref="UsePageCaching"/>), and compression
    /// leaves a response that has a Content-Encoding alone.
    /// </summary>
    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }

    /// <summary>
    /// Pages rendered before, served as their ready bytes (<see cref="ReadyPagesMiddleware"/>). Belongs after
    /// request logging, so they are logged, and before routing, which they do not need.
    /// </summary>
    public static WebApplication UseReadyPages(this WebApplication app)
    {
        app.UseMiddleware<ReadyPagesMiddleware>();
        return app;
    }

    /// <summary>
    /// Pages: validators (ETag, 304, Cache-Control), then the output cache, then compression of its own, so that
    /// a page is compressed once and its compressed bytes are what the cache keeps. Belongs after request
    /// logging, so cache hits are logged too.
    /// </summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseMiddleware<PageValidators>();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
