using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Essays;
using Reader.Essays.Figures;

namespace Reader.Books;

/// <summary>
/// A section's HTML, as the site renders it, made ready for an e-reader: the page furniture that only serves a
/// browser goes (paragraph permalinks, heading self-links, margin notes, lazy loading, responsive image candidates),
/// footnotes become EPUB notes, and images point into the package. The text itself is not touched.
/// </summary>
internal sealed class SectionContent
{
    public const string EpubNamespace = "http://www.idpf.org/2007/ops";
    public const string EpubType = "epub:type";

    private static readonly HtmlParser Parser = new();

    private SectionContent(Section section, INodeList nodes, IReadOnlyList<Figure> figures)
    {
        Section = section;
        Nodes = nodes;
        Figures = figures;
    }

    public Section Section { get; }

    /// <summary>The section's body (without its heading), as nodes to write.</summary>
    public INodeList Nodes { get; }

    /// <summary>The figures the section shows, each once.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    public IEnumerable<string> Ids => Nodes.OfType<IElement>()
        .SelectMany(element => element.DescendantsAndSelf<IElement>())
        .Select(element => element.Id)
        .OfType<string>();

    public static SectionContent Of(Section section, IReadOnlyList<Figure> essayFigures)
    {
        var context = Parser.ParseDocument("").Body!;
        // Subheadings move up a level, as on the section's own page, since the section's heading is the document's h1.
        var nodes = Parser.ParseFragment(HeadingLevels.RaisedOneLevel(section.Html), context);
        // E-readers show the notes as pop-ups at their references; a margin copy would only repeat them in the text.
        foreach (var element in nodes.OfType<IElement>())
        {
            Sidenotes.RemoveFrom(element);
        }

        var elements = nodes.OfType<IElement>().SelectMany(element => element.DescendantsAndSelf<IElement>()).ToList();
        var figures = new List<Figure>();
        foreach (var element in elements)
        {
            switch (element.LocalName)
            {
                case "a" when element.ClassList.Contains("permalink"):
                    element.Remove();
                    break;
                case "a" when element.ClassList.Contains("anchor"):
                    Unwrap(element);
                    break;
                case "a" when element.ClassList.Contains("footnote-ref"):
                    element.SetAttribute(EpubNamespace, EpubType, "noteref");
                    break;
                case "li" when element.ParentElement?.ParentElement is { } notes && notes.ClassList.Contains("footnotes"):
                    MakeNote(element);
                    break;
                case "source":
                    element.Remove();
                    break;
                case "img":
                    Package(element, essayFigures, figures);
                    break;
            }
        }

        return new SectionContent(section, nodes, figures);
    }

    public static string ImagePath(Figure figure) => $"images/{figure.Hash}{figure.Format.Extension}";

    /// <summary>
    /// A note keeps its place in the numbered list, and its text moves into an <c>aside</c>, which e-readers
    /// show as a pop-up at its reference and hide from the running text.
    /// </summary>
    private static void MakeNote(IElement item)
    {
        var aside = item.Owner!.CreateElement("aside");
        aside.SetAttribute(EpubNamespace, EpubType, "footnote");
        if (item.Id is { } id)
        {
            aside.Id = id;
            item.RemoveAttribute("id");
        }

        while (item.FirstChild is { } child)
        {
            aside.AppendChild(child);
        }

        item.AppendChild(aside);
    }

    private static void Package(IElement image, IReadOnlyList<Figure> essayFigures, List<Figure> figures)
    {
        foreach (var browserOnly in new[] { "srcset", "sizes", "loading", "decoding", "fetchpriority" })
        {
            image.RemoveAttribute(browserOnly);
        }

        var figure = FigureOf(image.GetAttribute("src"), essayFigures);
        if (figure is null || !BookMediaTypes.IsCore(figure.Format))
        {
            // An image the package can't carry reads as its alternative text, as the site shows an image it can't serve.
            image.Parent!.ReplaceChild(image.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""), image);
            return;
        }

        image.SetAttribute("src", ImagePath(figure));
        if (!figures.Contains(figure))
        {
            figures.Add(figure);
        }
    }

    private static Figure? FigureOf(string? source, IReadOnlyList<Figure> essayFigures)
    {
        if (source is null || !source.StartsWith(Figure.AddressPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = source[Figure.AddressPrefix.Length..].Split('/')[0];
        return essayFigures.FirstOrDefault(figure => figure.Hash == hash);
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }
}

/// <summary>The image types every EPUB reading system must show (EPUB 3.2's core media types).</summary>
internal static class BookMediaTypes
{
    public static bool IsCore(ImageFormat format) =>
        format == ImageFormat.Jpeg || format == ImageFormat.Png || format == ImageFormat.Gif || format == ImageFormat.Svg;
}
