using BenchmarkDotNet.Running;
using Reader.Benchmarks.Corpus;

// `corpus FOLDER ESSAYS SECTIONS` writes the synthetic corpus for the load scripts; `figures` prints the sizes
// and peak memory of figure copies; anything else runs benchmarks.
if (args is ["figures"])
{
    Reader.Benchmarks.FigureReport.Run();
    return 0;
}

if (args is ["corpus", var folder, var essays, var sections])
{
    var bytes = SyntheticCorpus.WriteTo(folder, int.Parse(essays), int.Parse(sections));
    Console.WriteLine($"{essays} essays of {sections} sections, {bytes} bytes, in {folder}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Reader.Benchmarks.ContentBenchmarks).Assembly).Run(args);
return 0;
