using Microsoft.AspNetCore.Html;
using Reader.Essays;

namespace Reader.Search;

/// <summary>The answer to one search: the query as searched, how many sections match and the best of them.</summary>
/// <param name="HasWords">Whether the query had anything to search for (not only punctuation or words like 'the').</param>
internal sealed record SearchResults(SearchQuery Query, bool HasWords, int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults Nothing(SearchQuery query) => new(query, HasWords: false, Total: 0, []);
}

/// <summary>One matching section, its heading and snippet as HTML with the matched words in <c>&lt;mark&gt;</c>.</summary>
/// <param name="Heading">The section heading, HTML-encoded, with matched words marked.</param>
/// <param name="Snippet">Text from the section around the best matches, HTML-encoded, with matched words marked.</param>
internal sealed record SearchHit(Essay Essay, Section Section, HtmlString Heading, HtmlString Snippet);
