using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Search;

namespace Reader.Pages;

internal sealed class SearchModel(LibrarySearch search) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.Nothing(SearchQuery.Empty);

    /// <summary>
    /// <paramref name="p"/> is the page of results (<c>page</c> is a route value Razor Pages keeps for itself); one
    /// that is missing, unreadable (<c>p=abc</c>) or out of range shows the nearest page.
    /// </summary>
    public async Task OnGetAsync(string? q, int p = 1)
    {
        var query = SearchQuery.Parse(q);
        Results = query.IsEmpty ? SearchResults.Nothing(query) : (await search.Current.Index).Search(query, p);
    }
}
