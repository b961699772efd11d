using Microsoft.AspNetCore.ResponseCompression;

namespace Reader.Caching;

/// <summary>
/// The content coding of a page: the one compression will choose for the request (<c>br</c>, <c>gzip</c> or
/// <c>identity</c>), not the Accept-Encoding header as sent, which can be written endless ways.
/// </summary>
internal static class ContentCoding
{
    public const string Identity = "identity";

    public static string Chosen(IResponseCompressionProvider compression, HttpContext context) =>
        compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? Identity
            : Identity;

    /// <summary>The coding a response was sent in.</summary>
    public static string Of(HttpResponse response) =>
        response.Headers.ContentEncoding is { Count: 1 } coding ? coding.ToString() : Identity;
}
