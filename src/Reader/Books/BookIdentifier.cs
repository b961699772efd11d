using System.Security.Cryptography;
using System.Text;

namespace Reader.Books;

/// <summary>
/// The identifier an EPUB carries: a name-based UUID (RFC 9562 version 5) of the essay's permalink, so the same
/// essay keeps its identifier across rebuilds, processes and replicas, and e-readers see a new edition, not a new book.
/// </summary>
internal static class BookIdentifier
{
    /// <summary>RFC 9562's namespace for names that are URLs.</summary>
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static string Of(Uri permalink) => $"urn:uuid:{NameBased(UrlNamespace, permalink.AbsoluteUri)}";

    public static Guid NameBased(Guid space, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it names a book, it protects nothing.
        SHA1.HashData(bytes, hash);
#pragma warning restore CA5350
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
