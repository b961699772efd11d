using System.Net;
using System.Text;

namespace Reader.Essays;

/// <summary>
/// A section's text as its page shows it, and where each numbered paragraph is in it: for word counts, summaries,
/// search and citations.
/// </summary>
/// <param name="Breaks">
/// Where the page shows something the text leaves out inside a line (a note's number, its margin copy, a ¶ link):
/// words on either side of one are not next to each other on the page, so a browser's text match can't run across it.
/// </param>
/// <remarks>
/// It is derived from the section's HTML each time it is needed instead of being kept beside it, since it would be
/// nearly as large (tests/load/README.md, 'What the library holds'). The HTML is Reader's own (Markdig's and
/// HtmlSanitizer's output), so a forward scan of its tags is enough; a DOM parser (AngleSharp, which the tests hold
/// this to) would build a tree of every section only to throw it away. Notes are left out: the margin copies of
/// footnotes, the note list, the references to notes and the paragraph links.
/// </remarks>
internal sealed record SectionText(string Text, IReadOnlyList<ParagraphSpan> Paragraphs, IReadOnlyList<int> Breaks)
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippedClasses =
        new HashSet<string>(StringComparer.Ordinal) { "sidenote", "footnotes", "footnote-ref", "permalink" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> Voids = new(StringComparer.Ordinal)
    {
        "area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static SectionText Of(Section section) => Of(section.Html);

    public static SectionText Of(string html)
    {
        var scan = new Scan(html);
        scan.Run();
        var whole = scan.Text.ToString();
        var text = whole.Trim();
        var lead = whole.Length - whole.TrimStart().Length;
        return new SectionText(
            text,
            [.. scan.Paragraphs.Select(paragraph => Within(text, paragraph.Id, paragraph.Start - lead, paragraph.End - lead))],
            [.. scan.Breaks.Select(at => Math.Clamp(at - lead, 0, text.Length)).Distinct()]);
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

    private sealed class Scan(string html)
    {
        private int position;
        private int preformatted;
        private int tables;
        private string? skipped;
        private int skippedDepth;
        private (string Name, string Id, int Start)? paragraph;

        public StringBuilder Text { get; } = new(html.Length);

        public List<(string Id, int Start, int End)> Paragraphs { get; } = [];

        public List<int> Breaks { get; } = [];

        public void Run()
        {
            while (position < html.Length)
            {
                var tag = NextTag(position);
                var end = tag < 0 ? html.Length : tag;
                if (skipped is null)
                {
                    AppendText(html.AsSpan(position, end - position));
                }

                if (tag < 0)
                {
                    return;
                }

                position = ReadTag(tag);
            }
        }

        /// <summary>The next <c>&lt;</c> that opens a tag or a comment (a stray one in text is only text).</summary>
        private int NextTag(int from)
        {
            for (var at = html.IndexOf('<', from); at >= 0; at = html.IndexOf('<', at + 1))
            {
                if (at + 1 < html.Length && (char.IsAsciiLetter(html[at + 1]) || html[at + 1] is '/' or '!'))
                {
                    return at;
                }
            }

            return -1;
        }

        private void AppendText(ReadOnlySpan<char> run)
        {
            if (run.IsEmpty)
            {
                return;
            }

            // White space between blocks, or between a table's cells, is the markup's layout, not the text's.
            if (preformatted == 0 && run.IsWhiteSpace())
            {
                if (Text.Length > 0 && !char.IsWhiteSpace(Text[^1]))
                {
                    Text.Append(tables > 0 ? " " : run);
                }

                return;
            }

            // A line starts with its first word, as a browser lays it out (after a block or a <br>).
            if (preformatted == 0 && Text.Length > 0 && Text[^1] == '\n')
            {
                run = run.TrimStart();
            }

            if (run.Contains('&'))
            {
                Text.Append(WebUtility.HtmlDecode(run.ToString()));
            }
            else
            {
                Text.Append(run);
            }
        }

        /// <summary>Reads the tag (or comment) at <paramref name="start"/> and returns where the text after it begins.</summary>
        private int ReadTag(int start)
        {
            if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }

            var closing = start + 1 < html.Length && html[start + 1] == '/';
            var at = closing ? start + 2 : start + 1;
            var nameStart = at;
            while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('>' or '/'))
            {
                at++;
            }

            // Element names are matched in lower case (ToLowerInvariant returns the string itself when it already is).
            var name = html[nameStart..at].ToLowerInvariant();
            var attributes = new TagAttributes();
            at = attributes.Read(html, at);
            var selfClosing = at >= 2 && html[at - 2] == '/';
            if (name.Length == 0)
            {
                return at;
            }

            if (closing)
            {
                Close(name);
            }
            else
            {
                Open(name, attributes, selfClosing || Voids.Contains(name));
            }

            return at;
        }

        private void Open(string name, TagAttributes attributes, bool isVoid)
        {
            if (skipped is not null)
            {
                skippedDepth += !isVoid && name == skipped ? 1 : 0;
                return;
            }

            if (attributes.HasClass(SkippedClasses))
            {
                (skipped, skippedDepth) = isVoid ? (null, 0) : (name, 1);
                Breaks.Add(Text.Length);
                return;
            }

            if (Blocks.Contains(name))
            {
                BreakLine();
            }

            switch (name)
            {
                case "br":
                    Text.Append('\n');
                    break;
                case "img":
                    Text.Append(attributes.Alt);
                    break;
                case "td" or "th" when Text.Length > 0 && Text[^1] is not ('\n' or ' '):
                    Text.Append(' ');
                    break;
                case "pre":
                    preformatted++;
                    break;
                case "table":
                    tables++;
                    break;
                case "p" or "figure" when attributes.Id is { Length: > 0 } id:
                    paragraph = (name, id, Text.Length);
                    break;
            }
        }

        private void Close(string name)
        {
            if (skipped is not null)
            {
                if (name == skipped && --skippedDepth == 0)
                {
                    skipped = null;
                }

                return;
            }

            if (paragraph is { } open && name == open.Name)
            {
                Paragraphs.Add((open.Id, open.Start, Text.Length));
                paragraph = null;
            }

            if (name == "pre")
            {
                preformatted = Math.Max(0, preformatted - 1);
            }
            else if (name == "table")
            {
                tables = Math.Max(0, tables - 1);
            }

            if (Blocks.Contains(name))
            {
                BreakLine();
            }
        }

        /// <summary>Text before a block and text after it are on separate lines, with no empty line between.</summary>
        private void BreakLine()
        {
            while (Text.Length > 0 && Text[^1] is ' ' or '\t')
            {
                Text.Length--;
            }

            if (Text.Length > 0 && Text[^1] != '\n')
            {
                Text.Append('\n');
            }
        }
    }

    /// <summary>The attributes the text needs from a tag (<c>id</c>, <c>class</c>, <c>alt</c>), read up to its end.</summary>
    private struct TagAttributes
    {
        public string? Id { get; private set; }

        public string? Class { get; private set; }

        public string Alt { get; private set; }

        public readonly bool HasClass(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> classes)
        {
            if (Class is null)
            {
                return false;
            }

            foreach (var range in Class.AsSpan().SplitAny(" \t\n\r\f"))
            {
                if (classes.Contains(Class.AsSpan()[range]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Reads attributes from <paramref name="at"/> and returns the position just after the tag's <c>&gt;</c>.</summary>
        public int Read(string html, int at)
        {
            Alt = "";
            while (at < html.Length)
            {
                while (at < html.Length && (char.IsWhiteSpace(html[at]) || html[at] == '/'))
                {
                    at++;
                }

                if (at >= html.Length || html[at] == '>')
                {
                    return Math.Min(at + 1, html.Length);
                }

                var nameStart = at;
                while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('=' or '>' or '/'))
                {
                    at++;
                }

                var name = html.AsSpan(nameStart, at - nameStart);
                string? value = null;
                if (at < html.Length && html[at] == '=')
                {
                    at++;
                    if (at < html.Length && html[at] is '"' or '\'')
                    {
                        var quote = html[at];
                        var close = html.IndexOf(quote, at + 1);
                        close = close < 0 ? html.Length : close;
                        value = html[(at + 1)..close];
                        at = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        var valueStart = at;
                        while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] != '>')
                        {
                            at++;
                        }

                        value = html[valueStart..at];
                    }
                }

                Keep(name, value);
            }

            return at;
        }

        private void Keep(ReadOnlySpan<char> name, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                Id = WebUtility.HtmlDecode(value);
            }
            else if (name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                Class = value;
            }
            else if (name.Equals("alt", StringComparison.OrdinalIgnoreCase))
            {
                Alt = WebUtility.HtmlDecode(value);
            }
        }
    }
}

/// <summary>Where a numbered paragraph (<c>id="p7"</c>) is in its section's text, as character offsets.</summary>
internal readonly record struct ParagraphSpan(string Id, int Start, int End);
