using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Reader.Essays;
using Reader.Essays.Figures;
using Reader.Site;

namespace Reader.Books;

/// <summary>
/// Makes an essay's EPUB 3: a title page, one XHTML content document per section from the HTML the site
/// renders, the contents as nav.xhtml, the figures and a small stylesheet. The same essay gives the same bytes
/// in every process: entries in a fixed order, each dated by the essay's own dates, nothing taken from the clock.
/// </summary>
internal static class EpubBuilder
{
    public const string MediaType = "application/epub+zip";
    public const string StylesheetPath = "style.css";
    private const string Folder = "EPUB/";
    private const string PackagePath = Folder + "package.opf";
    private const string NavPath = "nav.xhtml";
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>The earliest time a ZIP entry can carry (MS-DOS dates start in 1980).</summary>
    private static readonly DateTime ZipEpoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Build(Essay essay, SiteOptions site)
    {
        var images = ReadableFigures(essay.Figures);
        var contents = essay.Sections.Select(section => SectionContent.Of(section, [.. images.Keys])).ToArray();
        var documentOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var content in contents)
        {
            var document = BookLinks.DocumentOf(content.Section);
            documentOfId.TryAdd(content.Section.Slug, document);
            foreach (var id in content.Ids)
            {
                documentOfId.TryAdd(id, document);
            }
        }

        var links = new BookLinks(essay, site, documentOfId);
        var cover = essay.Metadata.Cover?.Figure is { } named && images.ContainsKey(named) && BookMediaTypes.IsCore(named.Format) ? named : null;
        var figures = contents.SelectMany(content => content.Figures).Append(cover).OfType<Figure>().Distinct().ToArray();
        var modified = essay.Metadata.Modified.UtcDateTime;
        var entryTime = new DateTimeOffset(modified < ZipEpoch ? ZipEpoch : modified, TimeSpan.Zero);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, byte[] bytes, CompressionLevel level = CompressionLevel.Optimal)
            {
                var entry = zip.CreateEntry(path, level);
                entry.LastWriteTime = entryTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }

            // The first entry, stored: reading systems identify the file by these bytes at offset 38.
            Add("mimetype", Encoding.ASCII.GetBytes(MediaType), CompressionLevel.NoCompression);
            Add("META-INF/container.xml", Container());
            Add(PackagePath, Package(essay, site, figures, cover));
            Add(Folder + NavPath, Nav(essay));
            Add(Folder + StylesheetPath, Encoding.UTF8.GetBytes(EpubStylesheet.Css));
            Add(Folder + BookLinks.TitlePage, TitlePage(essay, site));
            foreach (var content in contents)
            {
                Add(Folder + BookLinks.DocumentOf(content.Section), SectionDocument(essay, content, links));
            }

            foreach (var figure in figures)
            {
                Add(Folder + SectionContent.ImagePath(figure), images[figure],
                    figure.Format.IsSvg ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The essay's images that are still on disk as they were measured; any other is shown by its alternative text.</summary>
    private static Dictionary<Figure, byte[]> ReadableFigures(IReadOnlyList<Figure> figures)
    {
        var readable = new Dictionary<Figure, byte[]>();
        foreach (var figure in figures.Distinct())
        {
            try
            {
                var bytes = File.ReadAllBytes(figure.Path);
                var packaged = bytes.Length != figure.Length ? null : figure.Format.IsSvg ? SvgImage.WithoutScripts(bytes) : bytes;
                if (packaged is not null)
                {
                    readable[figure] = packaged;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return readable;
    }

    private static byte[] Container() => Xml(writer =>
    {
        const string ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        writer.WriteStartElement("container", ns);
        writer.WriteAttributeString("version", "1.0");
        writer.WriteStartElement("rootfiles", ns);
        writer.WriteStartElement("rootfile", ns);
        writer.WriteAttributeString("full-path", PackagePath);
        writer.WriteAttributeString("media-type", "application/oebps-package+xml");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    /// <param name="cover">The front matter's <c>image:</c>, which reading systems show on their shelves (EPUB 3's <c>cover-image</c>).</param>
    private static byte[] Package(Essay essay, SiteOptions site, IReadOnlyList<Figure> figures, Figure? cover) => Xml(writer =>
    {
        var metadata = essay.Metadata;
        writer.WriteStartElement("package", OpfNamespace);
        writer.WriteAttributeString("version", "3.0");
        writer.WriteAttributeString("unique-identifier", "book-id");
        writer.WriteAttributeString("xml", "lang", null, essay.Language);

        writer.WriteStartElement("metadata", OpfNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Dc(writer, "identifier", BookIdentifier.Of(site.Permalink(essay)), "book-id");
        Dc(writer, "title", essay.Title, "title");
        Meta(writer, "title-type", "main", refines: "title");
        if (metadata.Subtitle is { } subtitle)
        {
            Dc(writer, "title", subtitle, "subtitle");
            Meta(writer, "title-type", "subtitle", refines: "subtitle");
        }

        for (var i = 0; i < metadata.Authors.Count; i++)
        {
            var author = metadata.Authors[i];
            var id = string.Create(CultureInfo.InvariantCulture, $"creator-{i + 1}");
            Dc(writer, "creator", author.DisplayName, id);
            Meta(writer, "file-as", author.Inverted, refines: id);
            Meta(writer, "role", "aut", refines: id, scheme: "marc:relators");
        }

        Dc(writer, "language", essay.Language);
        if (metadata.Date is { } date)
        {
            Dc(writer, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Dc(writer, "description", essay.Summary);
        foreach (var tag in metadata.Tags)
        {
            Dc(writer, "subject", tag.Name);
        }

        Meta(writer, "dcterms:modified", metadata.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteEndElement();

        writer.WriteStartElement("manifest", OpfNamespace);
        Item(writer, "nav", NavPath, "application/xhtml+xml", "nav");
        Item(writer, "style", StylesheetPath, "text/css");
        Item(writer, "title-page", BookLinks.TitlePage, "application/xhtml+xml");
        foreach (var section in essay.Sections)
        {
            Item(writer, SectionItemId(section), BookLinks.DocumentOf(section), "application/xhtml+xml");
        }

        foreach (var figure in figures)
        {
            Item(writer, $"image-{figure.Hash}", SectionContent.ImagePath(figure), figure.Format.MediaType, figure == cover ? "cover-image" : null);
        }

        writer.WriteEndElement();

        writer.WriteStartElement("spine", OpfNamespace);
        ItemRef(writer, "title-page");
        foreach (var section in essay.Sections)
        {
            ItemRef(writer, SectionItemId(section));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static string SectionItemId(Section section) => string.Create(CultureInfo.InvariantCulture, $"section-{section.Number:D3}");

    private static void Dc(XmlWriter writer, string name, string value, string? id = null)
    {
        writer.WriteStartElement("dc", name, DcNamespace);
        if (id is not null)
        {
            writer.WriteAttributeString("id", id);
        }

        writer.WriteString(XmlSafeText.Clean(value));
        writer.WriteEndElement();
    }

    private static void Meta(XmlWriter writer, string property, string value, string? refines = null, string? scheme = null)
    {
        writer.WriteStartElement("meta", OpfNamespace);
        if (refines is not null)
        {
            writer.WriteAttributeString("refines", "#" + refines);
        }

        writer.WriteAttributeString("property", property);
        if (scheme is not null)
        {
            writer.WriteAttributeString("scheme", scheme);
        }

        writer.WriteString(XmlSafeText.Clean(value));
        writer.WriteEndElement();
    }

    private static void Item(XmlWriter writer, string id, string href, string mediaType, string? properties = null)
    {
        writer.WriteStartElement("item", OpfNamespace);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("media-type", mediaType);
        if (properties is not null)
        {
            writer.WriteAttributeString("properties", properties);
        }

        writer.WriteEndElement();
    }

    private static void ItemRef(XmlWriter writer, string id)
    {
        writer.WriteStartElement("itemref", OpfNamespace);
        writer.WriteAttributeString("idref", id);
        writer.WriteEndElement();
    }

    /// <summary>The table of contents: each section, with its level-3 headings under it, as the site's contents list them.</summary>
    private static byte[] Nav(Essay essay)
    {
        using var document = new XhtmlDocument("Contents", essay.Language);
        document.Start("nav", (SectionContent.EpubType, "toc"), ("id", "toc"));
        document.Element("h1", "Contents");
        document.Start("ol");
        foreach (var section in essay.Sections)
        {
            var file = BookLinks.DocumentOf(section);
            document.Start("li");
            document.Element("a", section.Title, ("href", file));
            var subheadings = section.Subheadings.Where(subheading => subheading.Level == 3 && subheading.Id.Length > 0).ToArray();
            if (subheadings.Length > 0)
            {
                document.Start("ol");
                foreach (var subheading in subheadings)
                {
                    document.Start("li");
                    document.Element("a", subheading.Title, ("href", $"{file}#{XmlIds.Of(subheading.Id)}"));
                    document.End();
                }

                document.End();
            }

            document.End();
        }

        document.End();
        document.End();
        return document.ToBytes();
    }

    /// <summary>What the essay's front page says of it, before the first section: title, subtitle, authors, date and its address.</summary>
    private static byte[] TitlePage(Essay essay, SiteOptions site)
    {
        var metadata = essay.Metadata;
        using var document = new XhtmlDocument(essay.Title, essay.Language);
        document.Start("section", (SectionContent.EpubType, "titlepage"), ("class", "title-page"));
        document.Element("h1", essay.Title);
        if (metadata.Subtitle is { } subtitle)
        {
            document.Element("p", subtitle, ("class", "subtitle"));
        }

        if (metadata.Authors.Count > 0)
        {
            document.Element("p", AuthorNames.Byline(metadata.Authors), ("class", "byline"));
        }

        if (metadata.Date is { } date)
        {
            document.Element("p", date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), ("class", "date"));
        }

        var permalink = site.Permalink(essay).AbsoluteUri;
        document.Start("p", ("class", "source"));
        document.Element("a", permalink, ("href", permalink));
        document.End();
        document.End();
        return document.ToBytes();
    }

    /// <summary>The section's heading, then its text and notes exactly as the site renders them.</summary>
    private static byte[] SectionDocument(Essay essay, SectionContent content, BookLinks links)
    {
        var section = content.Section;
        using var document = new XhtmlDocument(section.Title, essay.Language);
        document.Start("section", (SectionContent.EpubType, "chapter"), ("aria-labelledby", XmlIds.Of(section.Slug)));
        document.Element("h1", section.Title, ("id", XmlIds.Of(section.Slug)));
        document.Write(content.Nodes, href => links.Resolve(href, section));
        document.End();
        return document.ToBytes();
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
