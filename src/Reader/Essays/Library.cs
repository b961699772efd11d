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

    public Essay? FindEssay(string slug) => essaysBySlug.GetValueOrDefault(slug);
}
