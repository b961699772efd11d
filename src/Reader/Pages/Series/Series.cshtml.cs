using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reader.Site;
using Reader.Store;
using SeriesOfEssays = Reader.Essays.Series;

namespace Reader.Pages.Series;

/// <summary>A series' page: its parts in order, with their summaries and reading times.</summary>
internal sealed class SeriesModel(LibraryStore store, IOptions<SiteOptions> site) : PageModel
{
    private SeriesOfEssays? series;

    public SeriesOfEssays Series => series ?? throw new InvalidOperationException("The page is rendered only for a series it found.");

    public string Language => Series.Parts[0].Language;

    public IActionResult OnGet([FromRoute] string series)
    {
        this.series = store.Current.FindSeries(series);
        if (this.series is null)
        {
            return NotFound();
        }

        var parts = this.series.Parts.Count == 1 ? "One essay" : $"{this.series.Parts.Count} essays";
        ViewData.SetMeta(new PageMeta(this.series.Name, $"{parts} in the series ‘{this.series.Name}’ on {site.Value.Title}.", Addresses.Series(this.series.Slug))
        {
            StructuredData = StructuredData.Series(this.series, site.Value),
        });
        return Page();
    }
}
