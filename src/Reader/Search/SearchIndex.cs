using System.Net;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Search.VectorHighlight;
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

    private const string MarkStart = "<mark>";
    private const string MarkEnd = "</mark>";
    private static readonly string[] MarkStarts = [MarkStart];
    private static readonly string[] MarkEnds = [MarkEnd];

    private static readonly Similarity Ranking = new BM25Similarity();

    /// <summary>
    /// Section text is indexed with its term vectors (positions and offsets), so the fast vector highlighter
    /// marks matches from the index instead of analysing each result's text again. Nothing is stored: the
    /// text and everything else a result shows are in the library already.
    /// </summary>
    private static readonly FieldType Highlightable = CreateHighlightable();

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
            var heading = new TextField(HeadingField, "", Field.Store.NO);
            var body = new Field(BodyField, "", Highlightable);
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
        if (ToLuceneQuery(query) is not { } lucene)
        {
            return SearchResults.Nothing(query);
        }

        page = Math.Clamp(page, 1, SearchResults.MaximumPage);
        var top = searcher.Search(lucene, page * SearchResults.PageSize);
        var lastPage = Math.Max(1, (top.TotalHits + SearchResults.PageSize - 1) / SearchResults.PageSize);
        page = Math.Min(page, lastPage);
        // A heading is a few words: analysing it again costs less than reading term vectors for it.
        var headings = new Highlighter(new SimpleHTMLFormatter(MarkStart, MarkEnd), HtmlTextEncoder.Instance, new QueryTermScorer(lucene, HeadingField))
        {
            TextFragmenter = new NullFragmenter(),
        };
        var highlighter = new FastVectorHighlighter(phraseHighlight: true, fieldMatch: true);
        var marks = highlighter.GetFieldQuery(lucene, searcher.IndexReader);
        var passages = new SectionTextFragmentsBuilder(documents);

        var hits = new List<SearchHit>(SearchResults.PageSize);
        foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * SearchResults.PageSize))
        {
            var (essay, section) = documents[scoreDoc.Doc];
            var heading = headings.GetBestFragment(SearchAnalyzer.Instance, HeadingField, section.Title);
            var snippet = highlighter.GetBestFragments(marks, searcher.IndexReader, scoreDoc.Doc, BodyField, SnippetLength, SnippetPassages,
                new SimpleFragListBuilder(), passages, MarkStarts, MarkEnds, HtmlTextEncoder.Instance);
            hits.Add(new SearchHit(
                essay,
                section,
                new HtmlString(heading ?? HtmlTextEncoder.Instance.EncodeText(section.Title)),
                new HtmlString(Snippet(snippet ?? [], section.PlainText))));
        }

        return new SearchResults(query, HasWords: true, top.TotalHits, page, hits);
    }

    /// <summary>
    /// Every piece must match somewhere in the section, except common words typed on their own (<c>the</c>,
    /// <c>and</c>), which only add to the score. Each piece is looked for in the heading (boosted) and the
    /// text, and a section scores by its better field. Pieces with no searchable words are left out.
    /// </summary>
    private static BooleanQuery? ToLuceneQuery(SearchQuery query)
    {
        var all = new BooleanQuery();
        foreach (var piece in query.Pieces)
        {
            var either = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.1f);
            foreach (var field in (ReadOnlySpan<string>)[HeadingField, BodyField])
            {
                if (PieceQuery(piece, field) is { } fieldQuery)
                {
                    fieldQuery.Boost = field == HeadingField ? HeadingBoost : 1f;
                    either.Add(fieldQuery);
                }
            }

            if (either.Disjuncts.Count > 0)
            {
                var common = !piece.IsPhrase && EnglishAnalyzer.DefaultStopSet.Contains(piece.Text.ToLowerInvariant());
                all.Add(either, common ? Occur.SHOULD : Occur.MUST);
            }
        }

        return all.Clauses.Count > 0 ? all : null;
    }

    /// <summary>
    /// A typed word can analyse into several terms (<c>vis-à-vis</c>, <c>multi-polar</c>): like a quoted
    /// phrase, those must appear together in order.
    /// </summary>
    private static Query? PieceQuery(QueryPiece piece, string field)
    {
        var terms = Analyse(piece.Text, field);
        switch (terms.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field, terms[0].Text));
            default:
                var phrase = new PhraseQuery();
                foreach (var (text, position) in terms)
                {
                    phrase.Add(new Term(field, text), position);
                }

                return phrase;
        }
    }

    private static List<(string Text, int Position)> Analyse(string text, string field)
    {
        var terms = new List<(string, int)>();
        using var stream = SearchAnalyzer.Instance.GetTokenStream(field, text);
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

    /// <summary>
    /// The best passages in reading order, with an ellipsis wherever text is left out; the section's opening
    /// words when the match is in the heading only.
    /// </summary>
    private static string Snippet(string[] passages, string text)
    {
        if (passages.Length == 0)
        {
            return HtmlTextEncoder.Instance.EncodeText(Opening(text));
        }

        var located = passages
            .Select(passage => passage.Trim())
            .Select(passage => (Html: passage, Plain: PlainTextOf(passage)))
            .Select(passage => (passage.Html, passage.Plain.Length, Start: text.IndexOf(passage.Plain, StringComparison.Ordinal)))
            .OrderBy(passage => passage.Start);
        var snippet = new StringBuilder();
        var endsWithEllipsis = false;
        foreach (var (html, length, start) in located)
        {
            if (start != 0 && !endsWithEllipsis)
            {
                snippet.Append("… ");
            }

            endsWithEllipsis = start < 0 || start + length < text.Length;
            snippet.Append(html).Append(endsWithEllipsis ? " … " : "");
        }

        return snippet.ToString().TrimEnd();
    }

    /// <summary>A highlighted passage as the text it came from, to find where in the section it starts.</summary>
    private static string PlainTextOf(string passage) =>
        WebUtility.HtmlDecode(passage.Replace(MarkStart, "", StringComparison.Ordinal).Replace(MarkEnd, "", StringComparison.Ordinal));

    private static string Opening(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', SnippetLength);
        return string.Concat(text.AsSpan(0, end > 0 ? end : SnippetLength), " …");
    }

    private static FieldType CreateHighlightable()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }

    /// <summary>
    /// Builds snippets from the best-scoring passages, taking each section's text from the library rather
    /// than from stored fields, which would keep a second copy of every essay in the index.
    /// </summary>
    private sealed class SectionTextFragmentsBuilder(IReadOnlyList<(Essay Essay, Section Section)> documents)
        : ScoreOrderFragmentsBuilder(MarkStarts, MarkEnds)
    {
        protected override Field[] GetFields(IndexReader reader, int docId, string fieldName) =>
            [new Field(fieldName, documents[docId].Section.PlainText, TextField.TYPE_STORED)];
    }
}
