using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Reader.Essays;

/// <summary>Reads every essay under the content folder into a new <see cref="Library"/>.</summary>
internal sealed partial class EssayLoader(IOptions<ReaderOptions> options, IHostEnvironment environment, ILogger<EssayLoader> logger)
{
    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public Library Load()
    {
        var stopwatch = Stopwatch.StartNew();
        if (!Directory.Exists(ContentPath))
        {
            LogMissingFolder(ContentPath);
            return Library.Empty;
        }

        var files = Directory.GetFiles(ContentPath, "*.md", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        var parsed = new Essay?[files.Length];
        Parallel.For(0, files.Length, i => parsed[i] = TryLoad(files[i]));

        var essays = new Dictionary<string, Essay>(StringComparer.Ordinal);
        foreach (var essay in parsed.OfType<Essay>())
        {
            if (!essays.TryAdd(essay.Slug, essay))
            {
                LogDuplicateSlug(essay.SourcePath, essay.Slug, essays[essay.Slug].SourcePath);
            }
        }

        var library = new Library(essays.Values);
        LogLoaded(library.Essays.Count, library.SectionCount, ContentPath, stopwatch.ElapsedMilliseconds);
        return library;
    }

    private Essay? TryLoad(string path)
    {
        try
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            return EssayParser.Parse(slug, File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            LogBrokenEssay(exception, path, exception.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {EssayCount} essays ({SectionCount} sections) from {ContentPath} in {ElapsedMilliseconds} ms")]
    private partial void LogLoaded(int essayCount, int sectionCount, string contentPath, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {ContentPath} does not exist; no essays are served")]
    private partial void LogMissingFolder(string contentPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}: error: {Problem}; the essay is left out")]
    private partial void LogBrokenEssay(Exception exception, string path, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}: error: the slug {Slug} is already used by {OtherPath}; the essay is left out")]
    private partial void LogDuplicateSlug(string path, string slug, string otherPath);
}
