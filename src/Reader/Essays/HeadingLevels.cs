using System.Text.RegularExpressions;

namespace Reader.Essays;

/// <summary>
/// A section's HTML is rendered once, for the whole-essay page, where the section heading is an h2 and its
/// subheadings h3 and deeper. On the section's own page its heading is the h1, so the subheadings move up a
/// level to keep the outline whole: rewriting the tags of HTML we rendered costs less, when a page is
/// rendered, than keeping a second copy of every section in memory.
/// </summary>
internal static partial class HeadingLevels
{
    /// <summary>
    /// h3…h6 become h2…h5. Every <c>&lt;h</c> in rendered HTML is a tag: text, attributes and code are encoded.
    /// </summary>
    public static string RaisedOneLevel(string html) =>
        SubheadingTag().Replace(html, tag => $"<{tag.Groups["close"].Value}h{tag.Groups["level"].ValueSpan[0] - '1'}");

    [GeneratedRegex("<(?<close>/?)h(?<level>[3-6])(?=[\\s>])", RegexOptions.CultureInvariant)]
    private static partial Regex SubheadingTag();
}
