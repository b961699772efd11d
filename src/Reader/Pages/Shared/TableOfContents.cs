using Reader.Essays;

namespace Reader.Pages.Shared;

/// <summary>What the table of contents partial shows: the essay's headings, the current one marked.</summary>
/// <param name="OnePage">Whether the headings link to anchors on the whole-essay page rather than to section pages.</param>
/// <param name="Collapsible">Whether it folds away on narrow screens (beside the text); on wide screens it is a sidebar.</param>
internal sealed record TableOfContents(Essay Essay, Section? Current, bool OnePage = false, bool Collapsible = false);

/// <summary>What an essay's card in a list shows: the essay, and its place in a series from the same library as the list.</summary>
internal sealed record EssayCard(Essay Essay, SeriesPosition? Series);

/// <summary>What the previous/next partial shows.</summary>
/// <param name="TitleLanguage">The essay's language for the titles, where the pager around them is marked as the site's English; else null.</param>
internal sealed record Pager(Essay Essay, SectionLink? Previous, SectionLink? Next, string? TitleLanguage)
{
    public string EssaySlug => Essay.Slug;

    /// <summary>Back, against the reading direction: left in a left-to-right essay, right in a right-to-left one.</summary>
    public string PreviousArrow => Essay.Direction == "rtl" ? "→" : "←";

    public string NextArrow => Essay.Direction == "rtl" ? "←" : "→";

    public string? TitleDirection => TitleLanguage is null ? null : Essay.Direction;
}

/// <summary>
/// The <c>rel=prev</c>/<c>rel=next</c> head links of a page with no neighbours inside its essay (the front page,
/// the whole-essay page): the same page of the previous and next parts of its series.
/// </summary>
internal sealed record SeriesLinks(SeriesPosition? Position, Func<string, string> PageOf);

/// <summary>Where a section sits in its essay, in sections and in reading time (words, or characters for Chinese and Japanese).</summary>
internal sealed record Position(int Number, int Count, int LengthThrough, int Length, int MinutesHere, int MinutesLeft)
{
    public static Position Of(Essay essay, Section section)
    {
        var before = essay.Sections.Take(section.Number - 1).Sum(part => part.ReadingLength);
        return new Position(
            section.Number,
            essay.Sections.Count,
            before + section.ReadingLength,
            essay.ReadingLength,
            section.ReadingMinutes,
            essay.Pace.Minutes(essay.ReadingLength - before));
    }
}
