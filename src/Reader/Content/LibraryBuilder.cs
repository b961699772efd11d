using System.Collections.Concurrent;
using Reader.Essays;
using Reader.Essays.Figures;

namespace Reader.Content;

/// <summary>A library built from a content folder, with every problem found on the way.</summary>
internal sealed record LibraryBuild(Library Library, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>How many essay files were read.</summary>
    public int FileCount { get; init; }

    /// <summary>What the content folder holds that is not read, and why.</summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; init; } = [];

    public int ErrorCount => Problems.Count(problem => problem.IsError);

    public int WarningCount => Problems.Count - ErrorCount;
}

/// <summary>Builds a <see cref="Library"/> from every essay in a content folder.</summary>
internal static class LibraryBuilder
{
    /// <summary>
    /// Reads a content folder into a new library, without logging: the store's loads and the check command share it.
    /// Essays are Markdown files and folders (see <see cref="EssayFolder"/>); drafts are left out entirely
    /// unless <paramref name="includeDrafts"/>, so that nothing built from the library can show them. Wide
    /// figures offer resized copies at <paramref name="variantWidths"/> (by default <see cref="FigureVariants.DefaultWidths"/>).
    /// </summary>
    public static LibraryBuild Build(string contentPath, ContentOptions? rules = null, EssayDefaults? defaults = null, bool includeDrafts = true, IReadOnlyList<int>? variantWidths = null)
    {
        rules ??= new ContentOptions();
        if (!Directory.Exists(contentPath))
        {
            return new LibraryBuild(Library.Empty, [ContentProblem.Error(contentPath, "the content folder does not exist")]);
        }

        var scan = ContentFolder.Scan(contentPath);
        var files = scan.Essays;
        var parsed = new ParsedEssay?[files.Count];
        var problems = new ConcurrentBag<ContentProblem>();
        var figures = new FigureResolver(contentPath, rules.MaxImageBytes, variantWidths);
        Parallel.For(0, files.Count, i => parsed[i] = TryRead(files[i], rules, defaults, problems, figures));

        var essays = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in parsed.OfType<ParsedEssay>().Select(read => read.Essay).Where(essay => includeDrafts || !essay.Metadata.Draft))
        {
            if (!essays.TryAdd(essay.Slug, essay))
            {
                problems.Add(ContentProblem.Error(essay.SourcePath, $"the slug '{essay.Slug}' is already used by {essays[essay.Slug].SourcePath}; this essay is left out"));
            }
        }

        var linkProblems = new List<ContentProblem>();
        var library = new Library(TranslationChecks.Check(essays.Values, linkProblems));
        LinkChecks.Check(library, parsed.OfType<ParsedEssay>(), linkProblems);
        SeriesChecks.Check(parsed.OfType<ParsedEssay>(), linkProblems);
        return new LibraryBuild(library, Ordered(problems.Concat(linkProblems))) { FileCount = files.Count, Skipped = scan.Skipped };
    }

    internal static ContentProblem[] Ordered(IEnumerable<ContentProblem> problems) => [.. problems
        .OrderBy(problem => problem.Path, StringComparer.Ordinal)
        .ThenBy(problem => problem.Line)
        .ThenBy(problem => problem.Column)
        .ThenBy(problem => problem.Message, StringComparer.Ordinal)];

    private static ParsedEssay? TryRead(ContentEntry entry, ContentOptions rules, EssayDefaults? defaults, ConcurrentBag<ContentProblem> problems, FigureResolver figures)
    {
        var found = new List<ContentProblem>();
        ParsedEssay? essay = null;
        string? Read(string path) => EssayFiles.ReadText(path, rules.MaxFileBytes, found);
        var source = Directory.Exists(entry.Path)
            ? EssayFolder.Read(entry.Path, found, Read)
            : Read(entry.Path) is { } markdown
                ? new EssaySource(entry.Slug, entry.Path, [new EssayFile(entry.Path, markdown)], new DateTimeOffset(File.GetLastWriteTimeUtc(entry.Path), TimeSpan.Zero))
                : null;
        if (source is not null)
        {
            try
            {
                essay = EssayParser.Read(source, found, defaults, rules.AllowHtml, figures);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A bug met by one file must not stop the others from loading.
                found.Add(Unreadable(entry.Path, exception));
            }
        }

        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        return essay;
    }

    internal const string TooDeep =
        "the Markdown is nested too deeply to read (quotes within quotes, lists within lists or brackets within brackets, past the Markdown reader's limit); the essay is left out: reduce the deepest nesting";

    internal const string RefusedByMarkdig =
        "the Markdown reader refused this file's markup; the essay is left out: look for unusual markup, such as long runs of brackets, emphasis marks or table pipes, and simplify it";

    internal const string InternalFault =
        "Reader could not read this file because of a fault in Reader itself; the essay is left out. Please report it.";

    /// <summary>
    /// Markdig refuses some hostile input by throwing (nesting past its depth limit above all); anything else
    /// thrown while parsing is a bug in Reader. Either way the author reads plain words, not the exception.
    /// </summary>
    internal static ContentProblem Unreadable(string path, Exception exception)
    {
        var byMarkdig = exception.TargetSite?.DeclaringType?.Assembly == typeof(Markdig.Markdown).Assembly;
        if (byMarkdig && exception is ArgumentException && exception.Message.StartsWith("Markdown elements in the input are too deeply nested", StringComparison.Ordinal))
        {
            return ContentProblem.Error(path, TooDeep);
        }

        // Markdig's other refusals could also be Reader misusing it, so operators get the exception too.
        return ContentProblem.Error(path, byMarkdig ? RefusedByMarkdig : InternalFault) with { Fault = exception };
    }
}
