namespace Reader.Site;

/// <summary>
/// The site's own words (navigation, labels, the search and settings forms) are English whatever the essay's
/// language: they carry this tag, so that on a page in another language they are still read out as English.
/// </summary>
internal static class SiteText
{
    public const string Language = "en";
}
