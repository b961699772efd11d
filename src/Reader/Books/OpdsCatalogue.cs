using System.Globalization;
using System.Text;
using System.Xml;
using Reader.Essays;
using Reader.Site;

namespace Reader.Books;

/// <summary>
/// An OPDS 1.2 acquisition feed: the library as e-reader apps (KOReader, Thorium, Calibre) browse it, an Atom
/// entry per published essay with the link that downloads its EPUB.
/// </summary>
internal static class OpdsCatalogue
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DcNamespace = "http://purl.org/dc/terms/";
    private const string Acquisition = "http://opds-spec.org/acquisition";

    public static byte[] Render(Library library, SiteOptions site)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            Write(writer, library, site);
        }

        return buffer.ToArray();
    }

    private static void Write(XmlWriter writer, Library library, SiteOptions site)
    {
        var self = site.Link(Addresses.Catalogue);
        writer.WriteStartElement("feed", AtomNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteAttributeString("xml", "lang", null, site.Language);
        writer.WriteElementString("id", AtomNamespace, self.AbsoluteUri);
        Text(writer, "title", site.Title);
        Text(writer, "subtitle", site.Description);
        writer.WriteElementString("updated", AtomNamespace, Timestamp(library.Modified));
        // Atom needs an author for the feed; entries that name none take it, so nobody is credited by mistake.
        writer.WriteStartElement("author", AtomNamespace);
        Text(writer, "name", site.Title);
        writer.WriteElementString("uri", AtomNamespace, site.Link("/").AbsoluteUri);
        writer.WriteEndElement();
        Link(writer, "self", Addresses.CatalogueType, self);
        Link(writer, "start", Addresses.CatalogueType, self);
        Link(writer, "alternate", "text/html", site.Link("/"));

        foreach (var essay in library.Essays)
        {
            var metadata = essay.Metadata;
            writer.WriteStartElement("entry", AtomNamespace);
            if (!string.Equals(essay.Language, site.Language, StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteAttributeString("xml", "lang", null, essay.Language);
            }

            Text(writer, "title", essay.Title);
            writer.WriteElementString("id", AtomNamespace, BookIdentifier.Of(site.Permalink(essay)));
            writer.WriteElementString("updated", AtomNamespace, Timestamp(metadata.Modified));
            foreach (var author in metadata.Authors)
            {
                writer.WriteStartElement("author", AtomNamespace);
                Text(writer, "name", author.DisplayName);
                writer.WriteEndElement();
            }

            writer.WriteElementString("dc", "language", DcNamespace, essay.Language);
            if (metadata.Date is { } date)
            {
                writer.WriteElementString("dc", "issued", DcNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            foreach (var tag in metadata.Tags)
            {
                writer.WriteStartElement("category", AtomNamespace);
                writer.WriteAttributeString("term", XmlSafeText.Clean(tag.Slug));
                writer.WriteAttributeString("label", XmlSafeText.Clean(tag.Name));
                writer.WriteEndElement();
            }

            writer.WriteStartElement("summary", AtomNamespace);
            writer.WriteAttributeString("type", "text");
            writer.WriteString(XmlSafeText.Clean(essay.Summary));
            writer.WriteEndElement();
            Link(writer, Acquisition, EpubBuilder.MediaType, site.Link(Addresses.Epub(essay.Slug)));
            Link(writer, "alternate", "text/html", site.Permalink(essay));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Text(XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, AtomNamespace, XmlSafeText.Clean(text));

    private static void Link(XmlWriter writer, string relation, string type, Uri href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
