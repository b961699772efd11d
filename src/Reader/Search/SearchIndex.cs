using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
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
    private const string EssayField = "essay";
    private const string SectionField = "section";
    private const string HeadingField = "heading";
    private const string BodyField = "body";

    /// <summary>A word in a section's heading says more about the section than the same word in its text.</summary>
    private const float HeadingBoost = 3f;

    private const int SnippetLength = 180;
    private const int SnippetFragments = 2;

    private static readonly Similarity Ranking = new BM25Similarity();

    private readonly Library library;
    private readonly IndexSearcher searcher;

    private SearchIndex(Library library, IndexSearcher searcher)
    {
        this.library = library;
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
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var essay = new StringField(EssayField, "", Field.Store.YES);
            var section = new StringField(SectionField, "", Field.Store.YES);
            var heading = new TextField(HeadingField, "", Field.Store.NO);
            var body = new TextField(BodyField, "", Field.Store.NO);
            var document = new Document { essay, section, heading, body };
            foreach (var (essayEntry, sectionEntry) in library.Essays.SelectMany(entry => entry.Sections, (entry, part) => (entry, part)))
            {
                essay.SetStringValue(essayEntry.Slug);
                section.SetStringValue(sectionEntry.Slug);
                heading.SetStringValue(sectionEntry.Title);
                body.SetStringValue(sectionEntry.PlainText);
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new SearchIndex(library, new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = Ranking });
    }

    /// <summary>The sections that contain every word and phrase of the query, best first.</summary>
    public SearchResults Search(SearchQuery query, int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (ToLuceneQuery(query) is not { } lucene)
        {
            return SearchResults.Nothing(query);
        }

        var top = searcher.Search(lucene, limit);
        var headingHighlighter = Highlighter(lucene, HeadingField, new NullFragmenter());
        var bodyScorer = new QueryScorer(lucene, BodyField);
        var bodyHighlighter = Highlighter(bodyScorer, new SimpleSpanFragmenter(bodyScorer, SnippetLength));

        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var stored = searcher.Doc(scoreDoc.Doc);
            if (library.FindEssay(stored.Get(EssayField)) is not { } essay || essay.FindSection(stored.Get(SectionField)) is not { } section)
            {
                continue;
            }

            hits.Add(new SearchHit(
                essay,
                section,
                new HtmlString(Highlight(headingHighlighter, HeadingField, section.Title) ?? HtmlTextEncoder.Instance.EncodeText(section.Title)),
                new HtmlString(Snippet(bodyHighlighter, section.PlainText))));
        }

        return new SearchResults(query, HasWords: true, top.TotalHits, hits);
    }

    /// <summary>
    /// Every piece must match somewhere in the section; each is looked for in the heading (boosted) and the
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
                all.Add(either, Occur.MUST);
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

    private static Highlighter Highlighter(Query query, string field, IFragmenter fragmenter) =>
        Highlighter(new QueryScorer(query, field), fragmenter);

    private static Highlighter Highlighter(QueryScorer scorer, IFragmenter fragmenter) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, scorer) { TextFragmenter = fragmenter };

    private static string? Highlight(Highlighter highlighter, string field, string text) =>
        highlighter.GetBestFragment(SearchAnalyzer.Instance, field, text);

    /// <summary>
    /// The passages with the best matches, in reading order, with an ellipsis wherever text is left out; the
    /// section's opening words when the match is in the heading only.
    /// </summary>
    private static string Snippet(Highlighter highlighter, string text)
    {
        var fragments = highlighter.GetBestTextFragments(SearchAnalyzer.Instance.GetTokenStream(BodyField, text), text, false, SnippetFragments)
            .Where(fragment => fragment is { Score: > 0 })
            .OrderBy(fragment => fragment.FragNum)
            .ToArray();
        if (fragments.Length == 0)
        {
            return HtmlTextEncoder.Instance.EncodeText(Opening(text));
        }

        var snippet = new StringBuilder();
        foreach (var fragment in fragments)
        {
            var passage = fragment.ToString().Trim();
            snippet.Append(fragment.FragNum > 0 ? "… " : "").Append(passage);
            snippet.Append(passage.EndsWith('.') || passage.EndsWith('?') || passage.EndsWith('!') ? " " : " … ");
        }

        return snippet.ToString().Replace("… … ", "… ", StringComparison.Ordinal).TrimEnd();
    }

    private static string Opening(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', SnippetLength);
        return string.Concat(text.AsSpan(0, end > 0 ? end : SnippetLength), " …");
    }
}
