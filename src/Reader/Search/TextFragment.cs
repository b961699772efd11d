using System.Text;
using Reader.Essays;

namespace Reader.Search;

/// <summary>
/// Text fragments (<c>#p12:~:text=…</c>, https://wicg.github.io/scroll-to-text-fragment/): a link that browsers
/// supporting them scroll to and highlight, and that others read as the plain <c>#p12</c> before the directive.
/// </summary>
internal static class TextFragment
{
    /// <summary>How many words beside a match are enough to tell it from the same words earlier on the page.</summary>
    private const int ContextWords = 3;

    /// <summary>
    /// Percent-encodes a term of a text directive: everything <c>encodeURIComponent</c> encodes, and <c>-</c>,
    /// <c>,</c> and <c>&amp;</c>, which the directive's syntax uses (<c>prefix-,start,end,-suffix</c>, <c>&amp;text=</c>).
    /// White space runs become one space, as the page shows them.
    /// </summary>
    public static string Encode(string text) =>
        Uri.EscapeDataString(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Replace("-", "%2D", StringComparison.Ordinal);

    /// <summary>
    /// The fragment that leads to the first match in the paragraph holding most of the query's words and
    /// phrases (then most matches): <c>p7:~:text=…</c>. A browser highlights the first place on the page that
    /// the words appear, so when they come earlier (in <paramref name="above"/>, the titles the page shows
    /// above the text, or earlier in the section) a few words before the match go with it as a prefix, or
    /// the words after it as a suffix when it starts its paragraph. Null
    /// when no match is in a numbered paragraph (a match in the heading only).
    /// </summary>
    public static string? ToBestMatch(SectionText section, IReadOnlyList<TextMatch> matches, string above)
    {
        var (text, paragraphs, breaks) = section;
        ParagraphSpan? best = null;
        TextMatch first = default;
        (int Patterns, int Matches) bestScore = (0, 0);
        foreach (var paragraph in paragraphs)
        {
            var inside = matches.Where(match => match.Start >= paragraph.Start && match.End <= paragraph.End).ToList();
            var score = (inside.Select(match => match.Pattern).Distinct().Count(), inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, first, bestScore) = (paragraph, inside[0], score);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var words = text[first.Start..first.End];
        var directive = new StringBuilder(found.Id).Append(":~:text=");
        var earlier = above.Contains(words, StringComparison.OrdinalIgnoreCase) ||
            text.AsSpan(0, first.Start).Contains(words, StringComparison.OrdinalIgnoreCase);
        var prefix = earlier ? Context(text[Nearest(breaks, found.Start, first.Start, last: true)..first.Start], fromEnd: true) : "";
        var suffix = earlier && prefix.Length == 0 ? Context(text[first.End..Nearest(breaks, first.End, found.End, last: false)], fromEnd: false) : "";
        if (prefix.Length > 0)
        {
            directive.Append(Encode(prefix)).Append("-,");
        }

        directive.Append(Encode(words));
        return (suffix.Length > 0 ? directive.Append(",-").Append(Encode(suffix)) : directive).ToString();
    }

    /// <summary>A few words of the paragraph next to the match: the last ones before it, or the first after it.</summary>
    private static string Context(string beside, bool fromEnd)
    {
        var words = beside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', fromEnd ? words.TakeLast(ContextWords) : words.Take(ContextWords));
    }

    /// <summary>
    /// Where the context between <paramref name="start"/> and <paramref name="end"/> must stop short of the match:
    /// at the break nearest the match (the last before it or the first after it), else the paragraph's edge.
    /// </summary>
    private static int Nearest(IReadOnlyList<int> breaks, int start, int end, bool last)
    {
        var inside = breaks.Where(at => at > start && at < end);
        return last ? inside.DefaultIfEmpty(start).Max() : inside.DefaultIfEmpty(end).Min();
    }
}
