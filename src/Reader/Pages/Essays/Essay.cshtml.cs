using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Essays;

namespace Reader.Pages.Essays;

internal sealed class EssayModel(LibraryStore store) : PageModel
{
    private Essay? essay;

    public Essay Essay => essay ?? throw new InvalidOperationException("The page is rendered only for an essay it found.");

    public IActionResult OnGet(string essay)
    {
        this.essay = store.Current.FindEssay(essay);
        return this.essay is null ? NotFound() : Page();
    }
}
