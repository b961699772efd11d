using Reader.Essays;

namespace Reader.Site;

/// <summary>The site's public addresses, relative (for links) and absolute (for canonical links, feeds and citations).</summary>
internal static class Addresses
{
    public static string Essay(string slug) => $"/essays/{Uri.EscapeDataString(slug)}";

    public static string Section(string essaySlug, string sectionSlug) => $"{Essay(essaySlug)}/{Uri.EscapeDataString(sectionSlug)}";

    public static string WholeEssay(string slug) => $"{Essay(slug)}/all";

    /// <summary>A reference file to import: <c>/essays/{essay}/cite.ris</c>, or <c>/essays/{essay}/{section}/cite.bib</c> for a section.</summary>
    public static string CiteFile(string essaySlug, string? sectionSlug, string extension) =>
        $"{(sectionSlug is null ? Essay(essaySlug) : Section(essaySlug, sectionSlug))}/cite.{extension}";

    /// <summary>The essay as an EPUB to download: <c>/essays/{essay}.epub</c>.</summary>
    public static string Epub(string slug) => $"{Essay(slug)}.epub";

    /// <summary>The OPDS catalogue of every essay's EPUB, for e-reader apps.</summary>
    public const string Catalogue = "/opds.xml";

    public const string EpubType = "application/epub+zip";

    public const string CatalogueType = "application/atom+xml;profile=opds-catalog;kind=acquisition";

    /// <summary>A series' page, listing its parts: <c>/series/{series}</c>.</summary>
    public static string Series(string slug) => $"/series/{Uri.EscapeDataString(slug)}";

    /// <summary>The Atom feed of a series' parts: <c>/series/{series}/feed.xml</c>.</summary>
    public static string SeriesFeed(string slug) => $"{Series(slug)}/feed.xml";

    /// <summary>Every part of a series in one EPUB: <c>/series/{series}.epub</c>.</summary>
    public static string SeriesEpub(string slug) => $"{Series(slug)}.epub";

    public const string FeedType = "application/atom+xml";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static Uri Permalink(this SiteOptions site, Essay essay) => site.Link(Essay(essay.Slug));

    public static Uri Permalink(this SiteOptions site, Essay essay, Section section) => site.Link(Section(essay.Slug, section.Slug));
}
