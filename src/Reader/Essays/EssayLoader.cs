using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Site;

namespace Reader.Essays;

/// <summary>A library read from the content folder, with every problem found on the way.</summary>
internal sealed record LibraryLoad(Library Library, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>How many essay files were read.</summary>
    public int FileCount { get; init; }

    /// <summary>What the content folder holds that is not read, and why.</summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; init; } = [];

    public int ErrorCount => Problems.Count(problem => problem.IsError);

    public int WarningCount => Problems.Count - ErrorCount;
}

/// <summary>Reads every essay under the content folder into a new <see cref="Library"/>.</summary>
internal sealed partial class EssayLoader(
    IOptions<ReaderOptions> options,
    IOptions<ContentOptions> contentOptions,
    IOptions<SiteOptions> site,
    IHostEnvironment environment,
    ILogger<EssayLoader> logger)
{
    /// <summary>Drafts are for the author's own eyes: only a development run shows them.</summary>
    public bool IncludesDrafts { get; } = environment.IsDevelopment();

    /// <summary>Throws on bytes that are not UTF-8 instead of replacing them, so that the author hears of it.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public LibraryLoad Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var load = Read(ContentPath, contentOptions.Value, new EssayDefaults(site.Value.Language, site.Value.DefaultAuthors), IncludesDrafts);
        foreach (var skipped in load.Skipped)
        {
            LogSkipped(skipped.Path, skipped.Reason);
        }

        foreach (var problem in load.Problems)
        {
            LogProblem(problem.IsError ? LogLevel.Error : LogLevel.Warning, problem.Path, problem.Line, problem.Column, problem.Message);
        }

        LogLoaded(load.Library.Essays.Count, load.Library.SectionCount, ContentPath, stopwatch.ElapsedMilliseconds);
        return load;
    }

    /// <summary>
    /// Reads a content folder without logging: the start-up load, live reload and the check command share it.
    /// Essays are Markdown files and folders (see <see cref="EssayFolder"/>); drafts are left out entirely
    /// unless <paramref name="includeDrafts"/>, so that nothing built from the library can show them.
    /// </summary>
    public static LibraryLoad Read(string contentPath, ContentOptions? rules = null, EssayDefaults? defaults = null, bool includeDrafts = true)
    {
        rules ??= new ContentOptions();
        if (!Directory.Exists(contentPath))
        {
            return new LibraryLoad(Library.Empty, [ContentProblem.Error(contentPath, "the content folder does not exist")]);
        }

        var scan = ContentFolder.Scan(contentPath);
        var files = scan.Essays;
        var parsed = new Essay?[files.Count];
        var problems = new ConcurrentBag<ContentProblem>();
        Parallel.For(0, files.Count, i => parsed[i] = TryRead(files[i], rules, defaults, problems));

        var essays = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in parsed.OfType<Essay>().Where(essay => includeDrafts || !essay.Metadata.Draft))
        {
            if (!essays.TryAdd(essay.Slug, essay))
            {
                problems.Add(ContentProblem.Error(essay.SourcePath, $"the slug '{essay.Slug}' is already used by {essays[essay.Slug].SourcePath}; this essay is left out"));
            }
        }

        var library = new Library(essays.Values);
        var linkProblems = new List<ContentProblem>();
        ContentChecks.CheckLinks(library, linkProblems);
        return new LibraryLoad(library, Ordered(problems.Concat(linkProblems))) { FileCount = files.Count, Skipped = scan.Skipped };
    }

    internal static ContentProblem[] Ordered(IEnumerable<ContentProblem> problems) => [.. problems
        .OrderBy(problem => problem.Path, StringComparer.Ordinal)
        .ThenBy(problem => problem.Line)
        .ThenBy(problem => problem.Column)
        .ThenBy(problem => problem.Message, StringComparer.Ordinal)];

    private static Essay? TryRead(ContentSource entry, ContentOptions rules, EssayDefaults? defaults, ConcurrentBag<ContentProblem> problems)
    {
        var found = new List<ContentProblem>();
        Essay? essay = null;
        string? Read(string path) => ReadText(path, rules.MaxFileBytes, found);
        var source = Directory.Exists(entry.Path)
            ? EssayFolder.Read(entry.Path, found, Read)
            : Read(entry.Path) is { } markdown
                ? new EssaySource(entry.Slug, entry.Path, [new EssayFile(entry.Path, markdown)], new DateTimeOffset(File.GetLastWriteTimeUtc(entry.Path), TimeSpan.Zero))
                : null;
        if (source is not null)
        {
            try
            {
                essay = EssayParser.Parse(source, found, defaults, rules.AllowHtml);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Markdig refuses some hostile input (nesting past its depth limit) by throwing, and a parser
                // bug met by one file must not stop the others from loading either.
                found.Add(ContentProblem.Error(entry.Path, $"the Markdown could not be read: {exception.Message}"));
            }
        }

        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        return essay;
    }

    private static string? ReadText(string path, long maxFileBytes, List<ContentProblem> problems)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxFileBytes)
            {
                problems.Add(ContentProblem.Error(path, $"the file is {length} bytes, over the limit of {maxFileBytes} (Reader:Content:MaxFileBytes)"));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(ContentProblem.Error(path, $"the file could not be read: {exception.Message}"));
            return null;
        }

        var preamble = StrictUtf8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            var (line, column) = Locate(bytes.AsSpan(start), Math.Max(0, exception.Index));
            var bad = exception.BytesUnknown is { Length: > 0 } unknown ? $" (byte 0x{unknown[0]:X2})" : "";
            problems.Add(ContentProblem.Error(path, $"the file is not valid UTF-8{bad}", line, column));
            return null;
        }
    }

    /// <summary>The line and column (in characters, from 1) of a byte offset in text that is valid UTF-8 before it.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    [LoggerMessage(Message = "Loaded {EssayCount} essays ({SectionCount} sections) from {ContentPath} in {ElapsedMilliseconds} ms", Level = LogLevel.Information)]
    private partial void LogLoaded(int essayCount, int sectionCount, string contentPath, long elapsedMilliseconds);

    [LoggerMessage(Message = "{Path}:{Line}:{Column}: {Problem}")]
    private partial void LogProblem(LogLevel level, string path, int line, int column, string problem);

    [LoggerMessage(Message = "Not read: {Path} ({Reason})", Level = LogLevel.Debug)]
    private partial void LogSkipped(string path, string reason);
}
