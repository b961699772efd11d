using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>The essay's front page, and (with the same model) the whole essay on one page.</summary>
internal sealed class EssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock, IFileVersionProvider versions)
    : EssayPageModel(store, site, clock)
{
    private OfflineCopy? offline;

    public OfflineCopy Offline => offline ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public IActionResult OnGet([FromRoute] string essay)
    {
        if (FindEssay(essay) is not { } found)
        {
            return NotFound();
        }

        offline = OfflineCopy.Of(found, Version, versions, Request.PathBase);
        return Describe(section: null, found.Summary, StructuredData.Article(found, Series, Site));
    }
}
