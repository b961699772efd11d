using Microsoft.Extensions.Primitives;

namespace Reader.Caching;

/// <summary>
/// A page as it went out the first time, in one content coding: its body, the headers the page itself set
/// (type, language, validators, links), its entity tag without quotes or coding, and the route values it was
/// rendered with, so the request log names the essay and section of a page served from here too.
/// </summary>
internal sealed record ReadyPage(
    ReadOnlyMemory<byte> Body,
    IReadOnlyList<KeyValuePair<string, StringValues>> Headers,
    string EntityTag,
    string CacheControl,
    RouteValueDictionary RouteValues)
{
    /// <summary>What the entry costs the store's budget: the body and, roughly, the headers and key beside it.</summary>
    public long Size => Body.Length + Headers.Sum(header => header.Key.Length + header.Value.ToString().Length) * sizeof(char) + 256;
}
