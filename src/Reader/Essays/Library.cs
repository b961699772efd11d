using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

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
        Modified = Essays.Count == 0 ? DateTimeOffset.UnixEpoch : Essays.Max(essay => essay.Metadata.Modified);
        Version = VersionOf(Essays);
        Figures = new Figures.FigureIndex(Essays.SelectMany(essay => essay.Figures));
    }

    public IReadOnlyList<Essay> Essays { get; }

    public int SectionCount { get; }

    /// <summary>Every tag an essay carries, by name, each with its essays newest first.</summary>
    public IReadOnlyList<TagShelf> Tags { get; }

    /// <summary>When the newest change to any essay was made.</summary>
    public DateTimeOffset Modified { get; }

    /// <remarks>Model binding turns a whitespace-only route value (<c>/essays/%0d%0a</c>) into null.</remarks>
    public Essay? FindEssay(string? slug) => slug is null ? null : essaysBySlug.GetValueOrDefault(slug);

    public TagShelf? FindTag(string? slug) => slug is null ? null : tagsBySlug.GetValueOrDefault(slug);

    /// <summary>
    /// A hash of everything pages show, so two libraries with the same text have the same version and any
    /// change to the text gives a new one: HTTP validators and cache keys are built from it.
    /// </summary>
    public string Version { get; }

    /// <summary>The images the essays show, by the hash in their address; section HTML carries the hash, so the version follows them.</summary>
    public Figures.FigureIndex Figures { get; }

    private static string VersionOf(IReadOnlyList<Essay> essays)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
            hash.AppendData([0, 0]);
        }

        foreach (var essay in essays)
        {
            Add(essay.Slug);
            Add(essay.Title);
            Add(essay.Summary);
            Add(essay.Language);
            // The metadata shows in bylines, cards, tags pages and citations.
            // A record's ToString() prints a list as its type name, so lists are hashed item by item.
            Add((essay.Metadata with { Tags = [], Authors = [] }).ToString());
            Add(string.Join('\u0001', essay.Metadata.Tags.Select(tag => tag.Name)));
            foreach (var author in essay.Metadata.Authors)
            {
                Add(author.Family);
                Add(author.Given ?? "");
                Add(author.Particle ?? "");
                Add(author.Suffix ?? "");
                Add(author.IsOrganization ? "organization" : "person");
            }

            Add(essay.Metadata.Authors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var section in essay.Sections)
            {
                Add(section.Slug);
                Add(section.Title);
                Add(section.Html);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }
}

/// <summary>A tag and the essays that carry it.</summary>
internal sealed record TagShelf(Tag Tag, IReadOnlyList<Essay> Essays)
{
    public DateTimeOffset Modified { get; } = Essays.Max(essay => essay.Metadata.Modified);
}
