using Reader.Essays;
using Reader.Store;

namespace Reader.Search;

/// <summary>
/// The search index of the library being served. A new library's index is built off the request path as soon
/// as the library is in place (the first once the server is up); pages are served at once, and a search waits
/// for its own library's index, so it never searches one library and reads another.
/// </summary>
internal sealed class LibrarySearch(LibraryStore store, IHostApplicationLifetime lifetime) : IHostedService
{
    // Nothing is indexed before the server is up: the first index would take the cores the rest of the start
    // needs, and an index of the empty library would never be searched. A search that comes first starts it.
    private volatile SearchSnapshot? current;

    /// <summary>The library and its index as one unit: take it once per request and use both from it.</summary>
    public SearchSnapshot Current
    {
        get
        {
            var snapshot = current;
            var library = store.Current;
            if (snapshot is not null && ReferenceEquals(snapshot.Library, library))
            {
                return snapshot;
            }

            // Whoever sees the new library first starts its index; everyone else takes that one.
            var fresh = SearchSnapshot.Of(library);
            return Interlocked.CompareExchange(ref current, fresh, snapshot) == snapshot ? fresh : current!;
        }
    }

    /// <summary>The snapshot whose index has been started, without starting one.</summary>
    internal SearchSnapshot? Started => current;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replaced += IndexNewLibrary;
        lifetime.ApplicationStarted.Register(IndexLoadedLibrary);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Replaced -= IndexNewLibrary;
        return Task.CompletedTask;
    }

    private void IndexLoadedLibrary()
    {
        if (store.IsLoaded)
        {
            _ = Current;
        }
    }

    private void IndexNewLibrary(object? sender, EventArgs e)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            _ = Current;
        }
    }
}

/// <summary>
/// A library and the search index built from it. Indexing takes longer than loading, so the index is a task
/// that a search awaits.
/// </summary>
internal sealed record SearchSnapshot(Library Library, Task<SearchIndex> Index)
{
    public static SearchSnapshot Of(Library library) => new(library, Task.Run(() =>
    {
        var index = SearchIndex.Build(library);
        // Indexing leaves Lucene's buffers and the analysers' tokens behind, about half the library's size again,
        // and the load before it several times the library in syntax trees; one compacting collection hands that
        // back instead of holding it until the heap next fills up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return index;
    }));
}
