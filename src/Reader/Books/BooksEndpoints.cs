using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Reader.Site;
using Reader.Store;

namespace Reader.Books;

internal static class BooksEndpoints
{
    /// <summary>The same for every reader and changed only with the library; revalidated with its strong ETag.</summary>
    private const string CacheControl = "public, max-age=60, s-maxage=300";

    public static WebApplicationBuilder AddBooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EpubShelf>();
        return builder;
    }

    /// <summary>
    /// <c>/essays/{essay}.epub</c>, the essay to take away, and <c>/opds.xml</c>, the catalogue e-reader apps
    /// browse. The framework's file result answers <c>If-None-Match</c> with 304, ranges and HEAD.
    /// </summary>
    public static IEndpointRouteBuilder MapBooks(this IEndpointRouteBuilder endpoints)
    {
        string[] getAndHead = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/essays/{essay}.epub", getAndHead, (string essay, EpubShelf shelf, HttpContext context) =>
            Download(shelf.Find(essay), context));
        endpoints.MapMethods("/series/{series}.epub", getAndHead, (string series, EpubShelf shelf, HttpContext context) =>
            Download(shelf.FindSeries(series), context));
        endpoints.MapMethods(Addresses.Catalogue, getAndHead, (LibraryStore store, IOptions<SiteOptions> site) =>
            Results.Bytes(OpdsCatalogue.Render(store.Current, site.Value), Addresses.CatalogueType));
        return endpoints;
    }

    private static IResult Download(EpubFile? file, HttpContext context)
    {
        if (file is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.ContentDisposition = Disposition(file.Slug);
        return Results.File(file.Bytes, Addresses.EpubType, lastModified: null,
            entityTag: new EntityTagHeaderValue(file.EntityTag), enableRangeProcessing: true);
    }

    /// <summary><c>attachment; filename="{essay}.epub"</c>, with the RFC 6266 UTF-8 form too for a name outside ASCII.</summary>
    private static string Disposition(string slug)
    {
        var name = slug + ".epub";
        if (name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return $"attachment; filename=\"{name}\"";
        }

        var value = new ContentDispositionHeaderValue("attachment");
        value.SetHttpFileName(name);
        return value.ToString();
    }
}
