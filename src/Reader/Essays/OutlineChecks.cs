using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Essays;

/// <summary>A link from an essay to a page of another (or the same) essay, checked once every essay is read.</summary>
internal sealed record EssayLink(string Url, string Essay, string? Section, int Line, int Column);

/// <summary>
/// The checks that need the parsed document: title, outline, footnotes, and the links to other essays.
/// Markdig counts lines and columns from 0; problems count them from 1, as editors do.
/// </summary>
internal static partial class OutlineChecks
{
    private const string EssaysPath = "/essays/";

    /// <summary>Reports what is wrong in one essay's document and returns its links to essays, which can be checked only once every essay is read.</summary>
    /// <param name="expectTitle">False for a folder essay's section files, and for a file whose front matter names it.</param>
    public static IReadOnlyList<EssayLink> Inspect(MarkdownDocument document, string markdown, HeadingBlock? titleHeading, string path, ICollection<ContentProblem> problems, bool expectTitle = true)
    {
        if (expectTitle)
        {
            CheckTitle(titleHeading, path, problems);
        }

        CheckSectionHeadings(document, path, problems);
        CheckHeadingLevels(document, path, problems);
        CheckFootnotes(document, markdown, path, problems);
        return FindEssayLinks(document);
    }

    private static void CheckTitle(HeadingBlock? titleHeading, string path, ICollection<ContentProblem> problems)
    {
        if (titleHeading is null)
        {
            problems.Add(ContentProblem.Warning(path, "the essay has no title (a '# ' heading before the first section); the file name is used instead"));
        }
        else if (PlainText.Of(titleHeading).Length == 0)
        {
            problems.Add(ContentProblem.Error(path, "the title heading is empty", titleHeading.Line + 1, titleHeading.Column + 1));
        }
    }

    private static void CheckSectionHeadings(MarkdownDocument document, string path, ICollection<ContentProblem> problems)
    {
        var seen = new Dictionary<string, HeadingBlock>(StringComparer.Ordinal);
        foreach (var heading in document.OfType<HeadingBlock>().Where(heading => heading.Level == 2))
        {
            var title = PlainText.Of(heading);
            var key = LinkHelper.Urilize(title, allowOnlyAscii: true);
            if (key.Length > 0 && !seen.TryAdd(key, heading))
            {
                problems.Add(ContentProblem.Warning(path,
                    $"the section heading '{title}' repeats the one on line {seen[key].Line + 1}; this section's address becomes '{heading.GetAttributes().Id}'",
                    heading.Line + 1, heading.Column + 1));
            }
        }
    }

    /// <summary>The outline starts under the title (level 1, written or not) and goes down one level at a time.</summary>
    private static void CheckHeadingLevels(MarkdownDocument document, string path, ICollection<ContentProblem> problems)
    {
        var previous = 1;
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            if (heading.Level > previous + 1)
            {
                problems.Add(ContentProblem.Warning(path,
                    $"the heading skips from level {previous} to level {heading.Level}",
                    heading.Line + 1, heading.Column + 1));
            }

            previous = heading.Level;
        }
    }

    private static void CheckFootnotes(MarkdownDocument document, string markdown, string path, ICollection<ContentProblem> problems)
    {
        foreach (var container in MarkdownWalk.Inlines<ContainerInline>(document))
        {
            FindUndefinedReferences(container, markdown, path, problems);
        }

        var definitions = document.GetLinkReferenceDefinitions(addGroup: false);
        foreach (var (label, definition) in definitions.Links.OrderBy(pair => pair.Value.Line))
        {
            if (definition is FootnoteLinkReferenceDefinition { Footnote.Order: < 0 })
            {
                problems.Add(ContentProblem.Warning(path, $"the footnote [{label}] is never referenced", definition.Line + 1, definition.Column + 1));
            }
            else if (definition is FootnoteLinkReferenceDefinition { Footnote: var note } && Sidenotes.WhyNotInMargin(note) is { } why)
            {
                problems.Add(ContentProblem.Warning(path,
                    $"the footnote [{label}] won't fit in the margin of a wide screen ({why}; a margin note is one paragraph of at most {Sidenotes.MaxCharacters} characters, without images or notes of its own): it shows only in the notes at the end of the section",
                    definition.Line + 1, definition.Column + 1));
            }
        }
    }

    /// <summary>
    /// Markdig leaves a reference to an undefined footnote as literal text, split into several literals
    /// ('[', '^', 'label', ']…'), so each run of adjacent literals in a container is searched as one string.
    /// </summary>
    private static void FindUndefinedReferences(ContainerInline container, string markdown, string path, ICollection<ContentProblem> problems)
    {
        List<LiteralInline>? run = null;
        for (var inline = container.FirstChild; ; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                (run ??= []).Add(literal);
                continue;
            }

            if (run is { Count: > 0 })
            {
                FindUndefinedReferences(run, markdown, path, problems);
                run.Clear();
            }

            if (inline is null)
            {
                break;
            }
        }
    }

    private static void FindUndefinedReferences(List<LiteralInline> run, string markdown, string path, ICollection<ContentProblem> problems)
    {
        if (!run.Exists(literal => literal.Content.IndexOf('^') >= 0))
        {
            return;
        }

        var text = string.Concat(run.Select(literal => literal.Content.ToString()));
        for (var match = FootnoteReference().Match(text); match.Success; match = match.NextMatch())
        {
            // Literal spans are offsets into the source; the '[' Markdig splits off carries no line of its own.
            var offset = 0;
            var literal = run[0];
            foreach (var candidate in run)
            {
                if (offset + candidate.Content.Length > match.Index)
                {
                    literal = candidate;
                    break;
                }

                offset += candidate.Content.Length;
            }

            var (line, column) = Locate(markdown, literal.Span.Start + match.Index - offset);
            problems.Add(ContentProblem.Warning(path, $"the footnote reference {match.Value} has no definition in this file", line, column));
        }
    }

    /// <summary>The line and column (from 1) of a character offset in the source.</summary>
    private static (int Line, int Column) Locate(string markdown, int index)
    {
        index = Math.Clamp(index, 0, markdown.Length);
        var lineStart = index == 0 ? 0 : markdown.LastIndexOf('\n', index - 1) + 1;
        return (markdown.AsSpan(0, lineStart).Count('\n') + 1, index - lineStart + 1);
    }

    private static List<EssayLink> FindEssayLinks(MarkdownDocument document)
    {
        var links = new List<EssayLink>();
        foreach (var link in MarkdownWalk.Inlines<LinkInline>(document))
        {
            if (link.IsImage || link.Url is not { } url || !url.StartsWith(EssaysPath, StringComparison.Ordinal))
            {
                continue;
            }

            var end = url.IndexOfAny(['?', '#']);
            var segments = (end < 0 ? url : url[..end])[EssaysPath.Length..]
                .Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(Uri.UnescapeDataString)
                .ToArray();
            if (segments.Length is 1 or 2)
            {
                links.Add(new EssayLink(url, segments[0], segments.ElementAtOrDefault(1), link.Line + 1, link.Column + 1));
            }
        }

        return links;
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex FootnoteReference();
}
