using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Essays;

/// <summary>
/// A footnote shown a second time beside its reference, for the margin of a wide screen (the stylesheet hides
/// it elsewhere). It is <c>aria-hidden</c> and holds nothing focusable, so screen readers meet each note once,
/// in the numbered list; why: README.md beside this file.
/// </summary>
internal static class Sidenotes
{
    public const string ClassName = "sidenote";

    /// <summary>About six lines of a margin a third of the text's width: more would push the notes below far from their references.</summary>
    public const int MaxCharacters = 400;

    private static readonly HtmlParser Parser = new();

    private static readonly RendererPool NoteRenderers = new(renderer =>
    {
        ReaderMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new NoBackLinks());
    });

    /// <summary>Why <paramref name="note"/> is not shown in the margin, in the author's terms; null when it is.</summary>
    public static string? WhyNotInMargin(Footnote note)
    {
        if (note is not [ParagraphBlock { Inline: { } inline }])
        {
            return "it has more than one paragraph";
        }

        var length = PlainText.Of(note).Length;
        if (length > MaxCharacters)
        {
            return $"it has {length} characters";
        }

        return MarkdownWalk.Inlines<Inline>(inline).Exists(part => part is FootnoteLink { IsBackLink: false } or LinkInline { IsImage: true })
            ? "it holds an image or a footnote reference"
            : null;
    }

    /// <summary>Whether the reference gets a margin note: the note fits, and the reference is not in a table, which scrolls sideways and would clip it.</summary>
    public static bool Beside(FootnoteLink reference) =>
        WhyNotInMargin(reference.Footnote) is null && !Blocks(reference).Any(block => block is Markdig.Extensions.Tables.Table);

    /// <summary>Writes the margin note for <paramref name="note"/>: its number, then its text without the back-links.</summary>
    public static void Write(HtmlRenderer renderer, Footnote note)
    {
        var paragraph = (ParagraphBlock)note[0];
        var html = NoteRenderers.Render(paragraph, static (inner, paragraph) => inner.WriteLeafInline(paragraph));
        renderer.Write("<span class=\"").Write(ClassName).Write("\" aria-hidden=\"true\"><sup>")
            .Write(note.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</sup> ")
            .Write(WithoutFocusOrIds(html)).Write("</span>");
    }

    /// <summary>
    /// The note's HTML with its links out of the tab order and without ids, for a link hidden from assistive
    /// technology must not take focus either (axe: aria-hidden-focus), and an id must not be repeated. Most notes
    /// are plain words: HTML without a single attribute has nothing to change and is not parsed.
    /// </summary>
    private static string WithoutFocusOrIds(string html)
    {
        if (!html.Contains('='))
        {
            return html;
        }

        var span = Parser.ParseDocument("").CreateElement("span");
        span.InnerHtml = html;
        foreach (var element in span.QuerySelectorAll("a[href], [tabindex]"))
        {
            element.SetAttribute("tabindex", "-1");
        }

        foreach (var element in span.QuerySelectorAll("[id]"))
        {
            element.RemoveAttribute("id");
        }

        return span.InnerHtml;
    }

    /// <summary>Takes the margin notes out of a section's HTML, for readers with no margin: e-books and feeds.</summary>
    public static void RemoveFrom(IParentNode html)
    {
        foreach (var note in html.QuerySelectorAll("span." + ClassName))
        {
            note.Remove();
        }
    }

    /// <summary>The blocks that hold <paramref name="inline"/>, innermost first.</summary>
    private static IEnumerable<Block> Blocks(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is { } parent)
        {
            root = parent;
        }

        for (Block? block = root?.ParentBlock; block is not null; block = block.Parent)
        {
            yield return block;
        }
    }

    private sealed class NoBackLinks : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
        }
    }
}
