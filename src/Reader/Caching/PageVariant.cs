using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reader.Caching;

/// <summary>
/// What a page's bytes depend on: the library's version, the app's build, the address and the reading
/// settings, which are rendered on the server from one cookie. Both the output cache key and the ETag come from it.
/// </summary>
internal static class PageVariant
{
    /// <summary>A new build may render the same text differently, so it must not match an older build's validators.</summary>
    private static readonly string Build = typeof(PageVariant).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Pages are the Razor Pages answering a GET or HEAD; everything else (static files, health checks, POSTs) is left alone.</summary>
    public static bool IsPageRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    /// <summary>
    /// The reading settings as the page renders them (theme, size, width, font), from the one cookie that holds
    /// them. Unknown values read as the defaults, so made-up cookies cannot multiply the cache's entries.
    /// </summary>
    public static string Settings(HttpContext context) => Reading.ReadingSettings.For(context.Request).ToCookie();

    /// <summary>The strong entity tag of a page, without quotes and without the content coding.</summary>
    public static string EntityTag(HttpContext context, string libraryVersion)
    {
        var request = context.Request;
        var parts = string.Join('\0', Build, libraryVersion, request.Path.Value, request.QueryString.Value, Settings(context));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(parts.AsSpan()), hash);
        return Convert.ToHexStringLower(hash[..12]);
    }
}
