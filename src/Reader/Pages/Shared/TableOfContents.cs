using Reader.Essays;

namespace Reader.Pages.Shared;

/// <summary>What the table of contents partial shows: the essay's headings, the current one marked.</summary>
/// <param name="OnePage">Whether the headings link to anchors on the whole-essay page rather than to section pages.</param>
/// <param name="Collapsible">Whether it folds away on narrow screens (beside the text); on wide screens it is a sidebar.</param>
internal sealed record TableOfContents(Essay Essay, Section? Current, bool OnePage = false, bool Collapsible = false);

/// <summary>What the previous/next partial shows.</summary>
internal sealed record Pager(string EssaySlug, SectionLink? Previous, SectionLink? Next);

/// <summary>
/// The <c>rel=prev</c>/<c>rel=next</c> head links of a page with no neighbours inside its essay (the front page,
/// the whole-essay page): the same page of the previous and next parts of its series.
/// </summary>
internal sealed record SeriesLinks(SeriesPosition? Position, Func<string, string> PageOf);

/// <summary>Where a section sits in its essay, in sections and in reading time.</summary>
internal sealed record Position(int Number, int Count, int WordsThrough, int WordCount, int MinutesHere, int MinutesLeft)
{
    public static Position Of(Essay essay, Section section)
    {
        var wordsBefore = essay.Sections.Take(section.Number - 1).Sum(part => part.WordCount);
        return new Position(
            section.Number,
            essay.Sections.Count,
            wordsBefore + section.WordCount,
            essay.WordCount,
            section.ReadingMinutes,
            ReadingTime.Minutes(essay.WordCount - wordsBefore));
    }
}
