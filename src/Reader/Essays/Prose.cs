using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Essays;

/// <summary>What is measured and quoted from an essay's plain text: its words, and its first sentences as a summary.</summary>
internal static partial class Prose
{
    /// <summary>
    /// How many runs of non-space characters the text has, as the pattern <c>\S+</c> counts them. A loop, not that
    /// pattern: counting every section's words twice through the regex engine was a seventh of an essay's load.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var character in text)
        {
            var isSpace = char.IsWhiteSpace(character);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    /// <summary>The first sentences of a text, about a tweet long: for summaries and page descriptions.</summary>
    public static string Summarise(string text)
    {
        const int Wanted = 160;
        const int Limit = 300;
        var summary = "";
        // Splits are taken one at a time: only the first few sentences of the section are ever needed.
        foreach (var range in SentenceEnds().EnumerateSplits(text))
        {
            var sentence = text[range];
            summary = summary.Length == 0 ? sentence : $"{summary} {sentence}";
            if (summary.Length >= Wanted)
            {
                break;
            }
        }

        if (summary.Length <= Limit)
        {
            return summary;
        }

        // A long word or address with no space in reach is cut between characters as a reader sees them.
        var space = summary.LastIndexOf(' ', Limit);
        var end = space > 0 ? space : LastTextElementEnd(summary, Limit);
        return string.Concat(summary.AsSpan(0, end).TrimEnd(), "…");
    }

    /// <summary>Where the last whole grapheme cluster that ends within <paramref name="limit"/> characters ends.</summary>
    private static int LastTextElementEnd(string text, int limit)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > limit)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnds();
}
