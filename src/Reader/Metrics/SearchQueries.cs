using System.Diagnostics.Metrics;
using Reader.Search;
using Reader.Security;
using Reader.Store;

namespace Reader.Metrics;

/// <summary>
/// Counts the searches the site answers: after the rate limit, so a refused search is not one, and before the
/// page cache, so a search answered from it is. A visit to the search page with no query is not a search.
/// </summary>
internal sealed class SearchQueries(IMeterFactory meters)
{
    private readonly Counter<long> queries = meters.Create(LibraryMetrics.MeterName).CreateCounter<long>("reader.search.queries", "{query}",
        "Searches answered (those the rate limit let through), from the page cache or not.");

    public Task CountAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)
            && request.Path.Equals(SearchRateLimit.SearchPath, StringComparison.OrdinalIgnoreCase)
            && !SearchQuery.Parse(request.Query["q"].FirstOrDefault()).IsEmpty)
        {
            queries.Add(1);
        }

        return next(context);
    }
}
