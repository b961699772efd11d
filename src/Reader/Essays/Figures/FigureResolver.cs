using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Reader.Essays;

namespace Reader.Essays.Figures;

/// <summary>
/// Finds the image a Markdown image refers to: a path relative to the Markdown file, or failing that to the
/// content folder's shared <see cref="SharedFolder"/>. Only images inside the content folder, as its real path
/// on the disk says, are ever found; one resolver serves a whole load, and each file is read once however
/// many essays show it.
/// </summary>
/// <param name="variantWidths">The widths of the resized copies offered for wide images (<see cref="FigureVariants"/>); null for the defaults.</param>
internal sealed partial class FigureResolver(string contentPath, long maxImageBytes, IReadOnlyList<int>? variantWidths = null)
{
    public const string SharedFolder = "_figures";

    private const int HashHexLength = 16;

    private readonly string root = Path.GetFullPath(contentPath);

    public IReadOnlyList<int> VariantWidths { get; } = variantWidths ?? FigureVariants.DefaultWidths;
    private readonly string? realRoot = RealPaths.Of(contentPath);
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), Lazy<Read>> read = new();

    private sealed record Read(Figure? Figure, string? Error);

    /// <summary>The figure for an image address in the Markdown file at <paramref name="markdownPath"/>, or null with the reason in <paramref name="problems"/>.</summary>
    public Figure? Resolve(string? url, string markdownPath, int line, int column, ICollection<ContentProblem> problems)
    {
        void Error(string message) => problems.Add(ContentProblem.Error(markdownPath, message, line, column) with { LeavesOutEssay = false });
        var written = url?.Trim() ?? "";
        if (written.Length == 0)
        {
            Error("the image has no address; write the path of an image file beside this file, such as ![A chart](chart.png)");
            return null;
        }

        if (written.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(written))
        {
            if (written.StartsWith("//", StringComparison.Ordinal) || written.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || written.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(ContentProblem.Warning(markdownPath,
                    $"the image {written} is on another site and is not shown: the site's Content-Security-Policy allows images only from the site itself (so readers are not tracked by other sites); save the image in the content folder and write its path relative to this file",
                    line, column));
            }
            else
            {
                Error($"the image {written} is not a file in the content folder; write the path of an image file relative to this file");
            }

            return null;
        }

        var end = written.IndexOfAny(['?', '#']);
        var relative = Uri.UnescapeDataString(end < 0 ? written : written[..end]).Replace('\\', '/');
        if (relative.Contains('\0', StringComparison.Ordinal) || relative.Length == 0)
        {
            Error($"the image {written} is not a path to a file");
            return null;
        }

        if (relative.StartsWith('/') || Path.IsPathRooted(relative))
        {
            Error($"the image {written} is an absolute path, which is never followed; write the image's path relative to this file");
            return null;
        }

        var beside = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(markdownPath)) ?? root, relative));
        if (!RealPaths.IsInside(beside, root))
        {
            Error($"the image {written} leads outside the content folder; only images inside it are shown");
            return null;
        }

        var shared = Path.GetFullPath(Path.Combine(root, SharedFolder, relative));
        var path = File.Exists(beside) ? beside : RealPaths.IsInside(shared, Path.Combine(root, SharedFolder)) && File.Exists(shared) ? shared : null;
        if (path is null)
        {
            Error(Directory.Exists(beside)
                ? $"the image {written} is a folder, not an image file"
                : $"the image {written} is not there: there is no {Shown(beside)}, nor {Shown(shared)} in the shared {SharedFolder} folder");
            return null;
        }

        if (RealPaths.Of(path) is not { } real || realRoot is null || !RealPaths.IsInside(real, realRoot))
        {
            Error($"the image {written} is a symbolic link leading outside the content folder; only images inside it are shown");
            return null;
        }

        var file = new FileInfo(real);
        if (file.Length > maxImageBytes)
        {
            Error($"the image {written} is {file.Length} bytes, over the limit of {maxImageBytes} (Reader:Content:MaxImageBytes)");
            return null;
        }

        var result = read.GetOrAdd((real, file.Length, file.LastWriteTimeUtc), key => new Lazy<Read>(() => ReadImage(key.Path, key.Length, key.Written))).Value;
        if (result.Error is { } error)
        {
            Error($"the image {written} {error}");
        }

        return result.Figure;
    }

    private string Shown(string path) => Path.GetRelativePath(root, path);

    private static Read ReadImage(string path, long length, DateTime written)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var prefix = new byte[(int)Math.Min(length, ImageHeader.PrefixBytes)];
            stream.ReadExactly(prefix);
            if (ImageHeader.Read(prefix) is not { } header)
            {
                return new Read(null, "is not an image Reader can show (JPEG, PNG, GIF, WebP, AVIF or SVG, whatever its name says)");
            }

            if (header is not { Width: { } width, Height: { } height })
            {
                return new Read(null, $"is a damaged {header.Format.Name} file: its width and height cannot be read; save it again from an image editor");
            }

            stream.Position = 0;
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..HashHexLength];
            return new Read(new Figure(hash, AddressName(path), header.Format, path, length, written, width, height), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Read(null, "could not be read; check that Reader is allowed to read it and that it is not being written");
        }
    }

    /// <summary>The file's name in lower-case ASCII words, so addresses need no escaping.</summary>
    private static string AddressName(string path)
    {
        var name = LinkHelper.Urilize(Path.GetFileNameWithoutExtension(path), allowOnlyAscii: true);
        return name.Length == 0 ? "figure" : name;
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
