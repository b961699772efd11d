using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Pages.Shared;
using Reader.Site;
using Reader.Store;

namespace Reader.Pages;

internal sealed class IndexModel(LibraryStore store, IOptions<SiteOptions> site) : PageModel
{
    private readonly Library library = store.Current;

    public IReadOnlyList<Essay> Essays => library.Essays;

    public IReadOnlyList<Reader.Essays.Series> Series => library.Series;

    public SiteOptions Site { get; } = site.Value;

    public EssayCard CardOf(Essay essay) => new(essay, library.SeriesPositionOf(essay));

    public void OnGet() => ViewData.SetMeta(new PageMeta(Site.Title, Site.Description, "/"));
}
