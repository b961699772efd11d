using Reader.Essays;

namespace Reader.Site;

/// <summary>One language version of the page being read: its language, that language's own name, and the same page in it.</summary>
internal sealed record LanguageVersion(Essay Essay, string Language, string Name, string Path);

/// <summary>An <c>hreflang</c> alternate of a page, for its head and for the sitemap: a language tag (or <c>x-default</c>) and an absolute address.</summary>
internal sealed record AlternateLink(string HrefLang, Uri Href);

/// <summary>
/// The translations of an essay's pages. The essay's front page pairs with each version's front page, the
/// whole essay with the whole essay, and a section with the section of the same number, so that every page
/// lists the same set of alternates as each of them (search engines ignore links that aren't returned).
/// </summary>
internal static class LanguageVersions
{
    public const string XDefault = "x-default";

    /// <summary>
    /// The essay's versions (itself too) that have the page: <paramref name="section"/> null for the front
    /// page or, with <paramref name="whole"/>, the whole essay.
    /// </summary>
    public static IReadOnlyList<LanguageVersion> Of(Library library, Essay essay, Section? section, bool whole) =>
        [.. library.Translations(essay)
            .Select(version => PathIn(version, section, whole) is { } path ? new LanguageVersion(version, version.Language, LanguageNames.Native(version.Language), path) : null)
            .OfType<LanguageVersion>()];

    /// <summary>
    /// 'Read in' links to the other versions: the same page where it exists, else the version's front page (it
    /// may have fewer sections).
    /// </summary>
    public static IReadOnlyList<LanguageVersion> Others(Library library, Essay essay, Section? section, bool whole) =>
        [.. library.Translations(essay)
            .Where(version => !ReferenceEquals(version, essay))
            .Select(version => new LanguageVersion(version, version.Language, LanguageNames.Native(version.Language), PathIn(version, section, whole) ?? Addresses.Essay(version.Slug)))];

    /// <summary>
    /// The alternates of the page: every version that has it, then <c>x-default</c>, the one for readers whose
    /// language none matches: the version in the site's language (<c>Reader:Site:Language</c>, or the same
    /// language in another region), else the first published. None for an essay without translations.
    /// </summary>
    public static IReadOnlyList<AlternateLink> Alternates(Library library, Essay essay, Section? section, bool whole, SiteOptions site)
    {
        var versions = Of(library, essay, section, whole);
        if (versions.Count < 2)
        {
            return [];
        }

        var fallback = Default(versions, site.Language);
        return [.. versions.Select(version => new AlternateLink(version.Language, site.Link(version.Path))),
            new AlternateLink(XDefault, site.Link(fallback.Path))];
    }

    private static LanguageVersion Default(IReadOnlyList<LanguageVersion> versions, string siteLanguage) =>
        versions.FirstOrDefault(version => string.Equals(version.Language, siteLanguage, StringComparison.OrdinalIgnoreCase))
        ?? versions.FirstOrDefault(version => LanguageTag.Primary(version.Language) == LanguageTag.Primary(siteLanguage))
        ?? versions
            .OrderBy(version => version.Essay.Metadata.Date is null)
            .ThenBy(version => version.Essay.Metadata.Date)
            .ThenBy(version => version.Essay.Slug, StringComparer.Ordinal)
            .First();

    private static string? PathIn(Essay version, Section? section, bool whole) => (section, whole) switch
    {
        (null, true) => Addresses.WholeEssay(version.Slug),
        (null, false) => Addresses.Essay(version.Slug),
        ({ Number: var number }, _) when number <= version.Sections.Count => Addresses.Section(version.Slug, version.Sections[number - 1].Slug),
        _ => null,
    };
}
