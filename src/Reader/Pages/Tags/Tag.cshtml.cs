using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Pages.Shared;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages.Tags;

/// <summary>The essays that share a tag, newest first.</summary>
internal sealed class TagModel(LibraryStore store, IOptions<SiteOptions> site) : PageModel
{
    private readonly Library library = store.Current;
    private TagShelf? shelf;

    public TagShelf Shelf => shelf ?? throw new InvalidOperationException("The page is rendered only for a tag it found.");

    public string Language => site.Value.Language;

    public EssayCard CardOf(Essay essay) => new(essay, library.SeriesPositionOf(essay));

    public IActionResult OnGet([FromRoute] string tag)
    {
        shelf = library.FindTag(tag);
        if (shelf is null)
        {
            return NotFound();
        }

        var count = shelf.Essays.Count == 1 ? "One essay" : $"{shelf.Essays.Count} essays";
        ViewData.SetMeta(new PageMeta($"Essays tagged ‘{shelf.Tag.Name}’", $"{count} on {site.Value.Title} tagged ‘{shelf.Tag.Name}’.", Addresses.Tag(shelf.Tag.Slug)));
        return Page();
    }
}
