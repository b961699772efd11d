using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Reader.Search;

/// <summary>
/// One word or phrase of a query as the index's terms, each with its position relative to the first: a
/// stretch of text where all of them occur at those distances is a match.
/// </summary>
internal sealed record MatchPattern(IReadOnlyList<(string Term, int Position)> Terms);

/// <summary>Where one pattern (by its index in the query) matched in a field's text, as character offsets.</summary>
internal readonly record struct TextMatch(int Start, int End, int Pattern);

/// <summary>
/// Finds where a query's words and phrases are in the text of a few documents, from the character offsets the
/// index keeps with each term's positions. This is how Lucene's postings highlighter works: it reads only the
/// query's own terms for only the documents shown, and analyses no text again.
/// </summary>
internal static class MatchFinder
{
    private readonly record struct Occurrence(int Position, int Start, int End);

    /// <summary>The matches in each of <paramref name="documents"/>, in the order of the text.</summary>
    public static Dictionary<int, List<TextMatch>> Find(IndexReader reader, string field, IReadOnlyList<MatchPattern> patterns, IEnumerable<int> documents)
    {
        int[] inOrder = [.. documents.Order()];
        if (inOrder.Length == 0)
        {
            return [];
        }

        var occurrences = patterns
            .SelectMany(pattern => pattern.Terms, (_, term) => term.Term)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(term => term, term => Occurrences(reader, field, term, inOrder), StringComparer.Ordinal);

        var matches = new Dictionary<int, List<TextMatch>>(inOrder.Length);
        foreach (var document in inOrder)
        {
            var found = new List<TextMatch>();
            for (var index = 0; index < patterns.Count; index++)
            {
                AddMatches(found, index, patterns[index], occurrences, document);
            }

            found.Sort((left, right) => left.Start.CompareTo(right.Start));
            matches[document] = found;
        }

        return matches;
    }

    /// <summary>Every occurrence of the first term that the pattern's other terms follow at their distances.</summary>
    private static void AddMatches(List<TextMatch> found, int index, MatchPattern pattern,
        Dictionary<string, Dictionary<int, Occurrence[]>> occurrences, int document)
    {
        var (firstTerm, firstPosition) = pattern.Terms[0];
        if (!occurrences[firstTerm].TryGetValue(document, out var starts))
        {
            return;
        }

        foreach (var start in starts)
        {
            var end = start.End;
            var complete = true;
            foreach (var (term, position) in pattern.Terms.Skip(1))
            {
                var wanted = start.Position + position - firstPosition;
                if (occurrences[term].TryGetValue(document, out var those) &&
                    Array.FindIndex(those, occurrence => occurrence.Position == wanted) is >= 0 and var next)
                {
                    end = Math.Max(end, those[next].End);
                }
                else
                {
                    complete = false;
                    break;
                }
            }

            if (complete)
            {
                found.Add(new TextMatch(start.Start, end, index));
            }
        }
    }

    /// <summary>The term's positions and offsets in each of the documents (ascending) that has it.</summary>
    private static Dictionary<int, Occurrence[]> Occurrences(IndexReader reader, string field, string term, int[] documents)
    {
        var found = new Dictionary<int, Occurrence[]>();
        var postings = MultiFields.GetTermPositionsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(term), DocsAndPositionsFlags.OFFSETS);
        if (postings is null)
        {
            return found;
        }

        foreach (var document in documents)
        {
            var current = postings.DocID < document ? postings.Advance(document) : postings.DocID;
            if (current == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (current == document)
            {
                var each = new Occurrence[postings.Freq];
                for (var index = 0; index < each.Length; index++)
                {
                    var position = postings.NextPosition();
                    each[index] = new Occurrence(position, postings.StartOffset, postings.EndOffset);
                }

                found[document] = each;
            }
        }

        return found;
    }
}
