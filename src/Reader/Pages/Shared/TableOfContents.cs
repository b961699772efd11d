using Reader.Essays;

namespace Reader.Pages.Shared;

/// <summary>What the table of contents partial shows: the essay's headings, the current one marked.</summary>
/// <param name="OnePage">Whether the headings link to anchors on the whole-essay page rather than to section pages.</param>
/// <param name="Collapsible">Whether it folds away on narrow screens (beside the text); on wide screens it is a sidebar.</param>
internal sealed record TableOfContents(Essay Essay, Section? Current, bool OnePage = false, bool Collapsible = false);

/// <summary>What the previous/next partial shows.</summary>
internal sealed record Pager(Essay Essay, SectionLink? Previous, SectionLink? Next)
{
    public string EssaySlug => Essay.Slug;
}

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
