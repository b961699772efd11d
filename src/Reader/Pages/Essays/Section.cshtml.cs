using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

internal sealed class SectionModel(LibraryStore store, IOptions<SiteOptions> site, TimeProvider clock) : EssayPageModel(store, site, clock)
{
    private Section? section;

    public Section Section => section ?? throw new InvalidOperationException("The page is rendered only for a section it found.");

    public IActionResult OnGet([FromRoute] string essay, [FromRoute] string section)
    {
        this.section = FindEssay(essay)?.FindSection(section);
        if (this.section is null)
        {
            return NotFound();
        }

        // A shared section link previews the section itself, not the essay it belongs to.
        var description = Prose.Summarise(SectionText.Of(this.section).Text) is { Length: > 0 } own ? own : Essay.Summary;
        return Describe(this.section, description, StructuredData.Section(Essay, this.section, description, Series, Site));
    }
}
