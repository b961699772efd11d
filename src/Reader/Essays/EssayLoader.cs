using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Reader.Essays;

/// <summary>A library read from the content folder, with every problem found on the way.</summary>
internal sealed record LibraryLoad(Library Library, IReadOnlyList<ContentProblem> Problems);

/// <summary>Reads every essay under the content folder into a new <see cref="Library"/>.</summary>
internal sealed partial class EssayLoader(IOptions<ReaderOptions> options, IHostEnvironment environment, ILogger<EssayLoader> logger)
{
    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public LibraryLoad Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var load = Read(ContentPath);
        foreach (var problem in load.Problems)
        {
            LogProblem(problem.IsError ? LogLevel.Error : LogLevel.Warning, problem.Path, problem.Line, problem.Column, problem.Message);
        }

        LogLoaded(load.Library.Essays.Count, load.Library.SectionCount, ContentPath, stopwatch.ElapsedMilliseconds);
        return load;
    }

    /// <summary>Reads a content folder without logging: the start-up load and the check command share it.</summary>
    public static LibraryLoad Read(string contentPath)
    {
        if (!Directory.Exists(contentPath))
        {
            return new LibraryLoad(Library.Empty, [ContentProblem.Error(contentPath, "the content folder does not exist")]);
        }

        var files = Directory.GetFiles(contentPath, "*.md", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        var parsed = new Essay?[files.Length];
        var problems = new ConcurrentBag<ContentProblem>();
        Parallel.For(0, files.Length, i => parsed[i] = TryRead(files[i], problems));

        var essays = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in parsed.OfType<Essay>())
        {
            if (!essays.TryAdd(essay.Slug, essay))
            {
                problems.Add(ContentProblem.Error(essay.SourcePath, $"the slug '{essay.Slug}' is already used by {essays[essay.Slug].SourcePath}; this essay is left out"));
            }
        }

        var ordered = problems.OrderBy(problem => problem.Path, StringComparer.Ordinal).ThenBy(problem => problem.Line).ToArray();
        return new LibraryLoad(new Library(essays.Values), ordered);
    }

    private static Essay? TryRead(string path, ConcurrentBag<ContentProblem> problems)
    {
        var found = new List<ContentProblem>();
        Essay? essay;
        try
        {
            essay = EssayParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path, found);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            found.Add(ContentProblem.Error(path, $"the file could not be read: {exception.Message}"));
            essay = null;
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
