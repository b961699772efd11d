using System.Collections.Concurrent;

namespace Reader.Figures;

/// <summary>One resized copy of one figure: the source's hash and the copy's width.</summary>
internal readonly record struct VariantKey(string Hash, int Width);

/// <summary>
/// The resized copies made so far, kept in memory (the container's disk is read-only) within a bound in bytes,
/// the least recently used dropped first. A copy is made on its first request, once: requests that arrive while
/// it is being made wait for the same result, and at most <see cref="EncodeSlots"/> copies are made at a time,
/// so that encoding never takes every core from the pages.
/// </summary>
internal sealed class VariantCache(long capacityBytes) : IDisposable
{
    /// <summary>What an image libvips could not decode costs in the cache: it is remembered, not retried on every request.</summary>
    private const long FailureBytes = 64;

    public static readonly int EncodeSlots = Math.Clamp(Environment.ProcessorCount / 2, 1, 4);

    private readonly Lock gate = new();
    private readonly Dictionary<VariantKey, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recency = new();
    private readonly ConcurrentDictionary<VariantKey, Lazy<Task<byte[]?>>> making = new();
    private readonly SemaphoreSlim encoders = new(EncodeSlots);
    private long bytes;

    private sealed record Entry(VariantKey Key, byte[]? Bytes)
    {
        public long Cost => Bytes?.LongLength ?? FailureBytes;
    }

    public long CapacityBytes => capacityBytes;

    /// <summary>The bytes the kept copies take now; never more than <see cref="CapacityBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Dispose() => encoders.Dispose();

    /// <summary>The copy for <paramref name="key"/>, made by <paramref name="make"/> if it is not kept; null when it cannot be made.</summary>
    public Task<byte[]?> GetOrMakeAsync(VariantKey key, Func<byte[]?> make)
    {
        if (TryGet(key, out var kept))
        {
            return Task.FromResult(kept);
        }

        return making.GetOrAdd(key, _ => new Lazy<Task<byte[]?>>(() => MakeAsync(key, make))).Value;
    }

    private async Task<byte[]?> MakeAsync(VariantKey key, Func<byte[]?> make)
    {
        try
        {
            await encoders.WaitAsync().ConfigureAwait(false);
            try
            {
                // A request that missed the cache just as another's copy was kept finds it here, not made twice.
                if (TryGet(key, out var kept))
                {
                    return kept;
                }

                var made = await Task.Run(make).ConfigureAwait(false);
                Keep(new Entry(key, made));
                return made;
            }
            finally
            {
                encoders.Release();
            }
        }
        finally
        {
            making.TryRemove(key, out _);
        }
    }

    private bool TryGet(VariantKey key, out byte[]? found)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                found = node.Value.Bytes;
                return true;
            }
        }

        found = null;
        return false;
    }

    private void Keep(Entry entry)
    {
        lock (gate)
        {
            if (entry.Cost > capacityBytes || entries.ContainsKey(entry.Key))
            {
                return;
            }

            while (bytes + entry.Cost > capacityBytes && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Cost;
            }

            entries[entry.Key] = recency.AddFirst(entry);
            bytes += entry.Cost;
        }
    }
}
