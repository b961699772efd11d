using System.Collections.Frozen;

namespace Reader.Essays;

/// <summary>An essay as readers meet it: what it is about (its metadata) and its sections in reading order.</summary>
internal sealed record Essay(
    string Slug,
    EssayMetadata Metadata,
    IReadOnlyList<Section> Sections,
    FrozenDictionary<string, Section> SectionsBySlug,
    string SourcePath)
{
    public string Title => Metadata.Title;

    public string Summary => Metadata.Summary;

    public string Language => Metadata.Language;

    public int WordCount { get; } = Sections.Sum(section => section.WordCount);

    public int ReadingMinutes => ReadingTime.Minutes(WordCount);

    public Section FirstSection => Sections[0];

    public Section? FindSection(string? slug) => slug is null ? null : SectionsBySlug.GetValueOrDefault(slug);

    /// <summary>Links to essays' pages, checked against the whole library once it is loaded.</summary>
    public IReadOnlyList<Content.EssayLink> Links { get; init; } = [];

    /// <summary>The images the essay shows, which the library serves.</summary>
    public IReadOnlyList<Figures.Figure> Figures { get; init; } = [];
}

/// <summary>
/// The text under one level-2 heading (or, for the opening section, the text before the first one).
/// </summary>
/// <param name="Html">
/// The body as the whole-essay page shows it, under the section's h2, its subheadings at their level in the
/// essay (h3 and deeper). The section's own page raises them a level: <see cref="HeadingLevels.RaisedOneLevel"/>.
/// </param>
internal sealed record Section(
    int Number,
    string Slug,
    string Title,
    IReadOnlyList<Subheading> Subheadings,
    string Html,
    string PlainText,
    int WordCount,
    SectionLink? Previous,
    SectionLink? Next)
{
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);
}

/// <summary>A heading inside a section (level 3 and deeper), for the table of contents.</summary>
internal sealed record Subheading(int Level, string Id, string Title);

/// <summary>A neighbouring section, as previous/next navigation shows it.</summary>
internal sealed record SectionLink(string Slug, string Title);

internal static class ReadingTime
{
    public const int WordsPerMinute = 230;

    public static int Minutes(int words) => Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
}
