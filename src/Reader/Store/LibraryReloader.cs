using Reader.Essays;
using Reader.Content;

namespace Reader.Store;

/// <summary>
/// Builds a new library from the content folder off the request path and swaps it in whole. An essay whose
/// file has turned broken keeps being served in its last good version, so an author's half-saved edit never
/// takes a page down.
/// </summary>
internal sealed partial class LibraryReloader(LibraryLoader loader, LibraryStore store, LibraryMetrics metrics, ILogger<LibraryReloader> logger) : IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public void Dispose() => oneAtATime.Dispose();

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        var succeeded = false;
        try
        {
            if (!Directory.Exists(loader.ContentPath))
            {
                // An unmounted volume is not an author deleting every essay.
                LogFolderMissing(loader.ContentPath);
                return;
            }

            var load = await Task.Run(loader.Load, cancellationToken);
            store.Replace(Merge(store.Current, load, kept => LogKeptLastGoodVersion(kept.SourcePath, kept.Slug)));
            succeeded = load.ErrorCount == 0;
        }
        finally
        {
            metrics.Reloaded(succeeded);
            oneAtATime.Release();
        }
    }

    /// <summary>The newly loaded library, plus the previous version of every essay whose file now has an error.</summary>
    internal static Library Merge(Library previous, LibraryBuild load, Action<Essay> onKept)
    {
        var broken = load.Problems.Where(problem => problem.LeavesOutEssay).Select(problem => problem.Path).ToHashSet(StringComparer.Ordinal);
        if (broken.Count == 0)
        {
            return load.Library;
        }

        var essays = load.Library.Essays.ToDictionary(essay => essay.Slug, StringComparer.Ordinal);
        // A folder essay's problems name the file inside it that is broken.
        bool IsBroken(Essay essay) => broken.Contains(essay.SourcePath)
            || broken.Any(path => path.StartsWith(essay.SourcePath + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        foreach (var essay in previous.Essays.Where(IsBroken))
        {
            if (essays.TryAdd(essay.Slug, essay))
            {
                onKept(essay);
            }
        }

        return new Library(essays.Values);
    }

    [LoggerMessage(Message = "{Path} has errors; its last good version is still served at /essays/{Slug}", Level = LogLevel.Warning)]
    private partial void LogKeptLastGoodVersion(string path, string slug);

    [LoggerMessage(Message = "The content folder {ContentPath} is gone; the library is kept as it was", Level = LogLevel.Warning)]
    private partial void LogFolderMissing(string contentPath);
}
