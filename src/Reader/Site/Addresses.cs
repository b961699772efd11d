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

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static Uri Permalink(this SiteOptions site, Essay essay) => site.Link(Essay(essay.Slug));

    public static Uri Permalink(this SiteOptions site, Essay essay, Section section) => site.Link(Section(essay.Slug, section.Slug));
}
