using System.Collections.Frozen;
using System.Text;
using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>An essay as readers meet it: what it is about (its metadata) and its sections in reading order.</summary>
internal sealed record Essay(string Slug, EssayMetadata Metadata, IReadOnlyList<Section> Sections, string SourcePath)
{
    private readonly FrozenDictionary<string, Section> sectionsBySlug = Sections.ToFrozenDictionary(section => section.Slug, StringComparer.Ordinal);

    public string Title => Metadata.Title;

    public string Summary => Metadata.Summary;

    public string Language => Metadata.Language;

    /// <summary>The HTML <c>dir</c> of the essay's text: <c>rtl</c> for Arabic, Hebrew, Persian, Urdu and other right-to-left scripts.</summary>
    public string Direction => LanguageTag.Direction(Language);

    public int WordCount { get; } = Sections.Sum(section => section.WordCount);

    /// <summary>The essay's length in its language's reading unit (words, or characters for Chinese and Japanese).</summary>
    public int ReadingLength { get; } = Sections.Sum(section => section.ReadingLength);

    public ReadingPace Pace => ReadingPace.For(Language);

    public int ReadingMinutes => Pace.Minutes(ReadingLength);

    public Section FirstSection => Sections[0];

    public Section? FindSection(string? slug) => slug is null ? null : sectionsBySlug.GetValueOrDefault(slug);

    /// <summary>The images the essay shows (its cover too), which the library serves.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>The image link previews and search engines show for the essay: its cover or its first figure.</summary>
    public FigureUse? ShareImage { get; init; }
}

/// <summary>An essay as the parser gives it: with the links it makes to essays' pages, which only the whole library can check.</summary>
internal sealed record ParsedEssay(Essay Essay, IReadOnlyList<EssayLink> Links)
{
    /// <summary>Where the essay's <c>part:</c> is written, for problems of its series that only the whole library shows.</summary>
    public PartDeclaration? Part { get; init; }
}

/// <summary>The file, line and column of an essay's <c>part:</c> number.</summary>
internal sealed record PartDeclaration(string Path, int Line, int Column);

/// <summary>
/// The text under one level-2 heading (or, for the opening section, the text before the first one).
/// </summary>
/// <remarks>
/// Its HTML is kept as UTF-8, half the memory of .NET's UTF-16 strings: it is most of what a library holds, and it
/// is read only when a page is rendered (then cached) or the search index is built. Its text is derived from it
/// when needed (<see cref="SectionText"/>), not kept.
/// </remarks>
internal sealed record Section
{
    private readonly byte[] html;
    private readonly int? readingLength;

    public Section(int number, string slug, string title, IReadOnlyList<Subheading> subheadings, string html,
        int wordCount, SectionLink? previous, SectionLink? next)
    {
        Number = number;
        Slug = slug;
        Title = title;
        Subheadings = subheadings;
        this.html = Encoding.UTF8.GetBytes(html);
        WordCount = wordCount;
        Previous = previous;
        Next = next;
    }

    public int Number { get; init; }

    public string Slug { get; init; }

    public string Title { get; init; }

    public IReadOnlyList<Subheading> Subheadings { get; init; }

    /// <summary>
    /// The body as the whole-essay page shows it, under the section's h2, its subheadings at their level in the
    /// essay (h3 and deeper). The section's own page raises them a level: <see cref="HeadingLevels.RaisedOneLevel"/>.
    /// </summary>
    public string Html => Encoding.UTF8.GetString(html);

    public int WordCount { get; init; }

    public SectionLink? Previous { get; init; }

    public SectionLink? Next { get; init; }

    /// <summary>How the essay's language is read, in which <see cref="ReadingLength"/> is measured.</summary>
    public ReadingPace Pace { get; init; } = ReadingPace.Words;

    /// <summary>The section's length in <see cref="Pace"/>'s unit: its words, or its characters for Chinese and Japanese.</summary>
    public int ReadingLength
    {
        get => readingLength ?? WordCount;
        init => readingLength = value;
    }

    public int ReadingMinutes => Pace.Minutes(ReadingLength);

    /// <summary>Two sections are equal when everything in them is, their text compared byte for byte.</summary>
    public bool Equals(Section? other) =>
        other is not null
        && (Number, Slug, Title, WordCount, Previous, Next, Pace, ReadingLength) == (other.Number, other.Slug, other.Title, other.WordCount, other.Previous, other.Next, other.Pace, other.ReadingLength)
        && Subheadings.SequenceEqual(other.Subheadings)
        && html.AsSpan().SequenceEqual(other.html);

    public override int GetHashCode() => HashCode.Combine(Number, Slug, Title, WordCount);
}

/// <summary>A heading inside a section (level 3 and deeper), for the table of contents.</summary>
internal sealed record Subheading(int Level, string Id, string Title);

/// <summary>A neighbouring section, as previous/next navigation shows it.</summary>
internal sealed record SectionLink(string Slug, string Title);
