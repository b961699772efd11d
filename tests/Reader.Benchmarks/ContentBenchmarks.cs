using BenchmarkDotNet.Attributes;
using Reader.Benchmarks.Corpus;
using Reader.Essays;
using Reader.Content;

namespace Reader.Benchmarks;

/// <summary>The content pipeline: one essay parsed and split, and a whole library built from files.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string essay = "";
    private string folder = "";

    [Params(1000)]
    public int Essays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        essay = SyntheticCorpus.Generate(1, 9).Single().Markdown;
        folder = Directory.CreateTempSubdirectory("reader-bench-").FullName;
        SyntheticCorpus.WriteTo(folder, Essays, 9);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int ParseAndSplitOneEssay() => EssayParser.Parse("essay", essay, "essay.md", new List<ContentProblem>())?.Sections.Count ?? 0;

    [Benchmark]
    public int BuildTheLibraryFromFiles() => LibraryBuilder.Build(folder).Library.SectionCount;
}
