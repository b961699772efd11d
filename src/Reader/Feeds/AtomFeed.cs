using Reader.Essays;
using Reader.Site;

namespace Reader.Feeds;

/// <summary>What one Atom feed says of itself and which essays it carries: the whole library's, or one series'.</summary>
/// <param name="Page">The page the feed follows, whose absolute address is also the feed's id.</param>
/// <param name="Related">Another view of the same essays: the OPDS catalogue, or the series' EPUB.</param>
internal sealed record AtomFeed(string Title, string Subtitle, string Language, string Self, string Page, (string Path, string Type) Related, DateTimeOffset Updated, IReadOnlyList<Essay> Entries)
{
    /// <summary>The newest essays, newest first, as many as <see cref="SiteOptions.FeedEntries"/>.</summary>
    public static AtomFeed OfLibrary(Library library, SiteOptions site) =>
        new(site.Title, site.Description, site.Language, "/feed.xml", "/", (Addresses.Catalogue, Addresses.CatalogueType), library.Modified, [.. library.Essays.Take(site.FeedEntries)]);

    /// <summary>Every part of the series in reading order, so a reader subscribing late can start from part one.</summary>
    public static AtomFeed OfSeries(Series series, SiteOptions site) =>
        new($"{series.Name} · {site.Title}", $"Every part of the series ‘{series.Name}’, in order.", series.Parts[0].Language,
            Addresses.SeriesFeed(series.Slug), Addresses.Series(series.Slug), (Addresses.SeriesEpub(series.Slug), Addresses.EpubType), series.Modified, series.Parts);
}
