using Lucene.Net.Analysis.Miscellaneous;
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

    /// <summary>The essay and section of each document, by document number, with the language it was analysed in.</summary>
    private readonly IReadOnlyList<(Essay Essay, Section Section, SearchLanguage Language)> documents;
    private readonly IReadOnlyList<SearchLanguage> languages;
    private readonly IndexSearcher searcher;

    private SearchIndex(IReadOnlyList<(Essay, Section, SearchLanguage)> documents, IndexSearcher searcher)
    {
        this.documents = documents;
        languages = [.. documents.Select(document => document.Item3).Distinct()];
        this.searcher = searcher;
    }

    public static SearchIndex Build(Library library)
    {
        // The directory and reader are not disposed: they hold only managed memory, and requests that took
        // this index before a newer library replaced it may still be searching it.
        var directory = new RAMDirectory();
        (Essay, Section, SearchLanguage)[] documents = [.. library.Essays.SelectMany(essay => essay.Sections, (essay, section) => (essay, section, SearchLanguages.For(essay.Language)))];
        var analyzers = documents.Select(document => document.Item3).Distinct()
            .SelectMany(language => new[] { (language.HeadingField, language.Analyzer), (language.BodyField, language.Analyzer) })
            .ToDictionary(field => field.Item1, field => field.Item2, StringComparer.Ordinal);
        var config = new IndexWriterConfig(SearchAnalyzer.Version, new PerFieldAnalyzerWrapper(SearchAnalyzer.Instance, analyzers))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
            // Without merges, document numbers are the order sections were added in, so they index the list.
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // Each section's words are in its own language's fields, analysed by that language's analyser.
            foreach (var (_, section, language) in documents)
            {
                writer.AddDocument(new Document
                {
                    new Field(language.HeadingField, section.Title, WithOffsets),
                    new Field(language.BodyField, SectionText.Of(section).Text, WithOffsets),
                });
            }

            writer.Commit();
        }

        return new SearchIndex(documents, new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = Ranking });
    }

    /// <summary>
    /// One page of the sections that contain every word and phrase of the query, best first. The query is
    /// analysed in each language the library has, and each section is matched in its own.
    /// </summary>
    public SearchResults Search(SearchQuery query, int page = 1)
    {
        // Pieces with no searchable words in a language (punctuation only) are left out of its query.
        var analysed = languages
            .Select(language => (Language: language, Pieces: query.Pieces
                .Select(piece => (Piece: piece, Pattern: new MatchPattern(Analyse(language, piece.Text))))
                .Where(piece => piece.Pattern.Terms.Count > 0)
                .ToList()))
            .Where(language => language.Pieces.Count > 0)
            .ToList();
        if (analysed.Count == 0)
        {
            return SearchResults.Nothing(query);
        }

        var anyLanguage = new BooleanQuery();
        foreach (var (language, pieces) in analysed)
        {
            anyLanguage.Add(ToLuceneQuery(language, pieces), Occur.SHOULD);
        }

        page = Math.Clamp(page, 1, SearchResults.MaximumPage);
        var top = searcher.Search(anyLanguage, page * SearchResults.PageSize);
        var lastPage = Math.Max(1, (top.TotalHits + SearchResults.PageSize - 1) / SearchResults.PageSize);
        page = Math.Min(page, lastPage);
        var shown = top.ScoreDocs.Skip((page - 1) * SearchResults.PageSize).Select(scoreDoc => scoreDoc.Doc).ToList();
        var inHeadings = new Dictionary<int, List<TextMatch>>();
        var inBodies = new Dictionary<int, List<TextMatch>>();
        foreach (var (language, pieces) in analysed)
        {
            MatchPattern[] patterns = [.. pieces.Select(piece => piece.Pattern)];
            var inLanguage = shown.Where(document => documents[document].Language == language).ToList();
            foreach (var (document, matches) in MatchFinder.Find(searcher.IndexReader, language.HeadingField, patterns, inLanguage))
            {
                inHeadings[document] = matches;
            }

            foreach (var (document, matches) in MatchFinder.Find(searcher.IndexReader, language.BodyField, patterns, inLanguage))
            {
                inBodies[document] = matches;
            }
        }

        var hits = shown.Select(document =>
        {
            var (essay, section, _) = documents[document];
            var text = SectionText.Of(section);
            var inBody = inBodies.GetValueOrDefault(document, []);
            return new SearchHit(
                essay,
                section,
                new HtmlString(MarkedText.Whole(section.Title, inHeadings.GetValueOrDefault(document, []))),
                new HtmlString(MarkedText.Snippet(text.Text, inBody, SnippetLength, SnippetPassages)),
                TextFragment.ToBestMatch(text, inBody, TitlesShownAbove(essay)));
        });
        return new SearchResults(query, HasWords: true, top.TotalHits, page, [.. hits]);
    }

    /// <summary>The essay's title and its table of contents, which a section's page shows above its text.</summary>
    private static string TitlesShownAbove(Essay essay) =>
        string.Join('\n', essay.Sections.SelectMany(section => section.Subheadings.Select(subheading => subheading.Title).Prepend(section.Title)).Prepend(essay.Title));

    /// <summary>
    /// Every piece must match somewhere in the section, except common words typed on their own (<c>the</c>,
    /// <c>and</c>), which only add to the score. Each piece is looked for in the heading (boosted) and the
    /// text, and a section scores by its better field.
    /// </summary>
    private static BooleanQuery ToLuceneQuery(SearchLanguage language, List<(QueryPiece Piece, MatchPattern Pattern)> pieces)
    {
        var all = new BooleanQuery();
        foreach (var (piece, pattern) in pieces)
        {
            var either = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.1f);
            foreach (var field in (ReadOnlySpan<string>)[language.HeadingField, language.BodyField])
            {
                var fieldQuery = PieceQuery(pattern, field);
                fieldQuery.Boost = field == language.HeadingField ? HeadingBoost : 1f;
                either.Add(fieldQuery);
            }

            var common = !piece.IsPhrase && language.CommonWords.Contains(piece.Text.ToLowerInvariant());
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
    /// The terms a word or phrase analyses into in a language, with their positions. A language's heading and
    /// body fields use the same analyser, so the terms are the same whichever of them they are looked for in.
    /// </summary>
    private static List<(string Term, int Position)> Analyse(SearchLanguage language, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = language.Analyzer.GetTokenStream(language.BodyField, text);
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
