using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NetVips;
using Reader.Content;
using Reader.Essays.Figures;
using Reader.Store;

namespace Reader.Figures;

internal static partial class FiguresEndpoints
{
    /// <summary>The site's policy forbids scripts in pages; an SVG opened on its own is a document too, so it gets none either.</summary>
    public const string SvgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Keeps the resized copies of figures in memory, within <c>Reader:Figures:VariantCacheBytes</c>.</summary>
    public static WebApplicationBuilder AddFigures(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new VariantCache(services.GetRequiredService<IOptions<FigureOptions>>().Value.VariantCacheBytes));
        return builder;
    }

    /// <summary>
    /// Serves the figures the current library shows at <c>/figures/{hash}/{name}.{ext}</c>, and their resized
    /// copies at <c>/figures/{hash}/{name}-{width}w.webp</c>. The hash alone finds the file, so only images some
    /// essay shows are ever served, and only at the widths its pages offer; the framework's file result answers
    /// ranges (206) and the ETag answers 304.
    /// </summary>
    public static IEndpointRouteBuilder MapFigures(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Figure.AddressPrefix + "{hash}/{file}", [HttpMethods.Get, HttpMethods.Head], async (string hash, string file, LibraryStore store, VariantCache variants,
            IOptions<FigureOptions> options, ILoggerFactory loggers, HttpContext context) =>
        {
            if (store.Current.Figures.Find(hash) is not { } figure)
            {
                return Results.NotFound();
            }

            var width = FigureVariants.WidthIn(figure, file);
            if (width is null && !file.EndsWith(figure.Format.Extension, StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            if (width is { } asked && !FigureVariants.WidthsFor(figure, options.Value.Widths).Contains(asked))
            {
                return Results.NotFound();
            }

            // An image rewritten since it was hashed waits for the reload that gives it a new address.
            var disk = new FileInfo(figure.Path);
            if (!disk.Exists || disk.Length != figure.Length || disk.LastWriteTimeUtc != figure.LastWriteUtc)
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.CacheControl = Immutable;
            if (width is not { } variantWidth)
            {
                if (figure.Format.IsSvg)
                {
                    headers.ContentSecurityPolicy = SvgContentSecurityPolicy;
                }

                return Results.File(figure.Path, figure.Format.MediaType, lastModified: null,
                    entityTag: new EntityTagHeaderValue($"\"{figure.Hash}\""), enableRangeProcessing: true);
            }

            var tag = new EntityTagHeaderValue($"\"{figure.Hash}-{variantWidth}w\"");
            // A reader who has the copy is answered before it is made again, should it have left the cache.
            if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } known && known.Any(known => known.Compare(tag, useStrongComparison: false) || known.Equals(EntityTagHeaderValue.Any)))
            {
                context.Response.GetTypedHeaders().ETag = tag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var bytes = await variants.GetOrMakeAsync(new VariantKey(figure.Hash, variantWidth), () => Make(figure, variantWidth, loggers.CreateLogger(typeof(FiguresEndpoints))));
            return bytes is null
                ? Results.NotFound()
                : Results.Bytes(bytes, FigureVariants.Format.MediaType, lastModified: null, entityTag: tag, enableRangeProcessing: true);
        });
        return app;
    }

    /// <summary>The figure's copy at <paramref name="width"/>, or null, with a warning, for a file libvips cannot decode.</summary>
    internal static byte[]? Make(Figure figure, int width, ILogger logger)
    {
        try
        {
            return VariantEncoder.Encode(figure.Path, figure.Format, width);
        }
        // The native library missing (an architecture the app was not published for) is the same for the reader: no copy.
        catch (Exception exception) when (exception is VipsException or DllNotFoundException or TypeInitializationException)
        {
            LogUndecodable(logger, figure.Path, width, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image {Path} could not be decoded to make its {Width}-pixel copy, which answers 404: {Reason}")]
    private static partial void LogUndecodable(ILogger logger, string path, int width, string reason);
}
