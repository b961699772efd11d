using Reader.Essays;
using Reader.Store;

namespace Reader.Search;

/// <summary>
/// The search index of the library being served. A new library's index is built off the request path as soon
/// as the library is in place; pages are served at once, and a search waits for its own library's index, so it
/// never searches one library and reads another.
/// </summary>
internal sealed class LibrarySearch(LibraryStore store) : IHostedService
{
    // Nothing is indexed before the first library is in place: an index of the empty library would only take
    // CPU from the start-up it would never serve.
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

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replaced += IndexNewLibrary;
        if (store.IsLoaded)
        {
            _ = Current;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Replaced -= IndexNewLibrary;
        return Task.CompletedTask;
    }

    private void IndexNewLibrary(object? sender, EventArgs e) => _ = Current;
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
        // Indexing leaves Lucene's buffers and the analysers' tokens behind, about half the library's size again;
        // one compacting collection hands that back instead of holding it until the heap next fills up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return index;
    }));
}
