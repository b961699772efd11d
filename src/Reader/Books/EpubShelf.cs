using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Reader.Essays;
using Reader.Site;
using Reader.Store;

namespace Reader.Books;

/// <summary>An essay's EPUB and its strong entity tag, a hash of its bytes.</summary>
internal sealed record EpubFile(string Slug, byte[] Bytes, string EntityTag);

/// <summary>
/// Keeps the EPUBs of the library being served: each is built the first time it is asked for, once, and kept
/// until the library is replaced. The shelf holds at most <see cref="MaxBytes"/>; an EPUB that doesn't fit is
/// built for each request instead, so a large library costs time, never unbounded memory.
/// </summary>
internal sealed class EpubShelf(LibraryStore store, IOptions<SiteOptions> site)
{
    public const long MaxBytes = 64L * 1024 * 1024;

    private Shelf shelf = new("");

    /// <summary>The EPUB of a published essay of the current library, or null when there is no such essay.</summary>
    public EpubFile? Find(string? slug)
    {
        var library = store.Current;
        if (library.FindEssay(slug) is not { } essay)
        {
            return null;
        }

        var series = library.SeriesPositionOf(essay);
        return Find(library, "essay/" + essay.Slug, () => Build(essay, series, site.Value));
    }

    /// <summary>The EPUB of every part of a series of the current library, or null when there is no such series.</summary>
    public EpubFile? FindSeries(string? slug)
    {
        var library = store.Current;
        return library.FindSeries(slug) is { } series
            ? Find(library, "series/" + series.Slug, () => Build(series, site.Value))
            : null;
    }

    /// <param name="key">Essays and series share the shelf, so their slugs are kept apart.</param>
    private EpubFile Find(Library library, string key, Func<EpubFile> build)
    {
        var current = Volatile.Read(ref shelf);
        if (current.Version != library.Version)
        {
            var fresh = new Shelf(library.Version);
            current = Interlocked.CompareExchange(ref shelf, fresh, current) == current ? fresh : Volatile.Read(ref shelf);
        }

        // A request still reading the previous library, racing one that reads the new, builds without keeping.
        return current.Version == library.Version ? current.Get(key, build) : build();
    }

    private sealed class Shelf(string version)
    {
        private readonly ConcurrentDictionary<string, Lazy<(EpubFile File, bool Kept)>> files = new(StringComparer.Ordinal);
        private long bytes;

        public string Version { get; } = version;

        public EpubFile Get(string key, Func<EpubFile> build)
        {
            var lazy = files.GetOrAdd(key, _ => new Lazy<(EpubFile, bool)>(() => Keep(build())));
            var (file, kept) = lazy.Value;
            if (!kept)
            {
                files.TryRemove(new KeyValuePair<string, Lazy<(EpubFile, bool)>>(key, lazy));
            }

            return file;
        }

        private (EpubFile, bool) Keep(EpubFile file)
        {
            if (Interlocked.Add(ref bytes, file.Bytes.Length) <= MaxBytes)
            {
                return (file, true);
            }

            Interlocked.Add(ref bytes, -file.Bytes.Length);
            return (file, false);
        }
    }

    public static EpubFile Build(Essay essay, SeriesPosition? series, SiteOptions site) => File(essay.Slug, EpubBuilder.Build(essay, site, series));

    public static EpubFile Build(Series series, SiteOptions site) => File(series.Slug, EpubBuilder.Build(series, site));

    private static EpubFile File(string slug, byte[] bytes) => new(slug, bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}\"");
}
