using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>
/// The footnotes one section refers to. Markdig gathers every definition at the end of the document, wherever
/// it was written; Reader shows each note after the section that cites it instead, so a section's page is
/// complete on its own. A note cited from two sections is listed in both, so its id carries the section number
/// to stay unique on the whole-essay page; back-links lead only to the references on the same page.
/// </summary>
internal sealed class SectionNotes
{
    private readonly int sectionNumber;
    private readonly HashSet<int> referenceIndexes;
    private readonly Footnote[] notes;
    private readonly HashSet<Footnote> inMargin;
    private readonly HashSet<FootnoteLink> beside;

    public SectionNotes(int sectionNumber, IEnumerable<Block> blocks)
    {
        this.sectionNumber = sectionNumber;
        var references = blocks.SelectMany(MarkdownWalk.Inlines<FootnoteLink>).Where(link => !link.IsBackLink).ToArray();
        referenceIndexes = [.. references.Select(link => link.Index)];
        notes = [.. references.Select(link => link.Footnote).Distinct().OrderBy(note => note.Order)];
        beside = [.. references.Where(Sidenotes.Beside)];
        inMargin = [.. notes.Where(note => references.Where(link => link.Footnote == note).All(beside.Contains))];
    }

    public string NoteId(Footnote note) =>
        string.Create(CultureInfo.InvariantCulture, $"fn:{sectionNumber}-{note.Order}");

    public bool IsOnThisPage(FootnoteLink reference) => referenceIndexes.Contains(reference.Index);

    /// <summary>Whether the reference has its note in the margin beside it (<see cref="Sidenotes.Beside"/>).</summary>
    public bool HasNoteBeside(FootnoteLink reference) => beside.Contains(reference);

    /// <summary>Makes <paramref name="renderer"/> write this section's references (with their margin notes, for the text) and back-links.</summary>
    public void Setup(HtmlRenderer renderer, bool withSidenotes = false) =>
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new SectionFootnoteLinkRenderer(this, withSidenotes));

    /// <summary>The list of notes, to follow the section's text; empty when it cites none.</summary>
    public string Render()
    {
        if (notes.Length == 0)
        {
            return "";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ReaderMarkdown.Pipeline.Setup(renderer);
        Setup(renderer);
        // A div, not a footer: Reader View (Readability) drops every footer, and the notes with it.
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<ol>");
        foreach (var note in notes)
        {
            // A note beside each of its references is, on a wide screen, hidden here from sight, not from screen readers.
            renderer.Write("<li id=\"").Write(NoteId(note)).Write("\" value=\"")
                .Write(note.Order.ToString(CultureInfo.InvariantCulture)).Write(inMargin.Contains(note) ? "\" class=\"in-margin\">" : "\">").WriteLine();
            renderer.WriteChildren(note);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
        return writer.ToString();
    }
}

internal sealed class SectionFootnoteLinkRenderer(SectionNotes notes, bool withSidenotes) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            if (notes.IsOnThisPage(link))
            {
                // U+FE0E asks for the text form of the arrow, not an emoji.
                renderer.Write("<a href=\"#fnref:").Write(index)
                    .Write("\" class=\"footnote-back-ref\" aria-label=\"Back to the text\">\u21A9\uFE0E</a>");
            }

            return;
        }

        renderer.Write("<a id=\"fnref:").Write(index).Write("\" href=\"#").Write(notes.NoteId(link.Footnote))
            .Write("\" class=\"footnote-ref\"><sup>").Write(link.Footnote.Order.ToString(CultureInfo.InvariantCulture))
            .Write("</sup></a>");
        if (withSidenotes && notes.HasNoteBeside(link))
        {
            Sidenotes.Write(renderer, link.Footnote);
        }
    }
}
