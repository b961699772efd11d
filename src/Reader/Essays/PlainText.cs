using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>Markdown blocks as unformatted text: for titles, word counts, summaries and search.</summary>
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

    public static string Of(IEnumerable<Block> blocks) => WithParagraphs(blocks).Text;

    /// <summary>The blocks' text, and where in it each numbered paragraph is (so a search match can name its paragraph).</summary>
    public static (string Text, ParagraphSpan[] Paragraphs) WithParagraphs(IEnumerable<Block> blocks)
    {
        var paragraphs = new List<(string Id, int Start, int End)>();
        var whole = Renderers.Render((blocks, paragraphs), static (renderer, state) =>
        {
            var text = renderer.Text;
            foreach (var block in state.blocks)
            {
                var start = text.Length;
                renderer.Render(block);
                if (block is ParagraphBlock && block.TryGetAttributes()?.Id is { } id)
                {
                    state.paragraphs.Add((id, start, text.Length));
                }
            }
        });

        var text = whole.Trim();
        var lead = whole.Length - whole.TrimStart().Length;
        return (text, [.. paragraphs.Select(paragraph => Within(text, paragraph.Id, paragraph.Start - lead, paragraph.End - lead))]);
    }

    /// <summary>A paragraph's stretch of the text without the white space around it.</summary>
    private static ParagraphSpan Within(string text, string id, int start, int end)
    {
        (start, end) = (Math.Clamp(start, 0, text.Length), Math.Clamp(end, 0, text.Length));
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new ParagraphSpan(id, start, end);
    }
}

/// <summary>Where a numbered paragraph (<c>id="p7"</c>) is in its section's plain text, as character offsets.</summary>
internal readonly record struct ParagraphSpan(string Id, int Start, int End);
