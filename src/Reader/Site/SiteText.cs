using Reader.Essays;

namespace Reader.Site;

/// <summary>
/// The site's own words (navigation, labels, the search and settings forms) are English whatever the essay's
/// language: they carry this tag, so that on a page in another language they are still read out as English.
/// </summary>
internal static class SiteText
{
    public const string Language = "en";

    /// <summary>
    /// The <c>lang</c> the site's words need on a page in <paramref name="pageLanguage"/>: none on an English
    /// page, where they inherit it (Razor leaves a null attribute out, which keeps pages small).
    /// </summary>
    public static string? Lang(string? pageLanguage) =>
        pageLanguage is null || LanguageTag.Primary(pageLanguage) == Language ? null : Language;
}
