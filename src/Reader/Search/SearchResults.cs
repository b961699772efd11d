using Microsoft.AspNetCore.Html;
using Reader.Essays;

namespace Reader.Search;

/// <summary>The answer to one search: the query as searched, how many sections match and one page of them, best first.</summary>
/// <param name="HasWords">Whether the query had anything to search for (not only punctuation).</param>
/// <param name="Page">The page shown, from 1; a page past the last one shows the last one.</param>
internal sealed record SearchResults(SearchQuery Query, bool HasWords, int Total, int Page, IReadOnlyList<SearchHit> Hits)
{
    public const int PageSize = 10;

    /// <summary>Readers refine a search long before this; the limit keeps every request cheap.</summary>
    public const int MaximumPage = 50;

    public static SearchResults Nothing(SearchQuery query) => new(query, HasWords: false, Total: 0, Page: 1, []);

    /// <summary>The position in the whole result list of the first hit on this page.</summary>
    public int FirstNumber => ((Page - 1) * PageSize) + 1;

    public int LastNumber => FirstNumber + Hits.Count - 1;

    public bool HasPreviousPage => Page > 1;

    public bool HasNextPage => Page * PageSize < Total && Page < MaximumPage;
}

/// <summary>One matching section, its heading and snippet as HTML with the matched words in <c>&lt;mark&gt;</c>.</summary>
/// <param name="Heading">The section heading, HTML-encoded, with matched words marked.</param>
/// <param name="Snippet">Text from the section around the best matches, HTML-encoded, with matched words marked.</param>
/// <param name="Fragment">Where on the section's page the best match is (<c>p7:~:text=…</c>); null for a match in the heading only.</param>
internal sealed record SearchHit(Essay Essay, Section Section, HtmlString Heading, HtmlString Snippet, string? Fragment);
