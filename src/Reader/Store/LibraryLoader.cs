using System.Diagnostics;
using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;

namespace Reader.Store;

/// <summary>Builds the library from the configured content folder and logs what it found.</summary>
internal sealed partial class LibraryLoader(
    IOptions<ReaderOptions> options,
    IOptions<ContentOptions> contentOptions,
    IOptions<FigureOptions> figureOptions,
    EssayDefaults defaults,
    IHostEnvironment environment,
    ILogger<LibraryLoader> logger)
{
    /// <summary>Drafts are for the author's own eyes: only a development run shows them.</summary>
    public bool IncludesDrafts { get; } = environment.IsDevelopment();

    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public LibraryBuild Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var load = LibraryBuilder.Build(ContentPath, contentOptions.Value, defaults, IncludesDrafts, figureOptions.Value.Widths);
        Report(load, stopwatch.ElapsedMilliseconds);
        return load;
    }

    /// <summary>Logs what a load found: what was not read at Debug, then each problem at its level, then a summary.</summary>
    internal void Report(LibraryBuild load, long elapsedMilliseconds)
    {
        foreach (var skipped in load.Skipped)
        {
            LogSkipped(skipped.Path, skipped.Reason);
        }

        foreach (var problem in load.Problems)
        {
            LogProblem(problem.IsError ? LogLevel.Error : LogLevel.Warning, problem.Path, problem.Line, problem.Column, problem.Message, problem.Fault);
        }

        LogLoaded(load.Library.Essays.Count, load.Library.SectionCount, ContentPath, elapsedMilliseconds);
    }

    [LoggerMessage(Message = "Loaded {EssayCount} essays ({SectionCount} sections) from {ContentPath} in {ElapsedMilliseconds} ms", Level = LogLevel.Information)]
    private partial void LogLoaded(int essayCount, int sectionCount, string contentPath, long elapsedMilliseconds);

    [LoggerMessage(Message = "{Path}:{Line}:{Column}: {Problem}")]
    private partial void LogProblem(LogLevel level, string path, int line, int column, string problem, Exception? fault);

    [LoggerMessage(Message = "Not read: {Path} ({Reason})", Level = LogLevel.Debug)]
    private partial void LogSkipped(string path, string reason);
}
