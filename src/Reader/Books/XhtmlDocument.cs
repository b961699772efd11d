using System.Text;
using System.Xml;
using AngleSharp.Dom;
using Reader.Site;

namespace Reader.Books;

/// <summary>
/// Writes an EPUB content document: XHTML, so every element is closed, every attribute quoted and every name
/// in its namespace. Nodes from the site's HTML are written one by one through an <see cref="XmlWriter"/>,
/// which escapes text and attributes, rather than by a serializer that could emit HTML-only forms.
/// </summary>
internal sealed class XhtmlDocument : IDisposable
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private readonly MemoryStream buffer = new();
    private readonly XmlWriter writer;

    /// <summary>Opens the document: its head, with the title and the package's stylesheet, and the body.</summary>
    public XhtmlDocument(string title, string language)
    {
        writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" });
        writer.WriteStartDocument();
        writer.WriteDocType("html", null, null, null);
        writer.WriteStartElement("html", XhtmlNamespace);
        writer.WriteAttributeString("xmlns", "epub", null, SectionContent.EpubNamespace);
        writer.WriteAttributeString("lang", language);
        writer.WriteAttributeString("xml", "lang", null, language);
        writer.WriteStartElement("head", XhtmlNamespace);
        writer.WriteElementString("title", XhtmlNamespace, XmlSafeText.Clean(title));
        writer.WriteStartElement("link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "stylesheet");
        writer.WriteAttributeString("type", "text/css");
        writer.WriteAttributeString("href", EpubBuilder.StylesheetPath);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("body", XhtmlNamespace);
    }

    public XmlWriter Writer => writer;

    public void Start(string element, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(element, XhtmlNamespace);
        foreach (var (name, value) in attributes)
        {
            if (name == SectionContent.EpubType)
            {
                writer.WriteAttributeString("epub", "type", SectionContent.EpubNamespace, value);
            }
            else
            {
                writer.WriteAttributeString(name, value);
            }
        }
    }

    public void End() => writer.WriteFullEndElement();

    public void Element(string element, string text, params (string Name, string Value)[] attributes)
    {
        Start(element, attributes);
        writer.WriteString(XmlSafeText.Clean(text));
        End();
    }

    /// <summary>Writes HTML nodes as XHTML; <paramref name="link"/> rewrites each <c>href</c> (null drops it).</summary>
    public void Write(IEnumerable<INode> nodes, Func<string, string?> link)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IElement element:
                    WriteElement(element, link);
                    break;
                case IText text:
                    writer.WriteString(XmlSafeText.Clean(text.Data));
                    break;
            }
        }
    }

    private void WriteElement(IElement element, Func<string, string?> link)
    {
        writer.WriteStartElement(element.LocalName, element.NamespaceUri ?? XhtmlNamespace);
        foreach (var attribute in element.Attributes)
        {
            WriteAttribute(attribute, link);
        }

        Write(element.ChildNodes, link);
        if (element.ChildNodes.Length == 0 && VoidElements.Contains(element.LocalName))
        {
            writer.WriteEndElement();
        }
        else
        {
            writer.WriteFullEndElement();
        }
    }

    private void WriteAttribute(IAttr attribute, Func<string, string?> link)
    {
        var value = XmlSafeText.Clean(attribute.Value);
        if (attribute.NamespaceUri == SectionContent.EpubNamespace)
        {
            writer.WriteAttributeString("epub", attribute.LocalName, SectionContent.EpubNamespace, value);
            return;
        }

        if (attribute.NamespaceUri is { Length: > 0 } || !IsName(attribute.LocalName))
        {
            return;
        }

        switch (attribute.LocalName)
        {
            case "id":
                value = XmlIds.Of(value);
                break;
            case "href":
                if (link(value) is not { } target)
                {
                    return;
                }

                value = target;
                break;
        }

        writer.WriteAttributeString(attribute.LocalName, value);
    }

    private static bool IsName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Closes the document and gives its bytes.</summary>
    public byte[] ToBytes()
    {
        writer.WriteEndDocument();
        writer.Flush();
        return buffer.ToArray();
    }

    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }
}
