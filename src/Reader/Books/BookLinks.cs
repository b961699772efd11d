using Reader.Essays;
using Reader.Site;

namespace Reader.Books;

/// <summary>
/// Where a link in an essay's text leads inside the EPUB: a link to a section, or to an id on the whole-essay
/// page, goes to the content document holding it; a link to any other page of the site becomes absolute, since
/// an e-reader has no site to be relative to.
/// </summary>
/// <param name="prefix">What the essay's document names start with: nothing in its own EPUB, <c>part-2-</c> in a series'.</param>
/// <param name="book">
/// Every part's links in a series' book, this one's too, so a link to another part leads to its document; the
/// builder fills the list once every part is made. Null in an essay's own EPUB.
/// </param>
internal sealed class BookLinks(Essay essay, SiteOptions site, IReadOnlyDictionary<string, string> documentOfId, string prefix = "", IReadOnlyList<BookLinks>? book = null)
{
    private readonly Dictionary<string, string> documentOfSection = essay.Sections
        .ToDictionary(section => section.Slug, section => DocumentOf(section, prefix), StringComparer.Ordinal);

    /// <summary>The essay's title page, where the book (or, in a series' book, the part) begins.</summary>
    public string TitlePage { get; } = TitlePageOf(prefix);

    public static string TitlePageOf(string prefix) => $"{prefix}title.xhtml";

    public static string DocumentOf(Section section, string prefix) => $"{prefix}section-{section.Number:D3}.xhtml";

    private string DocumentOf(Section section) => DocumentOf(section, prefix);

    /// <summary>The address to write for <paramref name="href"/> as it stands in <paramref name="section"/>'s HTML; null drops the link.</summary>
    public string? Resolve(string href, Section section)
    {
        if (href.StartsWith('#'))
        {
            return Fragment(Uri.UnescapeDataString(href[1..]), here: DocumentOf(section)) ?? href;
        }

        if (!Uri.TryCreate(site.Permalink(essay, section), href, out var target))
        {
            return null;
        }

        if (target.Scheme is not ("http" or "https") || !OnThisSite(target, out var path))
        {
            return target.AbsoluteUri;
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        return Within(path, fragment)
            ?? book?.Where(part => part != this).Select(part => part.Within(path, fragment)).FirstOrDefault(document => document is not null)
            ?? target.AbsoluteUri;
    }

    /// <summary>The document of this essay that a site path (and fragment) names, or null when the path is not one of this essay's pages.</summary>
    private string? Within(string path, string? fragment)
    {
        var essayPath = Addresses.Essay(essay.Slug);
        if (path == essayPath || path == Addresses.WholeEssay(essay.Slug))
        {
            return (fragment is null ? null : SectionBySlug(fragment) ?? Fragment(fragment, here: null))
                ?? (path == essayPath ? TitlePage : DocumentOf(essay.FirstSection));
        }

        if (path.StartsWith(essayPath + "/", StringComparison.Ordinal)
            && documentOfSection.TryGetValue(Uri.UnescapeDataString(path[(essayPath.Length + 1)..]), out var document))
        {
            return fragment is not null && documentOfId.GetValueOrDefault(fragment) == document
                ? $"{document}#{XmlIds.Of(fragment)}"
                : document;
        }

        return null;
    }

    private string? SectionBySlug(string slug) => documentOfSection.GetValueOrDefault(slug);

    private string? Fragment(string id, string? here) => documentOfId.GetValueOrDefault(id) is { } document
        ? document == here ? $"#{XmlIds.Of(id)}" : $"{document}#{XmlIds.Of(id)}"
        : null;

    /// <summary>Whether the address is on this site, and its path below the site's base path ("/essays/x").</summary>
    private bool OnThisSite(Uri target, out string path)
    {
        var root = site.Link("/");
        path = "";
        if (!string.Equals(target.GetLeftPart(UriPartial.Authority), root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            || !target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
        {
            return false;
        }

        path = "/" + target.AbsolutePath[root.AbsolutePath.Length..];
        return true;
    }
}
