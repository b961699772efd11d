using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>
/// Turns one Markdown file into an <see cref="Essay"/>: parsed once, split into sections at its level-2
/// headings, every section rendered to HTML and plain text up front so that requests only copy strings.
/// </summary>
internal static partial class EssayParser
{
    /// <summary>Slugs that name pages of their own under /essays/{essay}/ and so can't name a section.</summary>
    private static readonly FrozenSet<string> ReservedSlugs = FrozenSet.Create(StringComparer.Ordinal, "all");

    /// <summary>Parses an essay, or returns null when it has an error; every problem found is added to <paramref name="problems"/>.</summary>
    /// <param name="allowHtml">Keep raw HTML, sanitized, instead of showing it as text.</param>
    public static Essay? Parse(string slug, string markdown, string sourcePath, ICollection<ContentProblem> problems, bool allowHtml = false)
    {
        var pipeline = ReaderMarkdown.For(allowHtml);
        var document = Markdown.Parse(markdown, pipeline);
        var titleHeading = FindTitleHeading(document);
        var title = titleHeading is null ? TitleFromSlug(slug) : PlainText.Of(titleHeading);

        var drafts = SplitIntoSections(document, titleHeading, title);
        if (drafts.Count == 0)
        {
            problems.Add(ContentProblem.Error(sourcePath, "the essay has no text"));
            return null;
        }

        var found = new List<ContentProblem>();
        var links = Content.ContentChecks.Inspect(document, markdown, titleHeading, sourcePath, found);
        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        if (found.Exists(problem => problem.IsError))
        {
            return null;
        }

        NumberParagraphs(drafts);
        var slugs = AssignSlugs(drafts);
        var sections = new Section[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            sections[i] = Render(drafts[i], i, slugs, allowHtml,
                previous: i > 0 ? new SectionLink(slugs[i - 1], drafts[i - 1].Title) : null,
                next: i + 1 < drafts.Count ? new SectionLink(slugs[i + 1], drafts[i + 1].Title) : null);
        }

        return new Essay(
            slug,
            title,
            Summarise(sections),
            Language: "en",
            sections,
            sections.ToFrozenDictionary(section => section.Slug, StringComparer.Ordinal),
            sourcePath)
        {
            Links = links,
        };
    }

    /// <summary>The essay's title is a level-1 heading that comes before any section heading.</summary>
    private static HeadingBlock? FindTitleHeading(MarkdownDocument document) =>
        document.OfType<HeadingBlock>().TakeWhile(heading => heading.Level != 2).FirstOrDefault(heading => heading.Level == 1);

    private static string TitleFromSlug(string slug)
    {
        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private sealed record SectionDraft(string Title, HeadingBlock? Heading, List<Block> Blocks);

    /// <summary>
    /// Only the document's own top-level headings split it: a heading-like line in a code fence is code,
    /// and one in a block quote or list belongs to that quote or list.
    /// </summary>
    private static List<SectionDraft> SplitIntoSections(MarkdownDocument document, HeadingBlock? titleHeading, string title)
    {
        var sections = new List<SectionDraft>();
        var opening = new SectionDraft(title, titleHeading, []);
        var current = opening;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    current = new SectionDraft(PlainText.Of(heading), heading, []);
                    sections.Add(current);
                    break;
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                case Markdig.Extensions.Footnotes.FootnoteGroup:
                case LinkReferenceDefinitionGroup:
                    break;
                default:
                    if (!ReferenceEquals(block, titleHeading))
                    {
                        current.Blocks.Add(block);
                    }

                    break;
            }
        }

        if (opening.Blocks.Exists(HasText))
        {
            sections.Insert(0, opening);
        }

        return sections;
    }

    private static bool HasText(Block block) => block is not BlankLineBlock && block is not ThematicBreakBlock;

    /// <summary>Top-level paragraphs are numbered through the whole essay, so #p7 means the same on every page.</summary>
    private static void NumberParagraphs(List<SectionDraft> drafts)
    {
        var number = 0;
        foreach (var paragraph in drafts.SelectMany(draft => draft.Blocks).OfType<ParagraphBlock>())
        {
            paragraph.GetAttributes().Id = $"p{++number}";
        }
    }

    private static string[] AssignSlugs(List<SectionDraft> drafts)
    {
        var taken = new HashSet<string>(ReservedSlugs, StringComparer.Ordinal);
        // Heading ids inside sections share the page with the section slugs on the whole-essay page.
        foreach (var heading in drafts.SelectMany(draft => draft.Blocks).OfType<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id)
            {
                taken.Add(id);
            }
        }

        var slugs = new string[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var preferred = drafts[i].Heading?.GetAttributes().Id ?? LinkHelper.Urilize(drafts[i].Title, allowOnlyAscii: true);
            if (string.IsNullOrEmpty(preferred))
            {
                preferred = $"section-{i + 1}";
            }

            var candidate = preferred;
            for (var suffix = 1; !taken.Add(candidate); suffix++)
            {
                candidate = $"{preferred}-{suffix}";
            }

            slugs[i] = candidate;
        }

        return slugs;
    }

    private static Section Render(SectionDraft draft, int index, string[] slugs, bool allowHtml, SectionLink? previous, SectionLink? next)
    {
        var subheadings = draft.Blocks.OfType<HeadingBlock>()
            .Select(heading => new Subheading(heading.Level, heading.GetAttributes().Id ?? "", PlainText.Of(heading)))
            .ToArray();

        var wholeEssayHtml = RenderHtml(draft.Blocks, allowHtml);

        // On its own page the section heading is the h1, so its subheadings move up a level to keep the outline whole.
        foreach (var heading in draft.Blocks.OfType<HeadingBlock>())
        {
            heading.Level = Math.Max(2, heading.Level - 1);
        }

        var html = RenderHtml(draft.Blocks, allowHtml);
        var plainText = PlainText.Of(draft.Blocks);
        return new Section(
            Number: index + 1,
            slugs[index],
            draft.Title,
            subheadings,
            html,
            wholeEssayHtml,
            plainText,
            CountWords(plainText),
            previous,
            next);
    }

    private static string RenderHtml(IEnumerable<Block> blocks, bool allowHtml)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ReaderMarkdown.For(allowHtml).Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        // Raw HTML only reaches the output when it is allowed, and then never unsanitized.
        return allowHtml ? SafeHtml.Sanitize(writer.ToString()) : writer.ToString();
    }

    internal static int CountWords(string text) => Words().Count(text);

    private static string Summarise(Section[] sections)
    {
        const int Wanted = 160;
        const int Limit = 300;
        var text = sections[0].PlainText;
        var summary = "";
        foreach (var sentence in SentenceEnds().Split(text))
        {
            summary = summary.Length == 0 ? sentence : $"{summary} {sentence}";
            if (summary.Length >= Wanted)
            {
                break;
            }
        }

        return summary.Length <= Limit ? summary : string.Concat(summary.AsSpan(0, summary.LastIndexOf(' ', Limit)), "…");
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnds();
}
