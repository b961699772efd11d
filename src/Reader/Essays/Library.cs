using System.Collections.Frozen;

namespace Reader.Essays;

/// <summary>
/// Every essay the site serves, built as a whole and never changed: a new library replaces the old one.
/// </summary>
internal sealed class Library
{
    public static readonly Library Empty = new([]);

    private readonly FrozenDictionary<string, Essay> essaysBySlug;

    public Library(IEnumerable<Essay> essays)
    {
        Essays = [.. essays.OrderBy(essay => essay.Title, StringComparer.CurrentCultureIgnoreCase)];
        essaysBySlug = Essays.ToFrozenDictionary(essay => essay.Slug, StringComparer.Ordinal);
        SectionCount = Essays.Sum(essay => essay.Sections.Count);
    }

    public IReadOnlyList<Essay> Essays { get; }

    public int SectionCount { get; }

    /// <remarks>Model binding turns a whitespace-only route value (<c>/essays/%0d%0a</c>) into null.</remarks>
    public Essay? FindEssay(string? slug) => slug is null ? null : essaysBySlug.GetValueOrDefault(slug);
}
