using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>The essay's front page.</summary>
internal sealed class EssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : EssayPageModel(store, site, clock)
{
    public IActionResult OnGet([FromRoute] string essay) =>
        FindEssay(essay) is { } found
            ? Describe(section: null, found.Summary, StructuredData.Article(found, Site))
            : NotFound();
}

/// <summary>The whole essay on one page.</summary>
internal sealed class WholeEssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : EssayPageModel(store, site, clock)
{
    public IActionResult OnGet([FromRoute] string essay) =>
        FindEssay(essay) is { } found
            ? Describe(section: null, found.Summary, StructuredData.Article(found, Site), whole: true)
            : NotFound();
}
