using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Reading;
using Reader.Search;

namespace Reader.Caching;

/// <summary>
/// The part of a request's address a page reads: its path and, on the search page, the normalised query and the
/// page of results; on the settings page, the page to return to. Every other query parameter is ignored by the
/// page, the cache key and the ETag, so <c>?r=1</c>, <c>?r=2</c>, … are one entry, and the page never writes them back.
/// </summary>
internal static class PageAddress
{
    /// <summary>Razor Pages picks a handler by this query parameter; a request that names one is never cached.</summary>
    public const string HandlerKey = "handler";

    private const string SearchPage = "/Search";
    private const string SettingsView = "/Settings";

    /// <summary>What the search page reads from the query: the query as searched and the page of results asked for.</summary>
    public static (SearchQuery Query, int Page) Search(IQueryCollection query) =>
        (SearchQuery.Parse(query["q"].FirstOrDefault()), PageNumber(query["p"].FirstOrDefault()));

    /// <summary>Whether the page reads its query (search and settings); every other page reads only its path.</summary>
    public static bool ReadsQuery(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath is SearchPage or SettingsView;

    /// <summary>The query string the page depends on, in one canonical form; empty for every page but search and settings.</summary>
    public static string Query(HttpContext context)
    {
        var view = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath;
        if (view == SettingsView)
        {
            return SettingsPage.Query(SettingsPage.ReturnPath(context.Request.Query[SettingsPage.ReturnKey].FirstOrDefault()));
        }

        if (view != SearchPage)
        {
            return "";
        }

        var (query, page) = Search(context.Request.Query);
        var parts = new List<KeyValuePair<string, string?>>(2);
        if (!query.IsEmpty)
        {
            parts.Add(new("q", query.Text));
        }

        if (page > 1)
        {
            parts.Add(new("p", page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(parts).Value ?? "";
    }

    /// <summary>The page's own address, as a form may send the reader back to it.</summary>
    public static string PathAndQuery(HttpContext context)
    {
        return (context.Request.PathBase + context.Request.Path).ToUriComponent() + Query(context);
    }

    /// <summary>A page number as written (<c>2</c>); anything else, missing, unreadable or below one, is the first page.</summary>
    private static int PageNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1 ? number : 1;
}
