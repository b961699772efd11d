using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
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
    public static Essay? Parse(string slug, string markdown, string sourcePath, ICollection<ContentProblem> problems, EssayDefaults? defaults = null, bool allowHtml = false) =>
        Parse(new EssaySource(slug, sourcePath, [new EssayFile(sourcePath, markdown)], DateTimeOffset.UnixEpoch), problems, defaults, allowHtml);

    /// <summary>Parses an essay from one file or from the files of a folder (index first, then sections in order).</summary>
    /// <param name="figures">Finds the images the essay shows; without it images are left as written.</param>
    public static Essay? Parse(EssaySource source, ICollection<ContentProblem> problems, EssayDefaults? defaults = null, bool allowHtml = false, Figures.FigureResolver? figures = null)
    {
        defaults ??= EssayDefaults.Standard;
        var errorsBefore = problems.Count(problem => problem.IsError);
        var pipeline = ReaderMarkdown.For(allowHtml);
        var documents = source.Files.Select(file => Markdown.Parse(file.Markdown, pipeline)).ToArray();
        // An image that can't be shown leaves out only itself, so its errors don't count against the essay.
        var figureProblems = new List<ContentProblem>();
        Figures.Figure[] shown = figures is null ? [] : documents.SelectMany((document, i) => Figures.FigureReferences.Resolve(document, source.Files[i].Path, figures, figureProblems)).ToArray();
        var index = source.Files[0];
        var frontMatter = FrontMatter.Read(documents[0], index.Path, problems);
        for (var i = 1; i < documents.Length; i++)
        {
            if (documents[i].Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } ignored)
            {
                problems.Add(ContentProblem.Warning(source.Files[i].Path, $"front matter is read only from {Path.GetFileName(index.Path)}; it is ignored here", ignored.Line + 1));
            }
        }

        var titleHeading = FindTitleHeading(documents[0]);
        var title = frontMatter.Title ?? (titleHeading is null ? TitleFromSlug(source.Slug) : PlainText.Of(titleHeading));

        var drafts = SplitIntoSections(documents, source.Files, titleHeading, title, problems);
        var links = new List<Content.EssayLink>();
        if (drafts.Count == 0)
        {
            problems.Add(ContentProblem.Error(index.Path, "the essay has no text"));
        }
        else
        {
            for (var i = 0; i < documents.Length; i++)
            {
                // Only the index (or single file) carries the title; front matter may give it instead of a heading.
                var expectTitle = i == 0 && (frontMatter.Title is null || titleHeading is not null);
                links.AddRange(Content.ContentChecks.Inspect(documents[i], source.Files[i].Markdown, i == 0 ? titleHeading : null, source.Files[i].Path, problems, expectTitle));
            }
        }

        var failed = problems.Count(problem => problem.IsError) > errorsBefore;
        foreach (var problem in figureProblems)
        {
            problems.Add(problem);
        }

        if (failed)
        {
            return null;
        }

        MakeHeadingIdsUnique(drafts);
        NumberParagraphs(drafts);
        var slugs = AssignSlugs(drafts);
        var sections = new Section[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            sections[i] = Render(drafts[i], i, slugs, allowHtml,
                previous: i > 0 ? new SectionLink(slugs[i - 1], drafts[i - 1].Title) : null,
                next: i + 1 < drafts.Count ? new SectionLink(slugs[i + 1], drafts[i + 1].Title) : null);
        }

        var metadata = new EssayMetadata(
            title,
            frontMatter.Subtitle,
            frontMatter.Authors ?? defaults.Authors ?? [],
            frontMatter.Date,
            frontMatter.Updated,
            frontMatter.Summary ?? Summarise(sections),
            frontMatter.Tags ?? [],
            frontMatter.Language ?? defaults.Language,
            frontMatter.Draft,
            Modified: (frontMatter.Updated ?? frontMatter.Date) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : source.Modified);

        return new Essay(
            frontMatter.Slug ?? source.Slug,
            metadata,
            sections,
            sections.ToFrozenDictionary(section => section.Slug, StringComparer.Ordinal),
            source.Path)
        {
            Links = links,
            Figures = shown,
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
    /// and one in a block quote or list belongs to that quote or list. A section file of a folder essay that
    /// does not open with its own heading is a section named after the file.
    /// </summary>
    private static List<SectionDraft> SplitIntoSections(
        MarkdownDocument[] documents, IReadOnlyList<EssayFile> files, HeadingBlock? titleHeading, string title, ICollection<ContentProblem> problems)
    {
        var sections = new List<SectionDraft>();
        var opening = new SectionDraft(title, titleHeading, []);
        var current = opening;
        for (var i = 0; i < documents.Length; i++)
        {
            var content = documents[i].Where(IsContent).ToArray();
            if (files[i].SectionTitle is { } fileTitle)
            {
                if (!content.Any(HasText))
                {
                    problems.Add(ContentProblem.Warning(files[i].Path, "the section file has no text; it is left out"));
                    continue;
                }

                if (content.FirstOrDefault(HasText) is not HeadingBlock { Level: 2 })
                {
                    current = new SectionDraft(fileTitle, null, []);
                    sections.Add(current);
                }
            }

            foreach (var block in content)
            {
                if (block is HeadingBlock { Level: 2 } heading)
                {
                    current = new SectionDraft(PlainText.Of(heading), heading, []);
                    sections.Add(current);
                }
                else if (!ReferenceEquals(block, titleHeading))
                {
                    current.Blocks.Add(block);
                }
            }
        }

        if (opening.Blocks.Exists(HasText))
        {
            sections.Insert(0, opening);
        }

        return sections;
    }

    private static bool IsContent(Block block) =>
        block is not (YamlFrontMatterBlock or Markdig.Extensions.Footnotes.FootnoteGroup or LinkReferenceDefinitionGroup);

    private static bool HasText(Block block) => block is not BlankLineBlock && block is not ThematicBreakBlock;

    /// <summary>
    /// Markdig keeps heading ids unique within one document; a folder essay is several documents, so a
    /// repeated id gets a suffix the way Markdig would have given it (a single file is left as it is).
    /// </summary>
    private static void MakeHeadingIdsUnique(List<SectionDraft> drafts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in drafts.SelectMany(draft => draft.Blocks).OfType<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { } id)
            {
                continue;
            }

            var candidate = id;
            for (var suffix = 1; !seen.Add(candidate); suffix++)
            {
                candidate = $"{id}-{suffix}";
            }

            attributes.Id = candidate;
        }
    }

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

        var html = RenderHtml(draft.Blocks, new SectionNotes(index + 1, draft.Blocks), allowHtml);
        var plainText = PlainText.Of(draft.Blocks);
        return new Section(
            Number: index + 1,
            slugs[index],
            draft.Title,
            subheadings,
            html,
            plainText,
            CountWords(plainText),
            previous,
            next);
    }

    /// <summary>The section's blocks followed by the notes they cite.</summary>
    private static string RenderHtml(IEnumerable<Block> blocks, SectionNotes notes, bool allowHtml)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ReaderMarkdown.For(allowHtml).Setup(renderer);
        notes.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        var html = writer.ToString() + notes.Render();

        // Raw HTML only reaches the output when it is allowed, and then never unsanitized.
        return allowHtml ? SafeHtml.Sanitize(html) : html;
    }

    internal static int CountWords(string text) => Words().Count(text);

    private static string Summarise(Section[] sections) => Summarise(sections[0].PlainText);

    /// <summary>The first sentences of a text, about a tweet long: for summaries and page descriptions.</summary>
    internal static string Summarise(string text)
    {
        const int Wanted = 160;
        const int Limit = 300;
        var summary = "";
        foreach (var sentence in SentenceEnds().Split(text))
        {
            summary = summary.Length == 0 ? sentence : $"{summary} {sentence}";
            if (summary.Length >= Wanted)
            {
                break;
            }
        }

        if (summary.Length <= Limit)
        {
            return summary;
        }

        // A long word or address with no space in reach is cut between characters as a reader sees them.
        var space = summary.LastIndexOf(' ', Limit);
        var end = space > 0 ? space : LastTextElementEnd(summary, Limit);
        return string.Concat(summary.AsSpan(0, end).TrimEnd(), "…");
    }

    /// <summary>Where the last whole grapheme cluster that ends within <paramref name="limit"/> characters ends.</summary>
    private static int LastTextElementEnd(string text, int limit)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > limit)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnds();
}
