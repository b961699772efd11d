using Reader.Essays;

namespace Reader.Site;

/// <summary>The site's public addresses, relative (for links) and absolute (for canonical links, feeds and citations).</summary>
internal static class Addresses
{
    public static string Essay(string slug) => $"/essays/{Uri.EscapeDataString(slug)}";

    public static string Section(string essaySlug, string sectionSlug) => $"{Essay(essaySlug)}/{Uri.EscapeDataString(sectionSlug)}";

    public static string WholeEssay(string slug) => $"{Essay(slug)}/all";

    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    public static Uri Permalink(this SiteOptions site, Essay essay) => site.Link(Essay(essay.Slug));

    public static Uri Permalink(this SiteOptions site, Essay essay, Section section) => site.Link(Section(essay.Slug, section.Slug));
}
