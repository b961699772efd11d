using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Reader.Search;

/// <summary>
/// A section's text as the HTML a search result shows: encoded with the pages' encoder settings, so that
/// the only markup is the <c>&lt;mark&gt;</c> around each match.
/// </summary>
internal static class MarkedText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>All of a short text, such as a heading, with its matches marked.</summary>
    public static string Whole(string text, IReadOnlyList<TextMatch> matches)
    {
        var html = new StringBuilder(text.Length + 32);
        Append(html, text, (0, text.Length), Merge(matches));
        return html.ToString();
    }

    /// <summary>
    /// Up to <paramref name="passages"/> passages of about <paramref name="length"/> characters, each starting
    /// at a match (or the start of its sentence), chosen for the most different words and phrases of the
    /// query and then the most matches, and shown in reading order with an ellipsis wherever text is left
    /// out. The text's opening words when nothing in it matched (the heading did).
    /// </summary>
    /// <param name="matches">The matches in the order of the text, as <see cref="MatchFinder"/> gives them.</param>
    public static string Snippet(string text, IReadOnlyList<TextMatch> matches, int length, int passages)
    {
        var candidates = matches.Select(match => PassageAround(text, match, length, matches)).ToList();
        var chosen = new List<(int Start, int End)>();
        while (chosen.Count < passages && Best(candidates, matches) is { } best)
        {
            chosen.Add(best);
            candidates.RemoveAll(candidate => candidate.Start < best.End && best.Start < candidate.End);
        }

        if (chosen.Count == 0)
        {
            chosen.Add((0, PassageEnd(text, length, matches)));
        }

        chosen.Sort();
        var spans = Merge(matches);
        var html = new StringBuilder((length + 64) * chosen.Count);
        var endedWithEllipsis = false;
        foreach (var passage in chosen)
        {
            html.Append(passage.Start > 0 && !endedWithEllipsis ? "… " : html.Length > 0 ? " " : "");
            Append(html, text, passage, spans);
            endedWithEllipsis = passage.End < text.Length;
            html.Append(endedWithEllipsis ? " …" : "");
        }

        return html.ToString();
    }

    private static (int Start, int End)? Best(List<(int Start, int End)> candidates, IReadOnlyList<TextMatch> matches)
    {
        (int Start, int End)? best = null;
        (int Patterns, int Matches) bestScore = (0, 0);
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, matches);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>How many different words and phrases of the query a passage holds, then how many matches.</summary>
    private static (int Patterns, int Matches) Score((int Start, int End) passage, IReadOnlyList<TextMatch> matches)
    {
        var patterns = 0UL;
        var count = 0;
        foreach (var match in matches)
        {
            if (match.Start >= passage.End)
            {
                break;
            }

            if (match.Start >= passage.Start && match.End <= passage.End)
            {
                patterns |= 1UL << (match.Pattern % 64);
                count++;
            }
        }

        return (BitOperations.PopCount(patterns), count);
    }

    /// <summary>From the start of the match's sentence when it is near, else from a few words before the match.</summary>
    private static (int Start, int End) PassageAround(string text, TextMatch match, int length, IReadOnlyList<TextMatch> matches)
    {
        var earliest = Math.Max(0, match.Start - (length / 3));
        var start = -1;
        for (var index = match.Start - 1; index > earliest && start < 0; index--)
        {
            if (char.IsWhiteSpace(text[index]) && text[index - 1] is '.' or '!' or '?' or ':' or ';')
            {
                start = index + 1;
            }
        }

        if (start < 0)
        {
            var space = earliest == 0 ? -1 : text.AsSpan(earliest, match.Start - earliest).IndexOfAny(' ', '\n');
            start = earliest == 0 ? 0 : space < 0 ? match.Start : earliest + space + 1;
        }

        return (start, Math.Max(match.End, PassageEnd(text, start + length, matches)));
    }

    /// <summary>The last word break before <paramref name="limit"/>, moved past any match it would cut in two.</summary>
    private static int PassageEnd(string text, int limit, IReadOnlyList<TextMatch> matches)
    {
        if (limit >= text.Length)
        {
            return text.Length;
        }

        var end = text.AsSpan(0, limit).LastIndexOfAny(' ', '\n') is > 0 and var space ? space : limit;
        foreach (var match in matches)
        {
            if (match.Start < end && match.End > end)
            {
                end = match.End;
            }
        }

        return end;
    }

    /// <summary>Overlapping matches (a word inside a matched phrase) as one stretch to mark.</summary>
    private static List<(int Start, int End)> Merge(IReadOnlyList<TextMatch> matches)
    {
        var spans = new List<(int Start, int End)>(matches.Count);
        foreach (var match in matches)
        {
            if (spans.Count > 0 && match.Start < spans[^1].End)
            {
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, match.End));
            }
            else
            {
                spans.Add((match.Start, match.End));
            }
        }

        return spans;
    }

    private static void Append(StringBuilder html, string text, (int Start, int End) passage, List<(int Start, int End)> spans)
    {
        var position = passage.Start;
        foreach (var (start, end) in spans)
        {
            if (end <= passage.Start || start >= passage.End)
            {
                continue;
            }

            var from = Math.Max(start, position);
            var to = Math.Min(end, passage.End);
            html.Append(Encoder.Encode(text[position..from])).Append("<mark>").Append(Encoder.Encode(text[from..to])).Append("</mark>");
            position = to;
        }

        html.Append(Encoder.Encode(text[position..passage.End]));
    }
}
