using System.Globalization;
using Markdig;
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
    private static readonly RendererPool ListRenderers = Renderers(ReaderMarkdown.Pipeline, withSidenotes: false);

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

    /// <summary>
    /// Renderers that write footnote references and back-links as a section's, each with its margin note when
    /// <paramref name="withSidenotes"/> (for the text). <see cref="WrittenBy"/> tells one whose section it writes.
    /// </summary>
    public static RendererPool Renderers(MarkdownPipeline pipeline, bool withSidenotes) => new(renderer =>
    {
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new SectionFootnoteLinkRenderer(withSidenotes));
    });

    /// <summary>Makes a renderer from <see cref="Renderers"/> write this section's references until it is told another's.</summary>
    public void WrittenBy(HtmlRenderer renderer) => renderer.ObjectRenderers.Find<SectionFootnoteLinkRenderer>()!.Notes = this;

    /// <summary>The list of notes, to follow the section's text; empty when it cites none.</summary>
    public string Render() => notes.Length == 0 ? "" : ListRenderers.Render(this, static (renderer, notes) => notes.WriteList(renderer));

    private void WriteList(HtmlRenderer renderer)
    {
        WrittenBy(renderer);
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
    }
}

internal sealed class SectionFootnoteLinkRenderer(bool withSidenotes) : HtmlObjectRenderer<FootnoteLink>
{
    /// <summary>The notes of the section being written; set before each render, as the renderer is reused.</summary>
    public SectionNotes? Notes { get; set; }

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var notes = Notes ?? throw new InvalidOperationException("A section's footnote reference was written without its section's notes.");
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
