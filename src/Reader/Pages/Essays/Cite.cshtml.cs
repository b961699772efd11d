using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Essays;

/// <summary>
/// An essay's or a section's reference as a file to import (cite.ris, cite.bib, cite.json). Being pages, the
/// files get the same validators, Cache-Control and output caching as the pages that link to them.
/// </summary>
internal sealed class CiteModel(LibraryStore store, IOptions<SiteOptions> site) : PageModel
{
    public IActionResult OnGet([FromRoute] string essay, [FromRoute] string? section, [FromRoute] string format)
    {
        var found = store.Current.FindEssay(essay);
        var part = section is null ? null : found?.FindSection(section);
        if (found is null || (section is not null && part is null)
            || ReferenceFiles.Render(format, Work.Of(found, part, site.Value)) is not { } file)
        {
            return NotFound();
        }

        return Content(file.Body, $"{file.ContentType}; charset=utf-8");
    }
}
