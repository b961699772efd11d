using Microsoft.Net.Http.Headers;
using Reader.Essays.Figures;
using Reader.Store;

namespace Reader.Figures;

internal static class FiguresEndpoints
{
    /// <summary>The site's policy forbids scripts in pages; an SVG opened on its own is a document too, so it gets none either.</summary>
    public const string SvgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>
    /// Serves the figures the current library shows at <c>/figures/{hash}/{name}.{ext}</c>. The hash alone finds
    /// the file, so only images some essay shows are ever served; the framework's file result answers
    /// ranges (206) and the hash, as ETag, answers 304.
    /// </summary>
    public static IEndpointRouteBuilder MapFigures(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Figure.AddressPrefix + "{hash}/{file}", [HttpMethods.Get, HttpMethods.Head], (string hash, string file, LibraryStore store, HttpContext context) =>
        {
            if (store.Current.Figures.Find(hash) is not { } figure || !file.EndsWith(figure.Format.Extension, StringComparison.Ordinal))
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
            if (figure.Format.IsSvg)
            {
                headers.ContentSecurityPolicy = SvgContentSecurityPolicy;
            }

            return Results.File(figure.Path, figure.Format.MediaType, lastModified: null,
                entityTag: new EntityTagHeaderValue($"\"{figure.Hash}\""), enableRangeProcessing: true);
        });
        return app;
    }
}
