using BenchmarkDotNet.Attributes;
using Reader.Benchmarks.Corpus;
using Reader.Essays;
using Reader.Search;
using Reader.Content;

namespace Reader.Benchmarks;

/// <summary>
/// Search over the synthetic corpus: building the index for a whole library (what a reload costs on top of
/// reading the files) and answering one query as the search page does: the first page of ten results, each
/// with its highlighted heading and snippet.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SearchBenchmarks
{
    private string folder = "";
    private Library library = Library.Empty;
    private SearchIndex index = SearchIndex.Build(Library.Empty);

    [Params(1000)]
    public int Essays { get; set; }

    /// <summary>
    /// A word in almost every section (the corpus draws from a small vocabulary), a word with an accent, a
    /// phrase, two words, and a word in no section.
    /// </summary>
    public static IEnumerable<string> Queries =>
        ["sanction", "zurich", "\"strategic partnership\"", "winter harbour", "nowhere"];

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("reader-bench-").FullName;
        SyntheticCorpus.WriteTo(folder, Essays, 9);
        library = LibraryBuilder.Build(folder).Library;
        index = SearchIndex.Build(library);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public object BuildTheIndex() => SearchIndex.Build(library);

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int Search(string query) => index.Search(SearchQuery.Parse(query)).Hits.Count;
}
