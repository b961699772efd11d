using BenchmarkDotNet.Attributes;
using Reader.Essays.Figures;
using Reader.Figures;
using Reader.Tests.Figures;

namespace Reader.Benchmarks;

/// <summary>
/// Preparing the resized copies (480, 960 and 1600 px WebP) of 100 camera-like 3-megapixel JPEGs, as the
/// site makes them on first request: at most <see cref="VariantCache.EncodeSlots"/> at a time, each with one
/// libvips thread. Ten different photos are each copied ten times, which changes nothing for the encoder.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    public const int Photos = 100;

    private string folder = "";
    private Figure[] figures = [];

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("reader-bench-figures-").FullName;
        figures = WritePhotos(folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public long PrepareTheVariantsOf100Photos() => PrepareAll(figures);

    /// <summary>The photos as figures, as a load would find them (only their path, format and size matter here).</summary>
    internal static Figure[] WritePhotos(string folder)
    {
        var distinct = Enumerable.Range(0, 10).Select(seed => TestPhotos.CameraJpeg(2000, 1500, seed: seed)).ToArray();
        return [.. Enumerable.Range(0, Photos).Select(i =>
        {
            var path = Path.Combine(folder, $"photo-{i}.jpg");
            File.WriteAllBytes(path, distinct[i % distinct.Length]);
            return new Figure($"{i:x16}", $"photo-{i}", ImageFormat.Jpeg, path, new FileInfo(path).Length, DateTime.UnixEpoch, 2000, 1500);
        })];
    }

    /// <summary>Every copy of every figure; returns their bytes.</summary>
    internal static long PrepareAll(IReadOnlyList<Figure> figures)
    {
        long bytes = 0;
        var copies = figures.SelectMany(figure => FigureVariants.WidthsFor(figure, FigureVariants.DefaultWidths).Select(width => (figure, width)));
        Parallel.ForEach(copies, new ParallelOptions { MaxDegreeOfParallelism = VariantCache.EncodeSlots }, copy =>
            Interlocked.Add(ref bytes, VariantEncoder.Encode(copy.figure.Path, copy.figure.Format, copy.width).LongLength));
        return bytes;
    }
}
