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
    private Library library = Library.Empty;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public CitationBox Citation { get; private set; } = new("", [], "", []);

    /// <summary>The version of the library the essay was taken from, so the page never mixes two editions.</summary>
    public string Version { get; private set; } = "";

    /// <summary>Where the essay stands in its series, from the same library as the essay; null when it is in none.</summary>
    public SeriesPosition? Series { get; private set; }

    /// <summary>This page in the essay's other languages ('Read in'); empty for an essay without translations.</summary>
    public IReadOnlyList<LanguageVersion> Translations { get; private set; } = [];

    protected SiteOptions Site => site.Value;

    /// <summary>The essay this page is about, and its place in a series, taken once from the library being served.</summary>
    protected Essay? FindEssay(string slug)
    {
        library = store.Current;
        Version = library.Version;
        essay = library.FindEssay(slug);
        Series = essay is null ? null : library.SeriesPositionOf(essay);
        return essay;
    }

    /// <summary>The page about the essay (its front page, or with <paramref name="whole"/> the whole essay), or about one of its sections.</summary>
    protected IActionResult Describe(Section? section, string description, JsonObject structuredData, bool whole = false)
    {
        var title = section?.Title ?? Essay.Title;
        var path = section is not null ? Addresses.Section(Essay.Slug, section.Slug) : whole ? Addresses.WholeEssay(Essay.Slug) : Addresses.Essay(Essay.Slug);
        var work = Work.Of(Essay, section, Site);
        ViewData.SetMeta(new PageMeta(title, description, path)
        {
            Type = "article",
            CitationTags = Citations.MetaTags(work),
            Image = PageImage.Of(Essay, Site),
            StructuredData = structuredData,
            Alternates = LanguageVersions.Alternates(library, Essay, section, whole, Site),
        });
        Translations = LanguageVersions.Others(library, Essay, section, whole);
        Citation = Citations.For(work, Essay, section, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
