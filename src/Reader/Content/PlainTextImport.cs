using System.Text;
using Markdig.Helpers;

namespace Reader.Content;

/// <summary>A plain-text essay turned into a content file, and the lines that were taken for headings.</summary>
internal sealed record ImportedEssay(string Title, string Markdown, IReadOnlyList<string> Headings);

/// <summary>
/// Turns a plain-text essay (a title line, short heading lines, paragraphs) into Markdown, keeping every
/// word verbatim: only headings, front matter and escapes for characters Markdown would read as markup are added.
/// </summary>
internal static class PlainTextImport
{
    public const int MaxHeadingWords = 12;
    public const int MaxHeadingLength = 100;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '…', ':', ';', ','];
    private static readonly char[] ClosingMarks = ['"', '\'', '”', '’', ')', ']', '»'];

    public static ImportedEssay Convert(string text)
    {
        var blocks = SplitIntoBlocks(text);
        if (blocks.Count == 0)
        {
            throw new FormatException("the file has no text");
        }

        var title = blocks[0][0].Trim();
        var body = blocks[0].Count > 1 ? [blocks[0][1..], .. blocks.Skip(1)] : blocks.Skip(1).ToList();

        var markdown = new StringBuilder();
        markdown.Append("---\ntitle: ").Append(YamlString(title)).Append("\n---\n\n");
        markdown.Append("# ").Append(EscapeInline(title)).Append('\n');
        var headings = new List<string>();
        for (var i = 0; i < body.Count; i++)
        {
            markdown.Append('\n');
            var next = i + 1 < body.Count ? body[i + 1] : null;
            if (IsHeading(body[i]) && next is not null && !IsHeading(next))
            {
                var heading = body[i][0].Trim();
                headings.Add(heading);
                markdown.Append("## ").Append(EscapeInline(heading)).Append('\n');
            }
            else
            {
                foreach (var line in body[i])
                {
                    markdown.Append(EscapeLine(line)).Append('\n');
                }
            }
        }

        return new ImportedEssay(title, markdown.ToString(), headings);
    }

    /// <summary>
    /// Paragraphs are separated by blank lines; a text without any blank line has one paragraph per line, as
    /// the seed essay does.
    /// </summary>
    private static List<List<string>> SplitIntoBlocks(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).ToArray();
        var hasBlankLines = lines.SkipWhile(line => line.Length == 0).Reverse().SkipWhile(line => line.Length == 0).Any(line => line.Length == 0);
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null || !hasBlankLines)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(line);
        }

        return blocks;
    }

    /// <summary>A heading is a short line standing alone that does not end like a sentence.</summary>
    private static bool IsHeading(List<string> block)
    {
        if (block.Count != 1)
        {
            return false;
        }

        var line = block[0].Trim().TrimEnd(ClosingMarks);
        return line.Length is > 0 and <= MaxHeadingLength
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
            && !SentenceEnds.Contains(line[^1]);
    }

    private static string YamlString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Escapes what would start a block (a list, quote, heading, fence…) at the start of a line, then the inline markup.</summary>
    private static string EscapeLine(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        var text = EscapeInline(line.TrimStart());
        if (text.Length > 0 && "#>-+=".Contains(text[0], StringComparison.Ordinal))
        {
            text = "\\" + text;
        }
        else
        {
            var digits = text.TakeWhile(char.IsAsciiDigit).Count();
            if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
            {
                text = string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
            }
        }

        // Markdown would turn four spaces of indent into a code block; the words matter, not the indent.
        return indent >= 4 ? text : line[..indent] + text;
    }

    private static string EscapeInline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (character is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '~' or '^' or '&' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }

    /// <summary>The slug a file name gives, as the content folder will serve it.</summary>
    public static string SlugFor(string path) =>
        LinkHelper.Urilize(Path.GetFileNameWithoutExtension(path), allowOnlyAscii: true) is { Length: > 0 } slug ? slug : "essay";
}
