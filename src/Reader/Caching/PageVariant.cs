using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reader.Caching;

/// <summary>
/// What a page's bytes depend on: the library's version, the app's build and the page's address (its path
/// and the query it reads). Not the reader: reading settings reach the page through its settings stylesheet,
/// so every reader of an address gets the same bytes. Both the output cache key and the ETag come from it.
/// </summary>
internal static class PageVariant
{
    /// <summary>A new build may render the same text differently, so it must not match an older build's validators.</summary>
    private static readonly string Build = typeof(PageVariant).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Pages are the Razor Pages answering a GET or HEAD; everything else (static files, health checks, POSTs) is left alone.</summary>
    public static bool IsPageRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    /// <summary>The strong entity tag of a page, without quotes and without the content coding.</summary>
    public static string EntityTag(HttpContext context, string libraryVersion)
    {
        var parts = string.Join('\0', Build, libraryVersion, context.Request.Path.Value, PageAddress.Query(context));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(parts.AsSpan()), hash);
        return Convert.ToHexStringLower(hash[..12]);
    }
}
