using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Reader.Books;

/// <summary>
/// An SVG as the EPUB carries it: without scripts, event handlers or <c>javascript:</c> links. The site
/// serves an SVG under a policy that stops its scripts; an EPUB has no such policy, so they are taken out.
/// </summary>
internal static class SvgImage
{
    /// <summary>The image without anything that runs, or null when the file is not well-formed XML.</summary>
    public static byte[]? WithoutScripts(byte[] svg)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }

        if (document.Root is null)
        {
            return null;
        }

        document.Descendants().Where(element => element.Name.LocalName is "script" or "foreignObject").ToList().ForEach(element => element.Remove());
        foreach (var element in document.Descendants())
        {
            element.Attributes()
                .Where(attribute => attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (attribute.Name.LocalName == "href" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                .ToList()
                .ForEach(attribute => attribute.Remove());
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
