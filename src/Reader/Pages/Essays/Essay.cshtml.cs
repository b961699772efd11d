using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;

namespace Reader.Pages.Essays;

/// <summary>The essay's front page, and (with the same model) the whole essay on one page.</summary>
internal sealed class EssayModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : PageModel
{
    private Essay? essay;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public CitationBox Citation { get; private set; } = new("", [], "", []);

    public IActionResult OnGet([FromRoute] string essay)
    {
        this.essay = store.Current.FindEssay(essay);
        if (this.essay is null)
        {
            return NotFound();
        }

        ViewData.SetMeta(new PageMeta(this.essay.Title, this.essay.Summary, Addresses.Essay(this.essay.Slug))
        {
            Type = "article",
            CitationTags = Citations.MetaTags(this.essay, section: null, site.Value),
            StructuredData = StructuredData.Article(this.essay, site.Value),
        });
        Citation = Citations.For(this.essay, section: null, site.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
