using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

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
        Version = VersionOf(Essays);
    }

    public IReadOnlyList<Essay> Essays { get; }

    public int SectionCount { get; }

    /// <summary>
    /// A hash of everything pages show, so two libraries with the same text have the same version and any
    /// change to the text gives a new one: HTTP validators and cache keys are built from it.
    /// </summary>
    public string Version { get; }

    public Essay? FindEssay(string slug) => essaysBySlug.GetValueOrDefault(slug);

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
            foreach (var section in essay.Sections)
            {
                Add(section.Slug);
                Add(section.Title);
                Add(section.Html);
                Add(section.WholeEssayHtml);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }
}
