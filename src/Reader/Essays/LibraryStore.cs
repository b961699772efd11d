using Reader.Search;

namespace Reader.Essays;

/// <summary>
/// Holds the library being served with its search index; a newly built library replaces both in one
/// reference assignment, so a request never searches one library and reads another.
/// </summary>
internal sealed class LibraryStore
{
    private volatile LibrarySnapshot current = LibrarySnapshot.Empty;
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Library Current => current.Library;

    /// <summary>The library and its index as one unit: take it once per request and use both from it.</summary>
    public LibrarySnapshot Snapshot => current;

    public bool IsLoaded => loaded.Task.IsCompleted;

    /// <summary>Raised after a new library is in place, so that whatever was derived from the old one can be dropped.</summary>
    public event EventHandler? Replaced;

    /// <summary>Serves the library at once; its index is built off the request path and searches of it wait for it.</summary>
    public void Replace(Library library)
    {
        current = LibrarySnapshot.Of(library);
        loaded.TrySetResult();
        Replaced?.Invoke(this, EventArgs.Empty);
    }
}

/// <summary>
/// A library and the search index built from it, always swapped together. Indexing takes longer than loading
/// (about twice as long for 1,000 essays), so pages are served as soon as the library is loaded and a search
/// waits for its own library's index; it never searches another library's.
/// </summary>
internal sealed record LibrarySnapshot(Library Library, Task<SearchIndex> Index)
{
    public static LibrarySnapshot Empty { get; } = Of(Library.Empty);

    public static LibrarySnapshot Of(Library library) => new(library, Task.Run(() => SearchIndex.Build(library)));
}
