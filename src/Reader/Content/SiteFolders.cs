namespace Reader.Content;

/// <summary>
/// Finds the repository-level folders (wwwroot/, content/): beside the app once it is published, and at the
/// repository root when it runs from source, so that authors edit the files the running site serves.
/// </summary>
internal static class SiteFolders
{
    private const string RepositoryMarker = "Reader.sln";

    public static string Locate(string name)
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(besideApp))
        {
            return besideApp;
        }

        return RepositoryRoot is { } root ? Path.Combine(root, name) : besideApp;
    }

    /// <summary>The repository this build of the app (or of its tests) came from, if it runs from source.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
