using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>
/// Renders a section once, at load: its HTML with the notes it cites, its subheadings and its word count, with
/// the text read from that HTML (which the essay's summary may want) beside it.
/// </summary>
internal static class SectionRenderer
{
    private static readonly RendererPool Renderers = SectionNotes.Renderers(ReaderMarkdown.Pipeline, withSidenotes: true);
    private static readonly RendererPool RawHtmlRenderers = SectionNotes.Renderers(ReaderMarkdown.WithRawHtml, withSidenotes: true);

    public static (Section Section, string Text) Render(SectionDraft draft, int index, string[] slugs, bool allowHtml, SectionLink? previous, SectionLink? next, ReadingPace pace)
    {
        var subheadings = draft.Blocks.OfType<HeadingBlock>()
            .Select(heading => new Subheading(heading.Level, heading.GetAttributes().Id ?? "", PlainText.Of(heading)))
            .ToArray();

        var html = RenderHtml(draft.Blocks, new SectionNotes(index + 1, draft.Blocks), allowHtml);
        var text = SectionText.Of(html).Text;
        var wordCount = Prose.CountWords(text);
        var section = new Section(
            number: index + 1,
            slugs[index],
            draft.Title,
            subheadings,
            html,
            wordCount,
            previous,
            next)
        {
            Pace = pace,
            ReadingLength = pace.Unit == ReadingUnit.Words ? wordCount : pace.Measure(text),
        };
        return (section, text);
    }

    /// <summary>The section's blocks, each reference followed by its margin note, then the notes they cite.</summary>
    private static string RenderHtml(IEnumerable<Block> blocks, SectionNotes notes, bool allowHtml)
    {
        var text = (allowHtml ? RawHtmlRenderers : Renderers).Render((blocks, notes), static (renderer, state) =>
        {
            state.notes.WrittenBy(renderer);
            foreach (var block in state.blocks)
            {
                renderer.Render(block);
            }
        });
        var html = text + notes.Render();

        // Raw HTML only reaches the output when it is allowed, and then never unsanitized.
        return allowHtml ? SafeHtml.Sanitize(html) : html;
    }
}
