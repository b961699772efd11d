using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;

namespace Reader.Caching;

/// <summary>
/// A file asked for with the version that <c>asp-append-version</c> puts in its URL (<c>?v=</c>, a hash of
/// the file) can never change, so browsers may keep it for a year; any other request revalidates soon, and the
/// offline worker at once.
/// </summary>
internal static class StaticAssetCaching
{
    /// <summary>The service worker that serves saved essays offline (wwwroot/offline-worker.js).</summary>
    public const string OfflineWorker = "/offline-worker.js";

    private const string Immutable = "public, max-age=31536000, immutable";

    public static void Apply(StaticFileResponseContext file, CachingOptions options)
    {
        var context = file.Context;
        if (context.Request.Path == OfflineWorker)
        {
            // A reader who saved an essay gets a changed worker on their next visit, not a day later; the ETag
            // keeps the check to a 304.
            context.Response.Headers.CacheControl = "no-cache";
            return;
        }

        var requested = context.Request.Query["v"];
        context.Response.Headers.CacheControl = requested.Count == 1 && IsCurrentVersion(context, requested.ToString())
            ? Immutable
            : $"public, max-age={(long)options.PageMaxAge.TotalSeconds}";
    }

    /// <summary>An old version's URL must not pin today's file for a year.</summary>
    private static bool IsCurrentVersion(HttpContext context, string version)
    {
        var versions = context.RequestServices.GetRequiredService<IFileVersionProvider>();
        var versioned = versions.AddFileVersionToPath(context.Request.PathBase, context.Request.Path.Value ?? "");
        var query = versioned.IndexOf("?v=", StringComparison.Ordinal);
        return query >= 0 && versioned.AsSpan(query + 3).SequenceEqual(version);
    }
}
