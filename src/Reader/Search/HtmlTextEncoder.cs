using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Reader.Search;

/// <summary>
/// Encodes the section text the highlighter copies into snippets, so that only its own <c>&lt;mark&gt;</c>
/// tags are markup; the same encoder settings as the pages use, so every script reads as itself.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static HtmlTextEncoder Instance { get; } = new();

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string EncodeText(string originalText) => Encoder.Encode(originalText);
}
