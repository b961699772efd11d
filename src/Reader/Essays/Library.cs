using System.Collections.Frozen;
using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>
/// Every essay the site serves, built as a whole and never changed: a new library replaces the old one.
/// Essays are listed newest first; undated ones follow the dated ones, by title.
/// </summary>
internal sealed class Library
{
    public static readonly Library Empty = new([]);

    private readonly FrozenDictionary<string, Essay> essaysBySlug;
    private readonly FrozenDictionary<string, TagShelf> tagsBySlug;
    private readonly FrozenDictionary<string, Series> seriesBySlug;
    private readonly FrozenDictionary<string, IReadOnlyList<Essay>> translationsByKey;

    public Library(IEnumerable<Essay> essays)
    {
        Essays = [.. essays
            .OrderBy(essay => essay.Metadata.Date is null)
            .ThenByDescending(essay => essay.Metadata.Date)
            .ThenBy(essay => essay.Title, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(essay => essay.Slug, StringComparer.Ordinal)];
        essaysBySlug = Essays.ToFrozenDictionary(essay => essay.Slug, StringComparer.Ordinal);
        SectionCount = Essays.Sum(essay => essay.Sections.Count);
        Tags = [.. Essays
            .SelectMany(essay => essay.Metadata.Tags.Select(tag => (tag, essay)))
            .GroupBy(pair => pair.tag.Slug, StringComparer.Ordinal)
            .Select(group => new TagShelf(group.First().tag, [.. group.Select(pair => pair.essay)]))
            .OrderBy(shelf => shelf.Tag.Name, StringComparer.CurrentCultureIgnoreCase)];
        tagsBySlug = Tags.ToFrozenDictionary(shelf => shelf.Tag.Slug, StringComparer.Ordinal);
        Series = Reader.Essays.Series.Of(Essays);
        seriesBySlug = Series.ToFrozenDictionary(series => series.Slug, StringComparer.Ordinal);
        translationsByKey = Essays
            .Where(essay => essay.Metadata.Translation is not null)
            .GroupBy(essay => essay.Metadata.Translation!.Key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .ToFrozenDictionary(
                group => group.Key,
                IReadOnlyList<Essay> (group) => [.. group.OrderBy(essay => essay.Language, StringComparer.OrdinalIgnoreCase).ThenBy(essay => essay.Slug, StringComparer.Ordinal)],
                StringComparer.Ordinal);
        Modified = Essays.Count == 0 ? DateTimeOffset.UnixEpoch : Essays.Max(essay => essay.Metadata.Modified);
        Version = LibraryVersion.Of(Essays);
        Figures = new FigureIndex(Essays.SelectMany(essay => essay.Figures));
    }

    public IReadOnlyList<Essay> Essays { get; }

    public int SectionCount { get; }

    /// <summary>Every tag an essay carries, by name, each with its essays newest first.</summary>
    public IReadOnlyList<TagShelf> Tags { get; }

    /// <summary>Every series of published essays, by name, each with its parts in order.</summary>
    public IReadOnlyList<Series> Series { get; }

    /// <summary>When the newest change to any essay was made.</summary>
    public DateTimeOffset Modified { get; }

    /// <remarks>Model binding turns a whitespace-only route value (<c>/essays/%0d%0a</c>) into null.</remarks>
    public Essay? FindEssay(string? slug) => slug is null ? null : essaysBySlug.GetValueOrDefault(slug);

    /// <summary>
    /// Every language version of the essay (itself too) by language tag, when its <c>translationKey</c> is
    /// shared by another essay in this library; otherwise none.
    /// </summary>
    public IReadOnlyList<Essay> Translations(Essay essay) =>
        essay.Metadata.Translation is { } translation && translationsByKey.TryGetValue(translation.Key, out var versions) ? versions : [];

    public TagShelf? FindTag(string? slug) => slug is null ? null : tagsBySlug.GetValueOrDefault(slug);

    public Series? FindSeries(string? slug) => slug is null ? null : seriesBySlug.GetValueOrDefault(slug);

    /// <summary>Where a published essay stands in its series; null for an essay in none, and for a draft.</summary>
    public SeriesPosition? SeriesPositionOf(Essay essay) =>
        essay.Metadata.Series is { } membership && FindSeries(membership.Slug) is { } series ? series.PositionOf(essay) : null;

    /// <summary>
    /// A hash of everything pages show, so two libraries with the same text have the same version and any
    /// change to the text gives a new one: HTTP validators and cache keys are built from it.
    /// </summary>
    public string Version { get; }

    /// <summary>The images the essays show, by the hash in their address; section HTML carries the hash, so the version follows them.</summary>
    public FigureIndex Figures { get; }
}

/// <summary>A tag and the essays that carry it.</summary>
internal sealed record TagShelf(Tag Tag, IReadOnlyList<Essay> Essays)
{
    public DateTimeOffset Modified { get; } = Essays.Max(essay => essay.Metadata.Modified);
}
