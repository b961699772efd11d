using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Reader.Essays;

namespace Reader.Search;

/// <summary>
/// How a language's text becomes terms: one analyser per language, each with its own fields in the index, so
/// that a section is found by the word forms of its own language (<c>essai</c> finds <c>essais</c>).
/// </summary>
/// <param name="Name">The fields' suffix, and the key of the languages that share the analyser (<c>cjk</c> for Chinese, Japanese and Korean).</param>
/// <param name="CommonWords">Words that, typed on their own, only help ranking (<see cref="SearchIndex"/>).</param>
internal sealed record SearchLanguage(string Name, Analyzer Analyzer, CharArraySet CommonWords)
{
    public string HeadingField => Name == SearchLanguages.English.Name ? "heading" : $"heading.{Name}";

    public string BodyField => Name == SearchLanguages.English.Name ? "body" : $"body.{Name}";
}

/// <summary>
/// The analysers, Lucene's own filters for each language as its stock analysers chain them, but like
/// <see cref="SearchAnalyzer"/> without their stop filters (a quoted phrase must match every word in it) and
/// with accents folded after the stemmer where readers type without them. Languages without a stemmer here
/// are analysed without one, rather than with English's.
/// </summary>
internal static class SearchLanguages
{
    private static readonly LuceneVersion Version = SearchAnalyzer.Version;

    public static readonly SearchLanguage English = new("en", SearchAnalyzer.Instance, EnglishAnalyzer.DefaultStopSet);

    /// <summary>Any other language: words, lower case, accents folded.</summary>
    public static readonly SearchLanguage Other = new("other", Chain((_, result) => new ASCIIFoldingFilter(new LowerCaseFilter(Version, result))), CharArraySet.Empty);

    private static readonly CharArraySet FrenchElisions = new(Version, ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    private static readonly CharArraySet ItalianElisions = new(Version, ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"], ignoreCase: true);

    private static readonly FrozenDictionary<string, SearchLanguage> ByPrimaryTag = new SearchLanguage[]
    {
        English,
        new("fr", Chain((_, result) => new ASCIIFoldingFilter(new FrenchLightStemFilter(new LowerCaseFilter(Version, new ElisionFilter(result, FrenchElisions))))), FrenchAnalyzer.DefaultStopSet),
        new("de", Chain((_, result) => new ASCIIFoldingFilter(new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(Version, result))))), GermanAnalyzer.DefaultStopSet),
        new("es", Chain((_, result) => new ASCIIFoldingFilter(new SpanishLightStemFilter(new LowerCaseFilter(Version, result)))), SpanishAnalyzer.DefaultStopSet),
        new("it", Chain((_, result) => new ASCIIFoldingFilter(new ItalianLightStemFilter(new LowerCaseFilter(Version, new ElisionFilter(result, ItalianElisions))))), ItalianAnalyzer.DefaultStopSet),
        new("pt", Chain((_, result) => new ASCIIFoldingFilter(new PortugueseLightStemFilter(new LowerCaseFilter(Version, result)))), PortugueseAnalyzer.DefaultStopSet),
        new("ru", Chain((_, result) => new RussianLightStemFilter(new LowerCaseFilter(Version, result))), RussianAnalyzer.DefaultStopSet),
        new("ar", Chain((_, result) => new ArabicStemFilter(new ArabicNormalizationFilter(new LowerCaseFilter(Version, result)))), ArabicAnalyzer.DefaultStopSet),
        new("fa", new PersianSearchAnalyzer(), PersianAnalyzer.DefaultStopSet),
        // Chinese and Japanese have no spaces between words; overlapping pairs of characters stand for words.
        new("cjk", Chain((_, result) => new CJKBigramFilter(new LowerCaseFilter(Version, new CJKWidthFilter(result)))), CharArraySet.Empty),
    }.ToFrozenDictionary(language => language.Name, StringComparer.Ordinal);

    /// <summary>The analyser for an essay's language tag, by its primary subtag.</summary>
    public static SearchLanguage For(string languageTag) => LanguageTag.Primary(languageTag) switch
    {
        "zh" or "ja" or "ko" or "yue" => ByPrimaryTag["cjk"],
        var primary => ByPrimaryTag.GetValueOrDefault(primary, Other),
    };

    private static Analyzer Chain(Func<Tokenizer, TokenStream, TokenStream> filters) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, filters(source, new StandardFilter(Version, source)));
    });

    /// <summary>Persian's chain: its zero-width non-joiners read as word breaks, then Arabic's and Persian's normalisation.</summary>
    private sealed class PersianSearchAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);
            result = new ArabicNormalizationFilter(result);
            result = new PersianNormalizationFilter(result);
            return new TokenStreamComponents(source, result);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => new PersianCharFilter(reader);
    }
}
