using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Reader.Caching;

/// <summary>
/// Serves a page that has been rendered before as its ready bytes, ahead of routing, Razor Pages and the output
/// cache: a lookup by path and coding, its headers, and one write. A page not yet kept goes on through the
/// pipeline, and what it sends is kept on its way out, when it is a page every reader of the path gets alike
/// (<see cref="IsKeepable"/>). A matching If-None-Match gets its 304 here too, and a HEAD the headers alone.
/// </summary>
internal sealed class ReadyPagesMiddleware(
    RequestDelegate next, ReadyPages pages, IResponseCompressionProvider compression, IOptionsMonitor<CachingOptions> options, PageCacheMetrics metrics)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method))
            || !options.CurrentValue.OutputCache
            || request.Path.Value is not { } path
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || (request.QueryString.HasValue && request.Query.ContainsKey(PageAddress.HandlerKey)))
        {
            return next(context);
        }

        var edition = pages.Current;
        var coding = ContentCoding.Chosen(compression, context);
        if (edition.Pages.TryGetValue((path, coding), out var page))
        {
            return Serve(context, page, isGet);
        }

        return isGet ? RenderAndKeep(context, edition, path, coding) : next(context);
    }

    private Task Serve(HttpContext context, ReadyPage page, bool withBody)
    {
        var response = context.Response;
        var headers = response.Headers;
        context.Request.RouteValues = new RouteValueDictionary(page.RouteValues);
        if (PageValidators.MatchingEntityTag(context.Request, page.EntityTag) is { } matched)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ETag = matched;
            headers.CacheControl = page.CacheControl;
            headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }

        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.ContentLength = page.Body.Length;
        if (!withBody)
        {
            return Task.CompletedTask;
        }

        // As in the output cache, only a page sent whole counts as a lookup: a 304 or a HEAD is neither hit nor miss.
        metrics.Served(fromCache: true);
        var written = response.Body.WriteAsync(page.Body);
        return written.IsCompletedSuccessfully ? Task.CompletedTask : written.AsTask();
    }

    private async Task RenderAndKeep(HttpContext context, ReadyPages.Edition edition, string path, string coding)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var capture = new CapturingStream(original.Stream, options.CurrentValue.OutputCacheMaximumPageSize);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, original));
        IReadOnlyList<KeyValuePair<string, StringValues>>? sent = null;
        context.Response.OnStarting(() =>
        {
            // Runs after the page's own callbacks (its validators) and before the outer ones (the security
            // headers, which every response gets anyway), so these are the headers that belong to the page. A
            // response that will not be kept (a search, a 404) stops being copied before its first byte.
            if (IsKeepable(context, coding))
            {
                sent = PageHeaders(context.Response.Headers);
            }
            else
            {
                capture.Discard();
            }

            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        if (sent is null)
        {
            return;
        }

        metrics.Served(fromCache: false);
        if (capture.Captured is { } body && PageValidators.EntityTagOf(context.Response.Headers.ETag.ToString()) is { } entityTag)
        {
            var headers = context.Response.Headers;
            pages.TryKeep(edition, path, coding, new ReadyPage(body, sent, entityTag, headers.CacheControl.ToString(), new RouteValueDictionary(context.Request.RouteValues)));
        }
    }

    /// <summary>
    /// A page whose bytes are the same for every reader of its path: a Razor Page that reads nothing from the
    /// query, answered 200 with its validators (a page rendered while the library was replaced has none), in the
    /// coding asked for, setting no cookie and not marked private or no-store.
    /// </summary>
    private static bool IsKeepable(HttpContext context, string coding)
    {
        var response = context.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && PageVariant.IsPageRequest(context)
            && !PageAddress.ReadsQuery(context)
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && response.Headers.ETag.Count == 1
            && ContentCoding.Of(response) == coding
            && response.GetTypedHeaders().CacheControl is not ({ NoStore: true } or { Private: true });
    }

    /// <summary>The headers to send again with the same bytes: not those of this one exchange.</summary>
    private static KeyValuePair<string, StringValues>[] PageHeaders(IHeaderDictionary headers) =>
    [
        .. headers.Where(header => !PerExchange.Contains(header.Key)),
    ];

    private static readonly HashSet<string> PerExchange = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.SetCookie, HeaderNames.Age, HeaderNames.Connection, HeaderNames.KeepAlive,
    };
}
