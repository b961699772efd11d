using System.IO.Compression;
using System.Xml.Linq;

namespace Reader.Tests.Books;

/// <summary>An EPUB as a test reads it: its entries, parsed as the XML they must be.</summary>
public sealed class EpubFile
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly Dictionary<string, byte[]> entries;

    public EpubFile(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Names = [.. zip.Entries.Select(entry => entry.FullName)];
        entries = zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Names { get; }

    public byte[] Entry(string name) => Assert.Contains(name, entries);

    public XDocument Xml(string name) => XDocument.Load(new MemoryStream(Entry(name)), LoadOptions.PreserveWhitespace);

    /// <summary>The package document that container.xml names.</summary>
    public XDocument Package
    {
        get
        {
            var container = Xml("META-INF/container.xml");
            var path = container.Descendants().Single(element => element.Name.LocalName == "rootfile").Attribute("full-path")!.Value;
            return Xml(path);
        }
    }

    public static string PackageFolder => "EPUB/";

    /// <summary>The spine's content documents, in reading order, by their path in the archive.</summary>
    public IReadOnlyList<string> Spine
    {
        get
        {
            var package = Package;
            var items = package.Descendants(Opf + "item").ToDictionary(item => item.Attribute("id")!.Value, item => item.Attribute("href")!.Value);
            return [.. package.Descendants(Opf + "itemref").Select(reference => PackageFolder + items[reference.Attribute("idref")!.Value])];
        }
    }

    /// <summary>A section document's text: its heading and each block after it, as separate as they are on the page.</summary>
    public static string SectionText(XDocument document)
    {
        var section = document.Root!.Element(Xhtml + "body")!.Element(Xhtml + "section")!;
        return Normalised(string.Join(' ', section.Nodes().Select(node => node is XElement element ? element.Value : node is XText text ? text.Value : "")));
    }

    /// <summary>Text as a reader sees it: runs of white space count as one space.</summary>
    public static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
