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

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return Path.Combine(folder.FullName, name);
            }
        }

        return besideApp;
    }
}
