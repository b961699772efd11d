using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Feeds;

/// <summary>
/// The machine-readable views of the library: an Atom feed for feed readers, a sitemap and robots.txt for
/// search engines. All are built from the library being served, so they list exactly what readers can open.
/// </summary>
internal static class FeedsExtensions
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomType = "application/atom+xml; charset=utf-8";

    /// <summary>Google's sitemap extension for the language versions of a page borrows XHTML's link element.</summary>
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Pages answer HEAD through Razor Pages; these endpoints say so themselves.</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/feed.xml", GetAndHead, (LibraryStore store, IOptions<SiteOptions> site) =>
            Xml(writer => WriteAtom(writer, AtomFeed.OfLibrary(store.Current, site.Value), site.Value), AtomType));
        endpoints.MapMethods("/series/{series}/feed.xml", GetAndHead, (string series, LibraryStore store, IOptions<SiteOptions> site) =>
            store.Current.FindSeries(series) is { } found
                ? Xml(writer => WriteAtom(writer, AtomFeed.OfSeries(found, site.Value), site.Value), AtomType)
                : Results.NotFound());
        endpoints.MapMethods("/sitemap.xml", GetAndHead, (LibraryStore store, IOptions<SiteOptions> site) =>
            Xml(writer => WriteSitemap(writer, store.Current, site.Value), "application/xml; charset=utf-8"));
        endpoints.MapMethods("/robots.txt", GetAndHead, (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {site.Value.Link("/sitemap.xml").AbsoluteUri}\n", "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static IResult Xml(Action<XmlWriter> write, string contentType)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(writer);
        }

        return Results.Bytes(buffer.ToArray(), contentType);
    }

    private static void WriteAtom(XmlWriter writer, AtomFeed feed, SiteOptions site)
    {
        writer.WriteStartElement("feed", AtomNamespace);
        writer.WriteAttributeString("xml", "lang", null, feed.Language);
        WriteText(writer, "title", feed.Title);
        WriteText(writer, "subtitle", feed.Subtitle);
        WriteLink(writer, "self", Addresses.FeedType, site.Link(feed.Self));
        WriteLink(writer, "alternate", "text/html", site.Link(feed.Page));
        WriteLink(writer, "related", feed.Related.Type, site.Link(feed.Related.Path));
        writer.WriteElementString("id", AtomNamespace, site.Link(feed.Page).AbsoluteUri);
        writer.WriteElementString("updated", AtomNamespace, Timestamp(feed.Updated));
        // Atom needs an author for every entry; the feed's stands in for essays that name none.
        if (site.DefaultAuthors is { Count: > 0 } defaults)
        {
            foreach (var author in defaults)
            {
                WriteAuthor(writer, author.DisplayName);
            }
        }
        else
        {
            WriteAuthor(writer, site.Title);
        }

        writer.WriteElementString("generator", AtomNamespace, "Reader");

        foreach (var essay in feed.Entries)
        {
            var metadata = essay.Metadata;
            var permalink = site.Permalink(essay);
            writer.WriteStartElement("entry", AtomNamespace);
            // A translation in the library's feed says its own language, which its text and title inherit.
            if (!string.Equals(essay.Language, feed.Language, StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteAttributeString("xml", "lang", null, essay.Language);
            }

            WriteText(writer, "title", essay.Title);
            WriteLink(writer, "alternate", "text/html", permalink);
            writer.WriteElementString("id", AtomNamespace, permalink.AbsoluteUri);
            if (metadata.Date is { } date)
            {
                writer.WriteElementString("published", AtomNamespace, Timestamp(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
            }

            writer.WriteElementString("updated", AtomNamespace, Timestamp(metadata.Modified));
            foreach (var author in metadata.Authors)
            {
                WriteAuthor(writer, author.DisplayName);
            }

            writer.WriteStartElement("summary", AtomNamespace);
            writer.WriteAttributeString("type", "text");
            writer.WriteString(XmlSafeText.Clean(essay.Summary));
            writer.WriteEndElement();
            writer.WriteStartElement("content", AtomNamespace);
            writer.WriteAttributeString("type", "html");
            writer.WriteString(XmlSafeText.Clean(FeedContent.For(essay, site)));
            writer.WriteEndElement();
            foreach (var tag in metadata.Tags)
            {
                writer.WriteStartElement("category", AtomNamespace);
                writer.WriteAttributeString("term", XmlSafeText.Clean(tag.Slug));
                writer.WriteAttributeString("label", XmlSafeText.Clean(tag.Name));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string relation, string type, Uri href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    private static void WriteAuthor(XmlWriter writer, string name)
    {
        writer.WriteStartElement("author", AtomNamespace);
        WriteText(writer, "name", name);
        writer.WriteEndElement();
    }

    private static void WriteSitemap(XmlWriter writer, Library library, SiteOptions site)
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        WriteUrl("/", library.Modified);
        foreach (var series in library.Series)
        {
            WriteUrl(Addresses.Series(series.Slug), series.Modified);
        }

        foreach (var shelf in library.Tags)
        {
            WriteUrl(Addresses.Tag(shelf.Tag.Slug), shelf.Modified);
        }

        foreach (var essay in library.Essays)
        {
            var modified = essay.Metadata.Modified;
            WriteUrl(Addresses.Essay(essay.Slug), modified, LanguageVersions.Alternates(library, essay, section: null, whole: false, site));
            WriteUrl(Addresses.WholeEssay(essay.Slug), modified, LanguageVersions.Alternates(library, essay, section: null, whole: true, site));
            foreach (var section in essay.Sections)
            {
                WriteUrl(Addresses.Section(essay.Slug, section.Slug), modified, LanguageVersions.Alternates(library, essay, section, whole: false, site));
            }
        }

        writer.WriteEndElement();

        void WriteUrl(string path, DateTimeOffset modified, IReadOnlyList<AlternateLink>? alternates = null)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, site.Link(path).AbsoluteUri);
            writer.WriteElementString("lastmod", SitemapNamespace, Timestamp(modified));
            foreach (var alternate in alternates ?? [])
            {
                writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("hreflang", alternate.HrefLang);
                writer.WriteAttributeString("href", alternate.Href.AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
    }

    private static void WriteText(XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, AtomNamespace, XmlSafeText.Clean(text));

    /// <summary>RFC 3339 in UTC, which both Atom and the sitemap protocol accept.</summary>
    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
