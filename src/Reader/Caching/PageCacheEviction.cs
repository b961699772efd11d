using Microsoft.AspNetCore.OutputCaching;
using Reader.Essays;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// Drops every cached page when the library is replaced. The library's version is already part of each
/// entry's key, so old pages could never be served again; evicting them gives their memory back at once.
/// </summary>
internal sealed partial class PageCacheEviction(LibraryStore store, IOutputCacheStore cache, ILogger<PageCacheEviction> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replaced += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Replaced -= Evict;
        return Task.CompletedTask;
    }

    private void Evict(object? sender, EventArgs e) => _ = EvictAsync();

    private async Task EvictAsync()
    {
        try
        {
            await cache.EvictByTagAsync(PageOutputCachePolicy.AllPages, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogEvictionFailed(exception);
        }
    }

    [LoggerMessage(Message = "Cached pages could not be evicted after the library was replaced; they expire on their own", Level = LogLevel.Warning)]
    private partial void LogEvictionFailed(Exception exception);
}
