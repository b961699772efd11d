using Markdig.Renderers;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>Markdown blocks as unformatted text: for titles, word counts, summaries and search.</summary>
internal static class PlainText
{
    public static string Of(HeadingBlock heading)
    {
        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        renderer.WriteLeafInline(heading);
        return writer.ToString().Trim();
    }

    public static string Of(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        return writer.ToString().Trim();
    }

    private static HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        ReaderMarkdown.Pipeline.Setup(renderer);
        return renderer;
    }
}
