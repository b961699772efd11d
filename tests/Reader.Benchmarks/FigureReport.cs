using System.Diagnostics;
using Reader.Essays.Figures;
using Reader.Figures;
using Reader.Tests.Figures;

namespace Reader.Benchmarks;

/// <summary>
/// The numbers BenchmarkDotNet does not give: the bytes of each copy of a 5 MB camera JPEG, and the process's
/// peak memory (native libvips buffers included, which the memory diagnoser does not see) while 100 photos'
/// copies are made.
/// </summary>
internal static class FigureReport
{
    public static void Run()
    {
        var folder = Directory.CreateTempSubdirectory("reader-bench-figures-").FullName;
        try
        {
            var camera = Path.Combine(folder, "camera.jpg");
            File.WriteAllBytes(camera, TestPhotos.CameraJpeg());
            var figure = new Figure("camera", "camera", ImageFormat.Jpeg, camera, new FileInfo(camera).Length, DateTime.UnixEpoch, 4000, 3000);
            Console.WriteLine($"camera.jpg 4000 x 3000: {figure.Length:N0} bytes");
            foreach (var width in FigureVariants.WidthsFor(figure, FigureVariants.DefaultWidths))
            {
                var stopwatch = Stopwatch.StartNew();
                var bytes = VariantEncoder.Encode(camera, ImageFormat.Jpeg, width);
                Console.WriteLine($"  {width}w: {bytes.Length:N0} bytes in {stopwatch.ElapsedMilliseconds} ms");
            }

            var photos = FigureBenchmarks.WritePhotos(folder);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.PeakWorkingSet64;
            var watch = Stopwatch.StartNew();
            var total = FigureBenchmarks.PrepareAll(photos);
            process.Refresh();
            Console.WriteLine($"{FigureBenchmarks.Photos} photos of 2000 x 1500, {VariantCache.EncodeSlots} at a time: {total:N0} bytes of copies in {watch.ElapsedMilliseconds:N0} ms; peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB (before: {before / 1048576.0:N0} MiB)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
