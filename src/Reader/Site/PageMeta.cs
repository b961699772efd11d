using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Reader.Essays;

namespace Reader.Site;

/// <summary>
/// What a page tells browsers, search engines and link previews about itself; a page sets it with
/// <see cref="PageMetaExtensions.SetMeta"/> and the layout's head renders it through the _Meta partial.
/// </summary>
/// <param name="Title">The page's own title, as a link preview shows it (a section's heading, not the essay's); null for the site's.</param>
/// <param name="Description">What the page is about; null for the site's description.</param>
/// <param name="Path">The page's address on the site, for the canonical link; null for the address it was requested at.</param>
internal sealed record PageMeta(string? Title, string? Description, string? Path)
{
    /// <summary>The OpenGraph type: <c>article</c> for essays and sections.</summary>
    public string Type { get; init; } = "website";

    /// <summary>The <c>citation_*</c> meta tags reference managers read, in order (one <c>citation_author</c> per author).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CitationTags { get; init; } = [];

    /// <summary>The image a link preview shows (OpenGraph, Twitter), if the page has one.</summary>
    public PageImage? Image { get; init; }

    /// <summary>The page in each language it is translated into, with <c>x-default</c>; empty for a page without translations.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>The JSON-LD description of the page, if it is about something schema.org can describe.</summary>
    public JsonObject? StructuredData { get; init; }

    private static readonly JsonSerializerOptions ScriptSafe = new()
    {
        // The encoder escapes <, > and & even with every range allowed, so the JSON can't close its script element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string? StructuredDataJson => StructuredData?.ToJsonString(ScriptSafe);
}

/// <summary>An image as link previews and search engines take it: at an absolute address, with its size and words.</summary>
/// <param name="Alt">Empty when the author gave none or marked the image decorative.</param>
internal sealed record PageImage(Uri Url, string Alt, int Width, int Height, string MediaType)
{
    /// <summary>The essay's <see cref="Essay.ShareImage"/>, addressed from the site's base URL like every canonical link.</summary>
    public static PageImage? Of(Essay essay, SiteOptions site) =>
        essay.ShareImage is { Figure: var figure } use
            ? new PageImage(site.Link(figure.Url), use.Alt, figure.Width, figure.Height, figure.Format.MediaType)
            : null;
}

internal static class PageMetaExtensions
{
    private const string Key = nameof(PageMeta);

    public static void SetMeta(this ViewDataDictionary viewData, PageMeta meta) => viewData[Key] = meta;

    /// <summary>The meta a page set, or for pages that set none (errors, not found) one made from its title.</summary>
    public static PageMeta Meta(this ViewDataDictionary viewData) =>
        viewData[Key] as PageMeta ?? new PageMeta(viewData["Title"] as string, Description: null, Path: null);
}
