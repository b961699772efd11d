using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>The essay's front page.</summary>
internal sealed class EssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock, IFileVersionProvider versions)
    : SavableEssayModel(store, site, clock, versions)
{
    public IActionResult OnGet([FromRoute] string essay) => Show(essay, whole: false);
}

/// <summary>The whole essay on one page.</summary>
internal sealed class WholeEssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock, IFileVersionProvider versions)
    : SavableEssayModel(store, site, clock, versions)
{
    public IActionResult OnGet([FromRoute] string essay) => Show(essay, whole: true);
}

/// <summary>The two pages that offer the whole essay for offline reading: its front page and the whole essay on one page.</summary>
internal abstract class SavableEssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock, IFileVersionProvider versions)
    : EssayPageModel(store, site, clock)
{
    private OfflineCopy? offline;

    public OfflineCopy Offline => offline ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    protected IActionResult Show(string slug, bool whole)
    {
        if (FindEssay(slug) is not { } found)
        {
            return NotFound();
        }

        offline = OfflineCopy.Of(found, Version, versions, Request.PathBase);
        return Describe(section: null, found.Summary, StructuredData.Article(found, Series, Site), whole);
    }
}
