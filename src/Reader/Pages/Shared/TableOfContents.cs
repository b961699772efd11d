using Reader.Essays;

namespace Reader.Pages.Shared;

/// <summary>What the table of contents partial shows: the essay's headings, the current one marked.</summary>
/// <param name="OnePage">Whether the headings link to anchors on the whole-essay page rather than to section pages.</param>
internal sealed record TableOfContents(Essay Essay, Section? Current, bool OnePage = false);

/// <summary>What the previous/next partial shows.</summary>
internal sealed record Pager(string EssaySlug, SectionLink? Previous, SectionLink? Next);
