namespace Reader.Essays.Figures;

/// <summary>Paths with every symbolic link on the way followed, so that "inside the content folder" means on the disk, not in the name.</summary>
internal static class RealPaths
{
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>, or null when a link on the way leads to nothing or loops.</summary>
    public static string? Of(string path)
    {
        var remaining = new Queue<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var links = 0;
        while (remaining.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                // The link's target is read part by part again, since it may itself pass through links.
                var resolved = Path.GetFullPath(target, current);
                var rest = remaining.ToArray();
                remaining = new Queue<string>(resolved.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved) ?? "/";
                continue;
            }

            current = next;
        }

        return File.Exists(current) || Directory.Exists(current) ? current : null;
    }

    public static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
