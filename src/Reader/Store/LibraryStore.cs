using Reader.Essays;

namespace Reader.Store;

/// <summary>
/// Holds the library being served; a newly built library replaces the old one in one reference assignment,
/// so a request that takes <see cref="Current"/> once reads one edition throughout.
/// </summary>
internal sealed class LibraryStore
{
    private volatile Library current = Library.Empty;
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Library Current => current;

    public bool IsLoaded => loaded.Task.IsCompleted;

    /// <summary>Raised after a new library is in place, so that whatever was derived from the old one can be replaced or dropped.</summary>
    public event EventHandler? Replaced;

    public void Replace(Library library)
    {
        current = library;
        loaded.TrySetResult();
        Replaced?.Invoke(this, EventArgs.Empty);
    }
}
