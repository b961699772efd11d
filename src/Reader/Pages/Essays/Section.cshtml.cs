using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;

namespace Reader.Pages.Essays;

internal sealed class SectionModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : PageModel
{
    private Essay? essay;
    private Section? section;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public Section Section => section ?? throw new InvalidOperationException("The page is rendered only for a section it found.");

    public CitationBox Citation { get; private set; } = new("", [], "", []);

    public IActionResult OnGet([FromRoute] string essay, [FromRoute] string section)
    {
        this.essay = store.Current.FindEssay(essay);
        this.section = this.essay?.FindSection(section);
        if (this.essay is null || this.section is null)
        {
            return NotFound();
        }

        // A shared section link previews the section itself, not the essay it belongs to.
        var description = EssayParser.Summarise(this.section.PlainText) is { Length: > 0 } own ? own : this.essay.Summary;
        ViewData.SetMeta(new PageMeta(this.section.Title, description, Addresses.Section(this.essay.Slug, this.section.Slug))
        {
            Type = "article",
            CitationTags = Citations.MetaTags(this.essay, this.section, site.Value),
            StructuredData = StructuredData.Section(this.essay, this.section, description, site.Value),
        });
        Citation = Citations.For(this.essay, this.section, site.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
