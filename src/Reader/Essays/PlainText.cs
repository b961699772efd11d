using Markdig.Renderers;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>Markdown blocks as unformatted text: for titles and the length of notes (a section's text is <see cref="SectionText"/>).</summary>
internal static class PlainText
{
    private static readonly RendererPool Renderers = new(renderer =>
    {
        renderer.EnableHtmlForBlock = false;
        renderer.EnableHtmlForInline = false;
        renderer.EnableHtmlEscape = false;
        ReaderMarkdown.Pipeline.Setup(renderer);
    });

    public static string Of(HeadingBlock heading) =>
        Renderers.Render(heading, static (renderer, heading) => renderer.WriteLeafInline(heading)).Trim();

    public static string Of(IEnumerable<Block> blocks) =>
        Renderers.Render(blocks, static (renderer, blocks) =>
        {
            foreach (var block in blocks)
            {
                renderer.Render(block);
            }
        }).Trim();
}
