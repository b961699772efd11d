using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.AspNetCore.Html;
using Reader.Essays;

namespace Reader.Search;

/// <summary>
/// A full-text index of every section of one <see cref="Library"/>, held in memory and never changed: a new
/// library gets a new index. Searching is thread-safe.
/// </summary>
internal sealed class SearchIndex
{
    private const string HeadingField = "heading";
    private const string BodyField = "body";

    /// <summary>A word in a section's heading says more about the section than the same word in its text.</summary>
    private const float HeadingBoost = 3f;

    private const int SnippetLength = 160;
    private const int SnippetPassages = 2;

    private static readonly Similarity Ranking = new BM25Similarity();

    /// <summary>
    /// Headings and section text are indexed with each term's character offsets beside its positions, which
    /// is all that marking matches needs (see <see cref="MatchFinder"/>). Nothing is stored: the text and
    /// everything else a result shows are in the library already.
    /// </summary>
    private static readonly FieldType WithOffsets = CreateWithOffsets();

    /// <summary>The essay and section of each document, by document number.</summary>
    private readonly IReadOnlyList<(Essay Essay, Section Section)> documents;
    private readonly IndexSearcher searcher;

    private SearchIndex(IReadOnlyList<(Essay, Section)> documents, IndexSearcher searcher)
    {
        this.documents = documents;
        this.searcher = searcher;
    }

    public static SearchIndex Build(Library library)
    {
        // The directory and reader are not disposed: they hold only managed memory, and requests that took
        // this index before a newer library replaced it may still be searching it.
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
            // Without merges, document numbers are the order sections were added in, so they index the list.
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        (Essay, Section)[] documents = [.. library.Essays.SelectMany(essay => essay.Sections, (essay, section) => (essay, section))];
        using (var writer = new IndexWriter(directory, config))
        {
            var heading = new Field(HeadingField, "", WithOffsets);
            var body = new Field(BodyField, "", WithOffsets);
            var document = new Document { heading, body };
            foreach (var (_, section) in documents)
            {
                heading.SetStringValue(section.Title);
                body.SetStringValue(section.PlainText);
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new SearchIndex(documents, new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = Ranking });
    }

    /// <summary>One page of the sections that contain every word and phrase of the query, best first.</summary>
    public SearchResults Search(SearchQuery query, int page = 1)
    {
        // Pieces with no searchable words (punctuation only) are left out.
        var pieces = query.Pieces
            .Select(piece => (Piece: piece, Pattern: new MatchPattern(Analyse(piece.Text))))
            .Where(piece => piece.Pattern.Terms.Count > 0)
            .ToList();
        if (pieces.Count == 0)
        {
            return SearchResults.Nothing(query);
        }

        page = Math.Clamp(page, 1, SearchResults.MaximumPage);
        var top = searcher.Search(ToLuceneQuery(pieces), page * SearchResults.PageSize);
        var lastPage = Math.Max(1, (top.TotalHits + SearchResults.PageSize - 1) / SearchResults.PageSize);
        page = Math.Min(page, lastPage);
        var shown = top.ScoreDocs.Skip((page - 1) * SearchResults.PageSize).Select(scoreDoc => scoreDoc.Doc).ToList();
        MatchPattern[] patterns = [.. pieces.Select(piece => piece.Pattern)];
        var inHeadings = MatchFinder.Find(searcher.IndexReader, HeadingField, patterns, shown);
        var inBodies = MatchFinder.Find(searcher.IndexReader, BodyField, patterns, shown);

        var hits = shown.Select(document =>
        {
            var (essay, section) = documents[document];
            return new SearchHit(
                essay,
                section,
                new HtmlString(MarkedText.Whole(section.Title, inHeadings[document])),
                new HtmlString(MarkedText.Snippet(section.PlainText, inBodies[document], SnippetLength, SnippetPassages)));
        });
        return new SearchResults(query, HasWords: true, top.TotalHits, page, [.. hits]);
    }

    /// <summary>
    /// Every piece must match somewhere in the section, except common words typed on their own (<c>the</c>,
    /// <c>and</c>), which only add to the score. Each piece is looked for in the heading (boosted) and the
    /// text, and a section scores by its better field.
    /// </summary>
    private static BooleanQuery ToLuceneQuery(List<(QueryPiece Piece, MatchPattern Pattern)> pieces)
    {
        var all = new BooleanQuery();
        foreach (var (piece, pattern) in pieces)
        {
            var either = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.1f);
            foreach (var field in (ReadOnlySpan<string>)[HeadingField, BodyField])
            {
                var fieldQuery = PieceQuery(pattern, field);
                fieldQuery.Boost = field == HeadingField ? HeadingBoost : 1f;
                either.Add(fieldQuery);
            }

            var common = !piece.IsPhrase && EnglishAnalyzer.DefaultStopSet.Contains(piece.Text.ToLowerInvariant());
            all.Add(either, common ? Occur.SHOULD : Occur.MUST);
        }

        return all;
    }

    /// <summary>
    /// A typed word can analyse into several terms (<c>vis-à-vis</c>, <c>multi-polar</c>): like a quoted
    /// phrase, those must appear together in order.
    /// </summary>
    private static Query PieceQuery(MatchPattern pattern, string field)
    {
        if (pattern.Terms is [var (only, _)])
        {
            return new TermQuery(new Term(field, only));
        }

        var phrase = new PhraseQuery();
        foreach (var (text, position) in pattern.Terms)
        {
            phrase.Add(new Term(field, text), position);
        }

        return phrase;
    }

    /// <summary>
    /// The terms a word or phrase analyses into, with their positions. Every field uses the same analyser, so
    /// the terms are the same whichever field they are looked for in.
    /// </summary>
    private static List<(string Term, int Position)> Analyse(string text)
    {
        var terms = new List<(string, int)>();
        using var stream = SearchAnalyzer.Instance.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private static FieldType CreateWithOffsets()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
