using System.Buffers;
using System.Text;

namespace Reader.Search;

/// <summary>
/// What a reader typed in the search box, read as words and "quoted phrases" and nothing else: no field
/// names, operators or wildcards, so no input can be a syntax error or an expensive query.
/// </summary>
/// <param name="Text">The query as searched: trimmed, and cut to <see cref="MaximumLength"/>.</param>
/// <param name="WasShortened">Whether the reader typed more than <see cref="MaximumLength"/> characters.</param>
/// <param name="Pieces">The words and phrases, in the order typed.</param>
internal sealed record SearchQuery(string Text, bool WasShortened, IReadOnlyList<QueryPiece> Pieces)
{
    public const int MaximumLength = 200;

    /// <summary>Characters and words that mean something in search syntaxes and are read here as plain text.</summary>
    private static readonly SearchValues<char> SyntaxCharacters = SearchValues.Create("*~:^\\[]{}+");

    private static readonly string[] SyntaxWords = ["AND", "OR", "NOT"];

    public static SearchQuery Empty { get; } = new("", WasShortened: false, []);

    public bool IsEmpty => Text.Length == 0;

    /// <summary>Whether the reader seems to have used operators from other search engines, which are not needed here.</summary>
    public bool LooksLikeSyntax =>
        Text.AsSpan().ContainsAny(SyntaxCharacters) ||
        Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => SyntaxWords.Contains(word, StringComparer.Ordinal));

    public static SearchQuery Parse(string? typed)
    {
        var text = (typed ?? "").Trim();
        var wasShortened = text.Length > MaximumLength;
        if (wasShortened)
        {
            // Cut between words where there is a space to cut at, and never between the halves of a surrogate pair.
            var length = text.LastIndexOf(' ', MaximumLength) is > 0 and var space ? space
                : char.IsHighSurrogate(text[MaximumLength - 1]) ? MaximumLength - 1 : MaximumLength;
            text = text[..length].TrimEnd();
        }

        return text.Length == 0 ? Empty : new SearchQuery(text, wasShortened, Split(text));
    }

    /// <summary>
    /// Splits at white space outside quotes. Typographic quotes count as quotes, as phones type them; a quote
    /// left open runs to the end, as in most search engines.
    /// </summary>
    private static List<QueryPiece> Split(string text)
    {
        var pieces = new List<QueryPiece>();
        var current = new StringBuilder();
        var inPhrase = false;

        void Finish()
        {
            var piece = current.ToString().Trim();
            if (piece.Length > 0)
            {
                pieces.Add(new QueryPiece(piece, inPhrase));
            }

            current.Clear();
        }

        foreach (var character in text)
        {
            if (character is '"' or '“' or '”' or '„')
            {
                Finish();
                inPhrase = !inPhrase;
            }
            else if (char.IsWhiteSpace(character) && !inPhrase)
            {
                Finish();
            }
            else
            {
                current.Append(character);
            }
        }

        Finish();
        return pieces;
    }
}

/// <summary>A word as typed, or the text between quotes, which must match exactly (in this order, adjacent).</summary>
internal sealed record QueryPiece(string Text, bool IsPhrase);
