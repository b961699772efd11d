using System.Collections.Frozen;

namespace Reader.Essays.Figures;

/// <summary>An image in the content folder that an essay shows, found and measured when the essay was read.</summary>
/// <param name="Hash">The start of the SHA-256 of the file's bytes: the same in every process, new whenever the image changes.</param>
/// <param name="Name">The file's name as its address shows it, for people reading addresses; the hash alone finds it.</param>
/// <param name="Path">The file's real path, inside the content folder.</param>
/// <param name="Length">The file's size and last write when it was hashed: a file changed since is not served under the old hash.</param>
internal sealed record Figure(string Hash, string Name, ImageFormat Format, string Path, long Length, DateTime LastWriteUtc, int Width, int Height)
{
    public const string AddressPrefix = "/figures/";

    public string Url => $"{AddressPrefix}{Hash}/{Name}{Format.Extension}";
}

/// <summary>Every figure a library's essays show, by hash: the only images the site serves.</summary>
internal sealed class FigureIndex
{
    public static readonly FigureIndex Empty = new([]);

    private readonly FrozenDictionary<string, Figure> byHash;

    public FigureIndex(IEnumerable<Figure> figures) =>
        byHash = figures.DistinctBy(figure => figure.Hash, StringComparer.Ordinal).ToFrozenDictionary(figure => figure.Hash, StringComparer.Ordinal);

    public int Count => byHash.Count;

    public Figure? Find(string? hash) => hash is null ? null : byHash.GetValueOrDefault(hash);
}
