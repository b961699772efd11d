using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Essays;
using Reader.Site;

namespace Reader.Feeds;

/// <summary>
/// An essay's whole text as a feed entry carries it: its sections under their headings, with every address made
/// absolute, since feed readers show the text away from the site and many of them ignore <c>xml:base</c>.
/// </summary>
internal static class FeedContent
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Essays are immutable and outlive many feed requests, so each one's entry text is made once.</summary>
    private static readonly ConditionalWeakTable<Essay, string> Made = new();

    /// <param name="site">The site's base URL is fixed for the life of the process, like the essays' addresses.</param>
    public static string For(Essay essay, SiteOptions site) =>
        Made.GetValue(essay, key => Absolute(Html(key), site.Link(Addresses.WholeEssay(key.Slug)), withoutSidenotes: true));

    /// <summary>The essay as the whole-essay page shows it, whose ids its links to paragraphs and headings name.</summary>
    private static string Html(Essay essay)
    {
        var html = new StringBuilder();
        // Feed readers load no stylesheet of ours, so a right-to-left essay's text says its direction itself.
        if (essay.Direction == "rtl")
        {
            html.Append("<div dir=\"rtl\">");
        }

        foreach (var section in essay.Sections)
        {
            html.Append("<h2>").Append(HtmlEncoder.Default.Encode(section.Title)).Append("</h2>\n").Append(section.Html);
        }

        if (essay.Direction == "rtl")
        {
            html.Append("</div>");
        }

        return html.ToString();
    }

    /// <summary>Resolves every <c>href</c>, <c>src</c> and <c>srcset</c> address against <paramref name="page"/>.</summary>
    /// <param name="withoutSidenotes">Feed readers have no margin and load no stylesheet, so the margin copies of the notes would show in the text.</param>
    internal static string Absolute(string html, Uri page, bool withoutSidenotes = false)
    {
        var document = Parser.ParseDocument("");
        var body = document.Body!;
        body.InnerHtml = html;
        if (withoutSidenotes)
        {
            Sidenotes.RemoveFrom(body);
        }

        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in (ReadOnlySpan<string>)["href", "src"])
            {
                if (element.GetAttribute(name) is { } address && Resolve(address, page) is { } absolute)
                {
                    element.SetAttribute(name, absolute);
                }
            }
        }

        foreach (var element in body.QuerySelectorAll("[srcset]"))
        {
            element.SetAttribute("srcset", AbsoluteSrcset(element.GetAttribute("srcset")!, page));
        }

        return body.InnerHtml;
    }

    /// <summary>A <c>srcset</c> is comma-separated candidates, each an address and an optional width or density.</summary>
    private static string AbsoluteSrcset(string srcset, Uri page) => string.Join(", ", srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate =>
        {
            var end = candidate.IndexOfAny([' ', '\t', '\n', '\r', '\f']);
            var address = end < 0 ? candidate : candidate[..end];
            return (Resolve(address, page) ?? address) + (end < 0 ? "" : candidate[end..]);
        }));

    private static string? Resolve(string address, Uri page) =>
        Uri.TryCreate(page, address.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
}
