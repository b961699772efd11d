using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Essays;

namespace Reader.Pages.Essays;

internal sealed class SectionModel(LibraryStore store) : PageModel
{
    private Essay? essay;
    private Section? section;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public Section Section => section ?? throw new InvalidOperationException("The page is rendered only for a section it found.");

    public IActionResult OnGet(string essay, string section)
    {
        this.essay = store.Current.FindEssay(essay);
        this.section = this.essay?.FindSection(section);
        return this.section is null ? NotFound() : Page();
    }
}
