namespace Reader.Content;

/// <summary>An entry of the content folder that holds one essay (a Markdown file or an essay folder), and the slug it is served under.</summary>
internal sealed record ContentEntry(string Slug, string Path);

/// <summary>Something in the content folder that is not read, and why.</summary>
internal sealed record SkippedEntry(string Path, string Reason);

/// <summary>What a look at the content folder found: the essays' files in a stable order, and what was passed over.</summary>
internal sealed record ContentScan(IReadOnlyList<ContentEntry> Essays, IReadOnlyList<SkippedEntry> Skipped);

/// <summary>
/// The one place that decides which entries of the content folder are essays: Markdown files, and folders of
/// them (<see cref="EssayFolder"/>). Only what is inside the folder is read: hidden entries, other files
/// and symbolic links that lead elsewhere are passed over.
/// </summary>
internal static class ContentFolder
{
    public const string MarkdownExtension = ".md";

    /// <summary>Lists the folder's essays; paths are <paramref name="root"/> joined with the entry's name, as given.</summary>
    public static ContentScan Scan(string root)
    {
        var essays = new List<ContentEntry>();
        var skipped = new List<SkippedEntry>();
        var folder = new DirectoryInfo(root);
        var realRoot = RealPath(folder);
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(root, entry.Name);
            if (WhySkipped(entry, realRoot) is { } reason)
            {
                skipped.Add(new SkippedEntry(path, reason));
            }
            else
            {
                essays.Add(new ContentEntry(Path.GetFileNameWithoutExtension(entry.Name), path));
            }
        }

        return new ContentScan(essays, skipped);
    }

    /// <summary>
    /// Changes whenever a file an essay may use is added, removed, renamed or rewritten: what polling compares,
    /// for volumes that raise no change events. Images count as much as Markdown (beside an essay, in its
    /// subfolders or in the shared figures folder), so every file in the folder is taken, by name, size and
    /// last write alone: a poll never reads a file's bytes.
    /// </summary>
    public static int Fingerprint(string root)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var hash = new HashCode();
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in Entries(folder))
            {
                hash.Add(entry.FullName, StringComparer.Ordinal);
                if (entry is FileInfo file)
                {
                    hash.Add(file.Length);
                    hash.Add(file.LastWriteTimeUtc);
                }
                else if (entry.LinkTarget is { } target)
                {
                    // A linked folder may lead anywhere, even back up: its target is noted, never walked.
                    hash.Add(target, StringComparer.Ordinal);
                }
                else
                {
                    folders.Push((DirectoryInfo)entry);
                }
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>A folder's entries in a stable order, without hidden ones; nothing when the folder went away mid-scan.</summary>
    private static FileSystemInfo[] Entries(DirectoryInfo folder)
    {
        try
        {
            return [.. folder.EnumerateFileSystemInfos().Where(entry => !entry.Name.StartsWith('.')).OrderBy(entry => entry.Name, StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? WhySkipped(FileSystemInfo entry, string realRoot)
    {
        if (entry.Name.StartsWith('.'))
        {
            return "hidden";
        }

        if (entry.LinkTarget is not null)
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return "a symbolic link to nothing";
            }

            if (!IsInside(Path.GetFullPath(target.FullName), realRoot))
            {
                return "a symbolic link leading outside the content folder";
            }
        }

        if (entry is DirectoryInfo folder)
        {
            return EssayFolder.HoldsEssay(folder.FullName) ? null : "a folder without Markdown files";
        }

        return entry.Extension.Equals(MarkdownExtension, StringComparison.OrdinalIgnoreCase) ? null : "not a Markdown (.md) file";
    }

    private static string RealPath(DirectoryInfo folder) =>
        Path.GetFullPath(folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName);

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
