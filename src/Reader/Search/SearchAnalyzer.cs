using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Reader.Search;

/// <summary>
/// How text becomes searchable terms, the same for the index, the query and the marking of matches: Unicode word
/// boundaries, then case and accents folded away (<c>Zürich</c> = <c>zurich</c>) and English word forms
/// reduced to one stem (<c>sanctions</c>, <c>sanctioned</c> → <c>sanction</c>).
/// </summary>
/// <remarks>
/// Lucene's <see cref="EnglishAnalyzer"/> chain with <see cref="ASCIIFoldingFilter"/> added before the stemmer,
/// so that accented and plain spellings stem alike, and without its stop filter: a quoted phrase must match
/// every word in it (<c>"rivalry and partnership"</c> must not match <c>rivalry or partnership</c>), and
/// <see cref="MatchFinder"/> marks a phrase as one stretch only where its positions have no gaps. Common words in a query are made
/// optional where the query is built instead. Lucene analyzers are thread-safe: one instance serves every request.
/// </remarks>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static SearchAnalyzer Instance { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new EnglishPossessiveFilter(Version, result);
        result = new LowerCaseFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
