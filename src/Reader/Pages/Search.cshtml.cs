using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Caching;
using Reader.Search;

namespace Reader.Pages;

internal sealed class SearchModel(LibrarySearch search) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.Nothing(SearchQuery.Empty);

    /// <summary>
    /// Reads <c>q</c> and <c>p</c>, the page of results (<c>page</c> is a route value Razor Pages keeps for itself),
    /// exactly as the page cache keys them (<see cref="PageAddress.Search"/>); a page that is missing, unreadable
    /// (<c>p=abc</c>) or out of range shows the nearest page.
    /// </summary>
    public async Task OnGetAsync()
    {
        var (query, page) = PageAddress.Search(Request.Query);
        Results = query.IsEmpty ? SearchResults.Nothing(query) : (await search.Current.Index).Search(query, page);
    }
}
