using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>
/// What every page about an essay does first: find the essay in the served library, describe the page to
/// browsers, search engines and reference managers, and make its 'Cite this' box.
/// </summary>
internal abstract class EssayPageModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : PageModel
{
    private Essay? essay;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public CitationBox Citation { get; private set; } = new("", [], "", []);

    /// <summary>The version of the library the essay was taken from, so the page never mixes two editions.</summary>
    public string Version { get; private set; } = "";

    /// <summary>Where the essay stands in its series, from the same library as the essay; null when it is in none.</summary>
    public SeriesPosition? Series { get; private set; }

    protected SiteOptions Site => site.Value;

    /// <summary>The essay this page is about, and its place in a series, taken once from the library being served.</summary>
    protected Essay? FindEssay(string slug)
    {
        var library = store.Current;
        Version = library.Version;
        essay = library.FindEssay(slug);
        Series = essay is null ? null : library.SeriesPositionOf(essay);
        return essay;
    }

    /// <summary>The page about the essay, or about one of its sections.</summary>
    protected IActionResult Describe(Section? section, string description, JsonObject structuredData)
    {
        var title = section?.Title ?? Essay.Title;
        var path = section is null ? Addresses.Essay(Essay.Slug) : Addresses.Section(Essay.Slug, section.Slug);
        ViewData.SetMeta(new PageMeta(title, description, path)
        {
            Type = "article",
            CitationTags = Citations.MetaTags(Essay, section, Site),
            Image = PageImage.Of(Essay, Site),
            StructuredData = structuredData,
        });
        Citation = Citations.For(Essay, section, Site, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
