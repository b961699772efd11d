using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>The essay's front page, and (with the same model) the whole essay on one page.</summary>
internal sealed class EssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : EssayPageModel(store, site, clock)
{
    public IActionResult OnGet([FromRoute] string essay) =>
        FindEssay(essay) is { } found
            ? Describe(section: null, found.Summary, StructuredData.Article(found, Series, Site))
            : NotFound();
}
