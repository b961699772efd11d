using System.Text;

namespace Reader.Site;

/// <summary>
/// APA's sentence case for titles. Reader can't know which words are proper nouns, so it takes the essay's own
/// word for it: a word stays capitalised when the essay's text capitalises it in the middle of a sentence and
/// never writes it in lowercase ("Harbour Lights" becomes "Harbour lights" unless the text speaks of the
/// Lights). Acronyms and words with a capital inside (NATO, iPhone, McCarthy) and "I" are kept as they are.
/// The first word, and the first word after a colon, question mark, exclamation mark or full stop, begin
/// with a capital.
/// </summary>
internal static class SentenceCase
{
    /// <summary>The words a text capitalises mid-sentence and nowhere writes in lowercase.</summary>
    public static IReadOnlySet<string> ProperWords(IEnumerable<string> texts)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lowercase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            foreach (var (word, opensSentence) in Words(text))
            {
                if (!char.IsLetter(word[0]))
                {
                    continue;
                }

                if (char.IsLower(word[0]))
                {
                    lowercase.Add(word);
                }
                else if (!opensSentence)
                {
                    capitalised.Add(word);
                }
            }
        }

        capitalised.RemoveWhere(lowercase.Contains);
        return capitalised;
    }

    public static string Of(string title, IReadOnlySet<string> properWords)
    {
        var text = new StringBuilder(title.Length);
        var position = 0;
        foreach (var (word, opensSentence, start) in WordsAt(title, quotationsOpen: false))
        {
            text.Append(title, position, start - position);
            var kept = Keeps(word, properWords) ? word : word.ToLowerInvariant();
            text.Append(opensSentence && kept.Length > 0 ? char.ToUpperInvariant(kept[0]) + kept[1..] : kept);
            position = start + word.Length;
        }

        return text.Append(title, position, title.Length - position).ToString();
    }

    private static bool Keeps(string word, IReadOnlySet<string> properWords) =>
        word == "I" || word.Skip(1).Any(char.IsUpper) || properWords.Contains(word);

    private static IEnumerable<(string Word, bool OpensSentence)> Words(string text) =>
        WordsAt(text, quotationsOpen: true).Select(word => (word.Word, word.OpensSentence));

    /// <summary>Words (letters, digits, apostrophes and inner hyphens) and whether each begins a sentence (in running text, also a quotation).</summary>
    private static IEnumerable<(string Word, bool OpensSentence, int Start)> WordsAt(string text, bool quotationsOpen)
    {
        var opensSentence = true;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                yield return (text[start..i], opensSentence, start);
                opensSentence = false;
                continue;
            }

            if (text[i] is '.' or '?' or '!' or ':' or '\n' || (quotationsOpen && text[i] is '“' or '"'))
            {
                opensSentence = true;
            }

            i++;
        }
    }
}
