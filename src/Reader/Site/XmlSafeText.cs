using System.Text;
using System.Xml;

namespace Reader.Site;

/// <summary>
/// Essay text may hold characters XML can't carry (control characters, lone surrogates), which would make
/// XmlWriter throw; feeds, the catalogue and EPUBs drop them so the documents stay valid.
/// </summary>
internal static class XmlSafeText
{
    public static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }

        return kept.Length == text.Length ? text : kept.ToString();
    }
}
