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
        Report(load, stopwatch.ElapsedMilliseconds);
        return load;
    }

    /// <summary>Logs what a load found: what was not read at Debug, then each problem at its level, then a summary.</summary>
    internal void Report(LibraryLoad load, long elapsedMilliseconds)
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
        var figures = new Figures.FigureResolver(contentPath, rules.MaxImageBytes);
        Parallel.For(0, files.Count, i => parsed[i] = TryRead(files[i], rules, defaults, problems, figures));

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

    private static Essay? TryRead(ContentSource entry, ContentOptions rules, EssayDefaults? defaults, ConcurrentBag<ContentProblem> problems, Figures.FigureResolver figures)
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
                essay = EssayParser.Parse(source, found, defaults, rules.AllowHtml, figures);
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
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(ContentProblem.Error(path, "the file was moved or deleted while it was being read; it is read again when it is back"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(ContentProblem.Error(path, "Reader is not allowed to read the file; give the user Reader runs as permission to read it"));
            return null;
        }
        catch (IOException exception)
        {
            problems.Add(ContentProblem.Error(path, "the file could not be read from the disk; the essay is left out: check that the file is not locked or damaged") with { Fault = exception });
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
    private partial void LogProblem(LogLevel level, string path, int line, int column, string problem, Exception? fault);

    [LoggerMessage(Message = "Not read: {Path} ({Reason})", Level = LogLevel.Debug)]
    private partial void LogSkipped(string path, string reason);
}
