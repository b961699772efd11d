using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>
/// Turns an essay's Markdown into an <see cref="Essay"/>: parsed once, checked (<see cref="OutlineChecks"/>),
/// split into sections (<see cref="SectionSplitter"/>), given its ids (<see cref="Identifiers"/>), and every
/// section rendered up front (<see cref="SectionRenderer"/>) so that requests only copy strings.
/// </summary>
internal static class EssayParser
{
    /// <summary>Parses an essay, or returns null when it has an error; every problem found is added to <paramref name="problems"/>.</summary>
    /// <param name="allowHtml">Keep raw HTML, sanitized, instead of showing it as text.</param>
    public static Essay? Parse(string slug, string markdown, string sourcePath, ICollection<ContentProblem> problems, EssayDefaults? defaults = null, bool allowHtml = false) =>
        Read(new EssaySource(slug, sourcePath, [new EssayFile(sourcePath, markdown)], DateTimeOffset.UnixEpoch), problems, defaults, allowHtml)?.Essay;

    /// <summary>Parses an essay from one file or from the files of a folder (index first, then sections in order).</summary>
    /// <param name="figures">Finds the images the essay shows; without it images are left as written.</param>
    public static Essay? Parse(EssaySource source, ICollection<ContentProblem> problems, EssayDefaults? defaults = null, bool allowHtml = false, FigureResolver? figures = null) =>
        Read(source, problems, defaults, allowHtml, figures)?.Essay;

    /// <summary>Parses an essay with the links it makes to essays' pages, which only the whole library can check.</summary>
    public static ParsedEssay? Read(EssaySource source, ICollection<ContentProblem> problems, EssayDefaults? defaults = null, bool allowHtml = false, FigureResolver? figures = null)
    {
        defaults ??= EssayDefaults.Standard;
        var errorsBefore = problems.Count(problem => problem.IsError);
        var pipeline = ReaderMarkdown.For(allowHtml);
        var documents = source.Files.Select(file => Markdown.Parse(file.Markdown, pipeline)).ToArray();
        // An image that can't be shown leaves out only itself, so its errors don't count against the essay.
        var figureProblems = new List<ContentProblem>();
        FigureUse[] shown = figures is null ? [] : documents.SelectMany((document, i) => FigureReferences.Resolve(document, source.Files[i].Path, figures, figureProblems)).ToArray();
        var index = source.Files[0];
        var frontMatter = FrontMatter.Read(documents[0], index.Path, problems);
        var cover = figures is null ? null : FigureReferences.ResolveCover(frontMatter, index.Path, figures, figureProblems);
        for (var i = 1; i < documents.Length; i++)
        {
            if (documents[i].OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } ignored)
            {
                problems.Add(ContentProblem.Warning(source.Files[i].Path, $"front matter is read only from {Path.GetFileName(index.Path)}; it is ignored here", ignored.Line + 1));
            }
        }

        var titleHeading = FindTitleHeading(documents[0]);
        var title = frontMatter.Title ?? (titleHeading is null ? Titles.FromFileName(source.Slug) ?? source.Slug : PlainText.Of(titleHeading));

        var drafts = SectionSplitter.Split(documents, source.Files, titleHeading, title, problems);
        var links = new List<EssayLink>();
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
                links.AddRange(OutlineChecks.Inspect(documents[i], source.Files[i].Markdown, i == 0 ? titleHeading : null, source.Files[i].Path, problems, expectTitle));
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

        Identifiers.MakeHeadingIdsUnique(drafts);
        Identifiers.NumberParagraphs(drafts);
        var slugs = Identifiers.AssignSlugs(drafts);
        var pace = ReadingPace.For(frontMatter.Language ?? defaults.Language);
        var sections = new Section[drafts.Count];
        var openingText = "";
        for (var i = 0; i < drafts.Count; i++)
        {
            (sections[i], var text) = SectionRenderer.Render(drafts[i], i, slugs, allowHtml,
                previous: i > 0 ? new SectionLink(slugs[i - 1], drafts[i - 1].Title) : null,
                next: i + 1 < drafts.Count ? new SectionLink(slugs[i + 1], drafts[i + 1].Title) : null,
                pace);
            if (i == 0)
            {
                openingText = text;
            }
        }

        var metadata = new EssayMetadata(
            title,
            frontMatter.Subtitle,
            frontMatter.Authors ?? defaults.Authors ?? [],
            frontMatter.Date,
            frontMatter.Updated,
            frontMatter.Summary ?? Prose.Summarise(openingText),
            frontMatter.Tags ?? [],
            frontMatter.Language ?? defaults.Language,
            frontMatter.Draft,
            Modified: (frontMatter.Updated ?? frontMatter.Date) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : source.Modified,
            Cover: cover,
            Series: frontMatter is { Series: { } series, Part: { } part } ? new SeriesMembership(series, FrontMatter.TagSlug(series), part.Number) : null,
            Translation: frontMatter.TranslationKey);

        var essay = new Essay(frontMatter.Slug ?? source.Slug, metadata, sections, source.Path)
        {
            Figures = [.. shown.Select(use => use.Figure), .. cover is null ? [] : new[] { cover.Figure }],
            ShareImage = ShareImage(cover, shown),
        };
        return new ParsedEssay(essay, links)
        {
            Part = metadata.Series is null || frontMatter.Part is not { } declared ? null : new PartDeclaration(index.Path, declared.Line, declared.Column),
        };
    }

    /// <summary>
    /// What link previews show: the cover, else the first figure the essay describes in words. Never an SVG,
    /// which link previews don't show, nor a decorative image, which says nothing about the essay.
    /// </summary>
    private static FigureUse? ShareImage(FigureUse? cover, IEnumerable<FigureUse> shown) =>
        new[] { cover }.Concat(shown).FirstOrDefault(use => use is not null && !use.Figure.Format.IsSvg && (ReferenceEquals(use, cover) || use.Alt.Length > 0));

    /// <summary>The essay's title is a level-1 heading that comes before any section heading.</summary>
    private static HeadingBlock? FindTitleHeading(MarkdownDocument document) =>
        document.OfType<HeadingBlock>().TakeWhile(heading => heading.Level != 2).FirstOrDefault(heading => heading.Level == 1);
}
