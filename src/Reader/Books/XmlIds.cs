using System.Text;
using System.Xml;

namespace Reader.Books;

/// <summary>
/// EPUB content documents are XML, where an id must be a name without colons: the site's footnote ids
/// (<c>fn:1-2</c>) and a heading slug that starts with a digit are not. Every id and every fragment that points
/// at one goes through the same function, so links still meet their targets. Ids that already are such names,
/// like the paragraphs' <c>p7</c>, stay exactly as they are.
/// </summary>
internal static class XmlIds
{
    public static string Of(string id)
    {
        if (id.Length > 0 && IsNameStart(id[0]) && id.All(IsNameChar))
        {
            return id;
        }

        var name = new StringBuilder(id.Length + 3);
        if (id.Length == 0 || !IsNameStart(id[0]))
        {
            name.Append("id-");
        }

        foreach (var c in id)
        {
            name.Append(IsNameChar(c) ? c : '-');
        }

        return name.ToString();
    }

    private static bool IsNameStart(char c) => c != ':' && XmlConvert.IsStartNCNameChar(c);

    private static bool IsNameChar(char c) => c != ':' && XmlConvert.IsNCNameChar(c);
}
