using Markdig.Renderers;
using Markdig.Renderers.Html;
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

    public static string Of(IEnumerable<Block> blocks) => WithParagraphs(blocks).Text;

    /// <summary>The blocks' text, and where in it each numbered paragraph is (so a search match can name its paragraph).</summary>
    public static (string Text, ParagraphSpan[] Paragraphs) WithParagraphs(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        var paragraphs = new List<(string Id, int Start, int End)>();
        foreach (var block in blocks)
        {
            var start = writer.GetStringBuilder().Length;
            renderer.Render(block);
            if (block is ParagraphBlock && block.TryGetAttributes()?.Id is { } id)
            {
                paragraphs.Add((id, start, writer.GetStringBuilder().Length));
            }
        }

        var whole = writer.ToString();
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

/// <summary>Where a numbered paragraph (<c>id="p7"</c>) is in its section's plain text, as character offsets.</summary>
internal readonly record struct ParagraphSpan(string Id, int Start, int End);
