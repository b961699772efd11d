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

    /// <param name="series">Where the essay stands in its series: the package says so (<c>belongs-to-collection</c>, <c>group-position</c>), and so does its title page.</param>
    public static byte[] Build(Essay essay, SiteOptions site, SeriesPosition? series = null)
    {
        var images = ReadableFigures(essay.Figures);
        var part = new BookPart(essay, "", series, site, images);
        var cover = essay.Metadata.Cover?.Figure is { } named && images.ContainsKey(named) && BookMediaTypes.IsCore(named.Format) ? named : null;
        var book = new Book(
            site.Permalink(essay), essay.Title, essay.Metadata.Subtitle, essay.Metadata.Authors, [essay.Language], essay.Metadata.Date,
            essay.Summary, essay.Metadata.Tags, essay.Metadata.Modified, series?.Series, series?.Number, [part], TitlePage: null);
        return Write(book, cover, images, site);
    }

    /// <summary>
    /// Every part of a series in one book: the series' title page, then each part as its own EPUB would have it
    /// (title page, then sections), its documents named <c>part-{n}-…</c>. A link from one part to another
    /// leads to that part's document here, where a part's own EPUB leads to the site.
    /// </summary>
    public static byte[] Build(Series series, SiteOptions site)
    {
        var images = ReadableFigures([.. series.Parts.SelectMany(part => part.Figures)]);
        var book = new List<BookLinks>();
        var parts = series.Parts
            .Select((essay, i) => new BookPart(essay, string.Create(CultureInfo.InvariantCulture, $"part-{i + 1}-"), series.PositionOf(essay), site, images, book))
            .ToArray();
        book.AddRange(parts.Select(part => part.Links));
        var count = series.Parts.Count == 1 ? "one part" : string.Create(CultureInfo.InvariantCulture, $"{series.Parts.Count} parts");
        var whole = new Book(
            site.Link(Addresses.Series(series.Slug)), series.Name, null,
            [.. series.Parts.SelectMany(part => part.Metadata.Authors).DistinctBy(author => author.DisplayName, StringComparer.Ordinal)],
            [.. series.Parts.Select(part => part.Language).Distinct(StringComparer.OrdinalIgnoreCase)],
            series.Parts.Select(part => part.Metadata.Date).Max(),
            $"The series ‘{series.Name}’ in {count}: {string.Join("; ", series.Parts.Select(part => part.Title))}.",
            [.. series.Parts.SelectMany(part => part.Metadata.Tags).DistinctBy(tag => tag.Slug, StringComparer.Ordinal)],
            series.Modified, series, GroupPosition: null, parts, TitlePage: SeriesTitlePage(series, parts, site));
        return Write(whole, cover: null, images, site);
    }

    private static byte[] Write(Book book, Figure? cover, Dictionary<Figure, byte[]> images, SiteOptions site)
    {
        var figures = book.Parts.SelectMany(part => part.Contents).SelectMany(content => content.Figures).Append(cover).OfType<Figure>().Distinct().ToArray();
        var modified = book.Modified.UtcDateTime;
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
            Add(PackagePath, Package(book, figures, cover));
            Add(Folder + NavPath, Nav(book));
            Add(Folder + StylesheetPath, Encoding.UTF8.GetBytes(EpubStylesheet.Css));
            if (book.TitlePage is { } titlePage)
            {
                Add(Folder + BookLinks.TitlePageOf(""), titlePage);
            }

            foreach (var part in book.Parts)
            {
                Add(Folder + part.Links.TitlePage, TitlePage(part.Essay, part.Series, site));
                foreach (var content in part.Contents)
                {
                    Add(Folder + part.DocumentOf(content.Section), SectionDocument(part.Essay, content, part.Links));
                }
            }

            foreach (var figure in figures)
            {
                Add(Folder + SectionContent.ImagePath(figure), images[figure],
                    figure.Format.IsSvg ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>What a book says of itself in its package: an essay's metadata, or a series' gathered from its parts.</summary>
    /// <param name="Collection">The series the book belongs to: an essay's, or the series itself for its own book.</param>
    /// <param name="GroupPosition">The essay's place in its series; null for the whole series' book, which has no place in it.</param>
    /// <param name="TitlePage">The series' title page, before the parts; null for an essay, whose part's title page opens the book.</param>
    private sealed record Book(
        Uri Permalink, string Title, string? Subtitle, IReadOnlyList<Author> Authors, IReadOnlyList<string> Languages, DateOnly? Date,
        string Description, IReadOnlyList<Tag> Tags, DateTimeOffset Modified, Series? Collection, int? GroupPosition, IReadOnlyList<BookPart> Parts, byte[]? TitlePage);

    /// <summary>One essay inside a book: its sections made ready for the e-reader and where each of its ids lives.</summary>
    private sealed class BookPart
    {
        public BookPart(Essay essay, string prefix, SeriesPosition? series, SiteOptions site, Dictionary<Figure, byte[]> images, IReadOnlyList<BookLinks>? book = null)
        {
            Essay = essay;
            Prefix = prefix;
            Series = series;
            Contents = [.. essay.Sections.Select(section => SectionContent.Of(section, [.. images.Keys]))];
            var documentOfId = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var content in Contents)
            {
                var document = DocumentOf(content.Section);
                documentOfId.TryAdd(content.Section.Slug, document);
                foreach (var id in content.Ids)
                {
                    documentOfId.TryAdd(id, document);
                }
            }

            Links = new BookLinks(essay, site, documentOfId, prefix, book);
        }

        public Essay Essay { get; }

        public string Prefix { get; }

        public SeriesPosition? Series { get; }

        public IReadOnlyList<SectionContent> Contents { get; }

        public BookLinks Links { get; }

        public string DocumentOf(Section section) => BookLinks.DocumentOf(section, Prefix);

        public string ItemId(Section section) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}section-{section.Number:D3}");

        public string TitleItemId => Prefix + "title-page";
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
    private static byte[] Package(Book book, IReadOnlyList<Figure> figures, Figure? cover) => Xml(writer =>
    {
        writer.WriteStartElement("package", OpfNamespace);
        writer.WriteAttributeString("version", "3.0");
        writer.WriteAttributeString("unique-identifier", "book-id");
        writer.WriteAttributeString("xml", "lang", null, book.Languages[0]);

        writer.WriteStartElement("metadata", OpfNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Dc(writer, "identifier", BookIdentifier.Of(book.Permalink), "book-id");
        Dc(writer, "title", book.Title, "title");
        Meta(writer, "title-type", "main", refines: "title");
        if (book.Subtitle is { } subtitle)
        {
            Dc(writer, "title", subtitle, "subtitle");
            Meta(writer, "title-type", "subtitle", refines: "subtitle");
        }

        for (var i = 0; i < book.Authors.Count; i++)
        {
            var author = book.Authors[i];
            var id = string.Create(CultureInfo.InvariantCulture, $"creator-{i + 1}");
            Dc(writer, "creator", author.DisplayName, id);
            Meta(writer, "file-as", author.Inverted, refines: id);
            Meta(writer, "role", "aut", refines: id, scheme: "marc:relators");
        }

        foreach (var language in book.Languages)
        {
            Dc(writer, "language", language);
        }

        if (book.Date is { } date)
        {
            Dc(writer, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Dc(writer, "description", book.Description);
        foreach (var tag in book.Tags)
        {
            Dc(writer, "subject", tag.Name);
        }

        // EPUB 3's collections: e-readers shelve the parts together, in order of group-position.
        if (book.Collection is { } series)
        {
            Meta(writer, "belongs-to-collection", series.Name, id: "series");
            Meta(writer, "collection-type", "series", refines: "series");
            if (book.GroupPosition is { } position)
            {
                Meta(writer, "group-position", position.ToString(CultureInfo.InvariantCulture), refines: "series");
            }
        }

        Meta(writer, "dcterms:modified", book.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteEndElement();

        writer.WriteStartElement("manifest", OpfNamespace);
        Item(writer, "nav", NavPath, "application/xhtml+xml", "nav");
        Item(writer, "style", StylesheetPath, "text/css");
        if (book.TitlePage is not null)
        {
            Item(writer, "title-page", BookLinks.TitlePageOf(""), "application/xhtml+xml");
        }

        foreach (var part in book.Parts)
        {
            Item(writer, part.TitleItemId, part.Links.TitlePage, "application/xhtml+xml");
            foreach (var section in part.Essay.Sections)
            {
                Item(writer, part.ItemId(section), part.DocumentOf(section), "application/xhtml+xml");
            }
        }

        foreach (var figure in figures)
        {
            Item(writer, $"image-{figure.Hash}", SectionContent.ImagePath(figure), figure.Format.MediaType, figure == cover ? "cover-image" : null);
        }

        writer.WriteEndElement();

        writer.WriteStartElement("spine", OpfNamespace);
        if (book.TitlePage is not null)
        {
            ItemRef(writer, "title-page");
        }

        foreach (var part in book.Parts)
        {
            ItemRef(writer, part.TitleItemId);
            foreach (var section in part.Essay.Sections)
            {
                ItemRef(writer, part.ItemId(section));
            }
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

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

    private static void Meta(XmlWriter writer, string property, string value, string? refines = null, string? scheme = null, string? id = null)
    {
        writer.WriteStartElement("meta", OpfNamespace);
        if (id is not null)
        {
            writer.WriteAttributeString("id", id);
        }

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

    /// <summary>
    /// The table of contents: each section, with its level-3 headings under it, as the site's contents list them;
    /// in a series' book, each part's title page with its sections under it.
    /// </summary>
    private static byte[] Nav(Book book)
    {
        using var document = new XhtmlDocument("Contents", book.Languages[0]);
        document.Start("nav", (SectionContent.EpubType, "toc"), ("id", "toc"));
        document.Element("h1", "Contents");
        document.Start("ol");
        if (book.TitlePage is null)
        {
            NavSections(document, book.Parts[0]);
        }
        else
        {
            foreach (var part in book.Parts)
            {
                document.Start("li");
                document.Element("a", string.Create(CultureInfo.InvariantCulture, $"Part {part.Series?.Number}: {part.Essay.Title}"), ("href", part.Links.TitlePage));
                document.Start("ol");
                NavSections(document, part);
                document.End();
                document.End();
            }
        }

        document.End();
        document.End();
        return document.ToBytes();
    }

    private static void NavSections(XhtmlDocument document, BookPart part)
    {
        foreach (var section in part.Essay.Sections)
        {
            var file = part.DocumentOf(section);
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
    }

    /// <summary>The series' own title page: its name, its parts in order and its address.</summary>
    private static byte[] SeriesTitlePage(Series series, IReadOnlyList<BookPart> parts, SiteOptions site)
    {
        using var document = new XhtmlDocument(series.Name, parts[0].Essay.Language);
        document.Start("section", (SectionContent.EpubType, "titlepage"), ("class", "title-page"));
        document.Element("h1", series.Name);
        document.Element("p", parts.Count == 1 ? "A series in one part" : string.Create(CultureInfo.InvariantCulture, $"A series in {parts.Count} parts"), ("class", "subtitle"));
        document.Start("ol");
        foreach (var part in parts)
        {
            document.Start("li");
            document.Element("a", part.Essay.Title, ("href", part.Links.TitlePage));
            document.End();
        }

        document.End();
        var permalink = site.Link(Addresses.Series(series.Slug)).AbsoluteUri;
        document.Start("p", ("class", "source"));
        document.Element("a", permalink, ("href", permalink));
        document.End();
        document.End();
        return document.ToBytes();
    }

    /// <summary>What the essay's front page says of it, before the first section: title, subtitle, authors, date and its address.</summary>
    private static byte[] TitlePage(Essay essay, SeriesPosition? series, SiteOptions site)
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

        if (series is not null)
        {
            document.Element("p", string.Create(CultureInfo.InvariantCulture, $"Part {series.Number} of {series.Count} in {series.Series.Name}"), ("class", "series"));
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
