using System.Globalization;
using BenchmarkDotNet.Running;
using Reader.Benchmarks.Corpus;

// `corpus FOLDER ESSAYS SECTIONS [MAX_PARAGRAPHS]` writes the synthetic corpus for the load scripts (about 20 KB an
// essay, or about 10 KB with at most 2 paragraphs a section); `figures` prints the sizes
// and peak memory of figure copies; anything else runs benchmarks.
if (args is ["figures"])
{
    Reader.Benchmarks.FigureReport.Run();
    return 0;
}

if (args is ["corpus", var folder, var essays, var sections, .. var rest] && rest.Length <= 1)
{
    int? maxParagraphs = rest is [var most] ? int.Parse(most, CultureInfo.InvariantCulture) : null;
    var bytes = SyntheticCorpus.WriteTo(folder, int.Parse(essays, CultureInfo.InvariantCulture), int.Parse(sections, CultureInfo.InvariantCulture), maxParagraphs: maxParagraphs);
    Console.WriteLine($"{essays} essays of {sections} sections, {bytes} bytes, in {folder}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Reader.Benchmarks.ContentBenchmarks).Assembly).Run(args);
return 0;
