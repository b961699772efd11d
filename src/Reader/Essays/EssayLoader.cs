using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Reader.Site;

namespace Reader.Essays;

/// <summary>A library read from the content folder, with every problem found on the way.</summary>
internal sealed record LibraryLoad(Library Library, IReadOnlyList<ContentProblem> Problems);

/// <summary>Reads every essay under the content folder into a new <see cref="Library"/>.</summary>
internal sealed partial class EssayLoader(IOptions<ReaderOptions> options, IOptions<SiteOptions> site, IHostEnvironment environment, ILogger<EssayLoader> logger)
{
    /// <summary>Drafts are for the author's own eyes: only a development run shows them.</summary>
    public bool IncludesDrafts { get; } = environment.IsDevelopment();

    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public LibraryLoad Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var load = Read(ContentPath, new EssayDefaults(site.Value.Language, site.Value.DefaultAuthor), IncludesDrafts);
        foreach (var problem in load.Problems)
        {
            LogProblem(problem.IsError ? LogLevel.Error : LogLevel.Warning, problem.Path, problem.Line, problem.Column, problem.Message);
        }

        LogLoaded(load.Library.Essays.Count, load.Library.SectionCount, ContentPath, stopwatch.ElapsedMilliseconds);
        return load;
    }

    /// <summary>
    /// Reads a content folder without logging: the start-up load and the check command share it. Essays are
    /// Markdown files and folders (see <see cref="EssayFolder"/>); drafts are left out entirely unless
    /// <paramref name="includeDrafts"/>, so that nothing built from the library can show them.
    /// </summary>
    public static LibraryLoad Read(string contentPath, EssayDefaults? defaults = null, bool includeDrafts = true)
    {
        if (!Directory.Exists(contentPath))
        {
            return new LibraryLoad(Library.Empty, [ContentProblem.Error(contentPath, "the content folder does not exist")]);
        }

        var entries = Directory.GetFiles(contentPath, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetDirectories(contentPath).Where(EssayFolder.HoldsEssay))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var parsed = new Essay?[entries.Length];
        var problems = new ConcurrentBag<ContentProblem>();
        Parallel.For(0, entries.Length, i => parsed[i] = TryRead(entries[i], defaults, problems));

        var essays = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in parsed.OfType<Essay>().Where(essay => includeDrafts || !essay.Metadata.Draft))
        {
            if (!essays.TryAdd(essay.Slug, essay))
            {
                problems.Add(ContentProblem.Error(essay.SourcePath, $"the slug '{essay.Slug}' is already used by {essays[essay.Slug].SourcePath}; this essay is left out"));
            }
        }

        var ordered = problems.OrderBy(problem => problem.Path, StringComparer.Ordinal).ThenBy(problem => problem.Line).ToArray();
        return new LibraryLoad(new Library(essays.Values), ordered);
    }

    private static Essay? TryRead(string path, EssayDefaults? defaults, ConcurrentBag<ContentProblem> problems)
    {
        var found = new List<ContentProblem>();
        Essay? essay = null;
        try
        {
            var source = Directory.Exists(path)
                ? EssayFolder.Read(path, found)
                : new EssaySource(
                    Path.GetFileNameWithoutExtension(path),
                    path,
                    [new EssayFile(path, File.ReadAllText(path))],
                    new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
            if (source is not null)
            {
                essay = EssayParser.Parse(source, found, defaults);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            found.Add(ContentProblem.Error(path, $"the file could not be read: {exception.Message}"));
        }

        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        return essay;
    }

    [LoggerMessage(Message = "Loaded {EssayCount} essays ({SectionCount} sections) from {ContentPath} in {ElapsedMilliseconds} ms", Level = LogLevel.Information)]
    private partial void LogLoaded(int essayCount, int sectionCount, string contentPath, long elapsedMilliseconds);

    [LoggerMessage(Message = "{Path}:{Line}:{Column}: {Problem}")]
    private partial void LogProblem(LogLevel level, string path, int line, int column, string problem);
}
