using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Reader.Essays;
using Reader.Reading;
using Reader.Site;

namespace Reader.Pages.Essays;

/// <summary>
/// What 'Save for offline reading' keeps of an essay: its front page, the whole essay, each section's page and
/// every file they load, listed by the server so the script that saves them (wwwroot/js/offline.js) stays small.
/// The cache it goes into is named after <paramref name="Library"/>, the version of the library served.
/// </summary>
internal sealed record OfflineCopy(string Essay, string Library, IReadOnlyList<string> Files)
{
    /// <summary>The files every page's layout loads (Pages/Shared/_Layout.cshtml), and the save script itself.</summary>
    private static readonly string[] LayoutFiles = ["/css/site.css", "/js/reader.js", "/js/offline.js"];

    private static readonly HtmlParser Parser = new();

    public static OfflineCopy Of(Essay essay, string library, IFileVersionProvider versions, PathString pathBase)
    {
        var files = new List<string> { Addresses.Essay(essay.Slug), Addresses.WholeEssay(essay.Slug) };
        files.AddRange(essay.Sections.Select(section => Addresses.Section(essay.Slug, section.Slug)));
        files.AddRange(LayoutFiles.Select(file => versions.AddFileVersionToPath(pathBase, file)));
        files.Add(ReadingStylesheet.Path);
        files.Add("/favicon.svg");
        files.AddRange(essay.Sections.SelectMany(section => Images(section.Html)));
        return new OfflineCopy(Addresses.Essay(essay.Slug), library, files.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// Every address an image in the text may load, since the browser picks one of a srcset by screen, offline
    /// too. Only the site's own: the page's policy lets the script fetch nothing else.
    /// </summary>
    private static IEnumerable<string> Images(string html) =>
        Parser.ParseDocument(html).Images
            .SelectMany(image => (image.GetAttribute("srcset") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(candidate => candidate.Split(' ')[0])
                .Prepend(image.GetAttribute("src") ?? ""))
            .Where(address => address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal));
}
