namespace Reader.Essays;

/// <summary>Holds the library being served; a newly built library replaces it in one reference assignment.</summary>
internal sealed class LibraryStore
{
    private volatile Library current = Library.Empty;
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Library Current => current;

    public bool IsLoaded => loaded.Task.IsCompleted;

    /// <summary>Raised after a new library is in place, so that whatever was derived from the old one can be dropped.</summary>
    public event EventHandler? Replaced;

    public void Replace(Library library)
    {
        current = library;
        loaded.TrySetResult();
        Replaced?.Invoke(this, EventArgs.Empty);
    }
}
