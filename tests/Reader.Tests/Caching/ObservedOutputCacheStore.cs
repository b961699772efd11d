using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Tests.Caching;

/// <summary>
/// The app's own output cache store, passed every call unchanged, with the keys it was asked to keep noted down:
/// the store counts nothing itself, so the entries it still holds are the noted keys it still answers for.
/// </summary>
internal sealed class ObservedOutputCacheStore(IOutputCacheStore store) : IOutputCacheBufferStore
{
    private readonly ConcurrentDictionary<string, byte> keys = new(StringComparer.Ordinal);

    /// <summary>Wraps whatever store the app registered, built as the app would build it.</summary>
    public static void Observe(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton(provider => new ObservedOutputCacheStore(Build(registered, provider)));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<ObservedOutputCacheStore>());
    }

    private static IOutputCacheStore Build(ServiceDescriptor registered, IServiceProvider provider) => (IOutputCacheStore)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    public async Task<int> CountEntriesAsync()
    {
        var count = 0;
        foreach (var key in keys.Keys)
        {
            if (await store.GetAsync(key, CancellationToken.None) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>What the store still holds, as the store answers for it: entries, their bytes as it counts them, and the keys.</summary>
    public async Task<HeldEntries> HeldAsync()
    {
        var held = new List<(string Key, int Bytes)>();
        foreach (var key in keys.Keys)
        {
            if (await store.GetAsync(key, CancellationToken.None) is { } value)
            {
                held.Add((key, value.Length));
            }
        }

        return new HeldEntries(held.Count, held.Sum(entry => (long)entry.Bytes), held.Sum(entry => (long)entry.Key.Length * sizeof(char)),
            held.Count == 0 ? 0 : held.Max(entry => entry.Key.Length), held.Count == 0 ? 0 : held.Min(entry => entry.Bytes));
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        keys.TryAdd(key, 0);
        return store.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        store is IOutputCacheBufferStore buffers ? buffers.TryGetAsync(key, destination, cancellationToken) : ReadAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        keys.TryAdd(key, 0);
        return store is IOutputCacheBufferStore buffers
            ? buffers.SetAsync(key, value, tags, validFor, cancellationToken)
            : store.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
    }

    private async ValueTask<bool> ReadAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(key, cancellationToken) is not { } bytes)
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken);
        return true;
    }
}

/// <summary>The entries a store holds: how many, their bytes as the store counts them, the bytes of their keys, the longest key and the smallest entry.</summary>
internal sealed record HeldEntries(int Count, long Bytes, long KeyBytes, int LongestKey, int SmallestEntry);
