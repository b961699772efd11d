using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Reader.Store;

namespace Reader.Caching;

/// <summary>
/// The pages of the current library, as sent, by path (as written) and content coding. A page is a pure
/// function of the library and its address, so once rendered it is kept until the library is replaced: the
/// edition's version is in every lookup, and a new library starts an empty edition of the store. Only pages
/// that read nothing but their path are kept here; the search and settings pages, which read their query, stay
/// in the output cache. Past <see cref="CachingOptions.ReadyPagesSizeLimit"/> new pages are rendered each time
/// instead of kept, so a flood of made-up addresses can cost time but never memory.
/// </summary>
internal sealed class ReadyPages(LibraryStore library, IOptionsMonitor<CachingOptions> options)
{
    private Edition edition = new("");

    /// <summary>The number of pages kept for the current library.</summary>
    public int Count => Current.Pages.Count;

    /// <summary>The bytes the current library's pages take, as the budget counts them.</summary>
    public long Bytes => Interlocked.Read(ref Current.Bytes);

    /// <summary>The store of the library being served, started afresh the first time a new library is asked for.</summary>
    public Edition Current
    {
        get
        {
            var version = library.Current.Version;
            var current = Volatile.Read(ref edition);
            if (ReferenceEquals(current.Version, version))
            {
                return current;
            }

            var fresh = new Edition(version);
            return Interlocked.CompareExchange(ref edition, fresh, current) == current ? fresh : Volatile.Read(ref edition);
        }
    }

    public bool TryKeep(Edition into, string path, string coding, ReadyPage page)
    {
        var size = page.Size;
        if (Interlocked.Add(ref into.Bytes, size) > options.CurrentValue.ReadyPagesSizeLimit || !into.Pages.TryAdd((path, coding), page))
        {
            Interlocked.Add(ref into.Bytes, -size);
            return false;
        }

        return true;
    }

    /// <summary>One library's pages. <see cref="Bytes"/> is a field so it can be counted with <see cref="Interlocked"/>.</summary>
    internal sealed class Edition(string version)
    {
        public readonly ConcurrentDictionary<(string Path, string Coding), ReadyPage> Pages = new();

        public long Bytes;

        public string Version { get; } = version;
    }
}
