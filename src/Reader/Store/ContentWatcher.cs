using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Content;

namespace Reader.Store;

/// <summary>
/// Reloads the library when the content folder changes: on file-system events, waiting for a short quiet
/// spell so that an editor's burst of writes makes one reload, or by scanning at
/// <c>Reader:Content:PollingInterval</c> on volumes that raise no events.
/// </summary>
internal sealed partial class ContentWatcher(LibraryLoader loader, LibraryReloader reloader, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    /// <summary>Long enough to gather one save's events, short enough that a change shows within a second.</summary>
    internal static readonly TimeSpan QuietSpell = TimeSpan.FromMilliseconds(200);

    /// <summary>A file written without pause still shows once this many quiet spells have passed.</summary>
    private const int MaxWaits = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        try
        {
            if (options.Value.PollingInterval is { } interval)
            {
                await PollAsync(interval, stoppingToken);
            }
            else
            {
                await WatchEventsAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        LogPolling(loader.ContentPath, interval);
        var seen = ContentFolder.Fingerprint(loader.ContentPath);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = ContentFolder.Fingerprint(loader.ContentPath);
            if (now != seen)
            {
                seen = now;
                await ReloadAsync(stoppingToken);
            }
        }
    }

    private async Task WatchEventsAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(loader.ContentPath))
        {
            LogNotWatching(loader.ContentPath);
            return;
        }

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(loader.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        void Changed(object sender, EventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += Changed;
        watcher.Error += Changed;
        watcher.EnableRaisingEvents = true;
        LogWatching(loader.ContentPath);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            changes.Reader.TryRead(out _);
            for (var wait = 0; wait < MaxWaits; wait++)
            {
                await Task.Delay(QuietSpell, stoppingToken);
                if (!changes.Reader.TryRead(out _))
                {
                    break;
                }
            }

            await ReloadAsync(stoppingToken);
        }
    }

    private async Task ReloadAsync(CancellationToken stoppingToken)
    {
        LogReloading(loader.ContentPath);
        try
        {
            await reloader.ReloadAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The site keeps serving the library it has; the next change tries again.
            LogReloadFailed(exception, loader.ContentPath);
        }
    }

    [LoggerMessage(Message = "Watching {ContentPath} for changes", Level = LogLevel.Information)]
    private partial void LogWatching(string contentPath);

    [LoggerMessage(Message = "Scanning {ContentPath} for changes every {Interval}", Level = LogLevel.Information)]
    private partial void LogPolling(string contentPath, TimeSpan interval);

    [LoggerMessage(Message = "Not watching {ContentPath}: the folder does not exist", Level = LogLevel.Warning)]
    private partial void LogNotWatching(string contentPath);

    [LoggerMessage(Message = "Content changed in {ContentPath}; reloading", Level = LogLevel.Information)]
    private partial void LogReloading(string contentPath);

    [LoggerMessage(Message = "Reloading {ContentPath} failed; the current library stays", Level = LogLevel.Error)]
    private partial void LogReloadFailed(Exception exception, string contentPath);
}
