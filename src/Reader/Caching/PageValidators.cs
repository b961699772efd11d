using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reader.Essays;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// Gives every page a strong ETag and its Cache-Control, and answers a matching If-None-Match with 304
/// before the page is looked up or rendered. It sits outside the output cache, so cached and freshly
/// rendered pages get the same headers.
/// </summary>
internal sealed class PageValidators(RequestDelegate next, LibraryStore store, IOptionsMonitor<CachingOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!PageVariant.IsPageRequest(context))
        {
            return next(context);
        }

        var version = store.Current.Version;
        var entityTag = PageVariant.EntityTag(context, version);
        var cacheControl = options.CurrentValue.PageCacheControl;
        if (MatchingEntityTag(context.Request, entityTag) is { } matched)
        {
            var headers = context.Response.Headers;
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            headers.ETag = matched;
            headers.CacheControl = cacheControl;
            headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK && store.Current.Version != version)
            {
                // The library was replaced while the page was rendered, so its bytes may be either edition's: a
                // validator or a shared copy could pair the old edition's tag with the new text.
                response.Headers.CacheControl = "no-store";
            }
            else if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                // A strong tag names exact bytes, and compressed bytes differ, so the coding is part of the tag.
                var coding = response.Headers.ContentEncoding.ToString();
                response.Headers.ETag = coding.Length == 0 ? $"\"{entityTag}\"" : $"\"{entityTag}-{coding}\"";
                response.Headers.CacheControl = cacheControl;
                // Every reader gets the same page; only the coding differs, whether or not this response is compressed.
                response.Headers.Vary = HeaderNames.AcceptEncoding;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The tag of a page as sent (<c>"…-br"</c>), without its quotes and coding.</summary>
    public static string? EntityTagOf(string sent) => BaseOf(sent) is { IsEmpty: false } tag ? tag.ToString() : null;

    /// <summary>The client's tag that names this page in any content coding (If-None-Match compares weakly).</summary>
    public static string? MatchingEntityTag(HttpRequest request, string entityTag)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfNoneMatch))
        {
            return null;
        }

        foreach (var candidate in request.GetTypedHeaders().IfNoneMatch)
        {
            if (candidate.Tag == "*")
            {
                return $"\"{entityTag}\"";
            }

            if (BaseOf(candidate.Tag.Value).SequenceEqual(entityTag))
            {
                return candidate.Tag.Value;
            }
        }

        return null;
    }

    /// <summary>A tag without its quotes and its content coding: what names the page in every coding.</summary>
    private static ReadOnlySpan<char> BaseOf(string? tag)
    {
        var value = tag.AsSpan().Trim('"');
        var dash = value.IndexOf('-');
        return dash < 0 ? value : value[..dash];
    }
}
