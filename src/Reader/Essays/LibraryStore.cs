namespace Reader.Essays;

/// <summary>Holds the library being served; a newly built library replaces it in one reference assignment.</summary>
internal sealed class LibraryStore
{
    private volatile Library current = Library.Empty;
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Library Current => current;

    public bool IsLoaded => loaded.Task.IsCompleted;

    public void Replace(Library library)
    {
        current = library;
        loaded.TrySetResult();
    }
}
