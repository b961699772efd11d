using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Essays;
using Reader.Search;

namespace Reader.Pages;

internal sealed class SearchModel(LibraryStore store) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.Nothing(SearchQuery.Empty);

    public void OnGet(string? q)
    {
        var query = SearchQuery.Parse(q);
        Results = query.IsEmpty ? SearchResults.Nothing(query) : store.Snapshot.Index.Search(query);
    }
}
