using System.Diagnostics.Metrics;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// Hits and misses of the page output cache, which has no meter of its own in ASP.NET Core 10
/// (dotnet/aspnetcore #54182). Only lookups count: a 304 answered from the ETag never reaches the cache, and a
/// request the cache may not answer (a HEAD, a form handler) is neither.
/// </summary>
internal sealed class PageCacheMetrics(IMeterFactory meters)
{
    private static readonly KeyValuePair<string, object?> Hit = new("result", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("result", "miss");

    private readonly Counter<long> lookups = meters.Create(LibraryMetrics.MeterName).CreateCounter<long>("reader.page_cache.lookups", "{lookup}",
        "Pages looked up in the output cache, by result: hit (served from the cache) or miss (rendered).");

    public void Served(bool fromCache) => lookups.Add(1, fromCache ? Hit : Miss);
}
