using NetVips;
using Reader.Essays.Figures;

namespace Reader.Figures;

/// <summary>
/// Makes a figure's resized copy with libvips. <c>thumbnail</c> reads the file as a stream and shrinks on
/// load (a JPEG is decoded at 1/2, 1/4 or 1/8 of its size straight away), so a 4000-px photo never sits in
/// memory whole; it also turns the image as its EXIF orientation says and brings it to sRGB. The copy keeps
/// no metadata: no camera, no place, no profile.
/// </summary>
internal static class VariantEncoder
{
    /// <summary>Lossy WebP's quality: 80 keeps a photo's look at a fraction of the JPEG's bytes (src/Reader/Figures/README.md).</summary>
    public const int Quality = 80;

    /// <summary>
    /// A PNG is kept lossless (sharp lines and lettering) while that costs under two bits a pixel, as diagrams
    /// do; a photograph saved as PNG costs far more and is made lossy instead.
    /// </summary>
    public const double LosslessBytesPerPixel = 0.25;

    /// <summary>Larger than any height, so that only the width bounds the copy (libvips' box is square by default).</summary>
    private const int AnyHeight = 10_000_000;

    static VariantEncoder()
    {
        // Reader keeps the copies itself; libvips' own cache of operations and open files would only hold
        // memory and file handles. One thread per copy: the encodes are counted by the caller instead.
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        Cache.MaxMem = 0;
        NetVips.NetVips.Concurrency = 1;
        // Loaders libvips does not trust with hostile files (ImageMagick, MATLAB, FITS...) are never used.
        NetVips.NetVips.BlockUntrusted = true;
    }

    /// <summary>The WebP bytes of the figure's file at <paramref name="width"/> pixels wide.</summary>
    /// <exception cref="VipsException">The file cannot be decoded.</exception>
    public static byte[] Encode(string path, ImageFormat format, int width)
    {
        using var shrunk = Image.Thumbnail(path, width, height: AnyHeight, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
        if (format != ImageFormat.Png)
        {
            return Lossy(shrunk);
        }

        // Both encodings read the pixels, and a thumbnail can be read once only: it is kept in memory for the two.
        using var pixels = shrunk.CopyMemory();
        var lossless = pixels.WebpsaveBuffer(lossless: true, keep: Enums.ForeignKeep.None);
        return lossless.Length <= pixels.Width * (double)pixels.Height * LosslessBytesPerPixel ? lossless : Lossy(pixels);
    }

    private static byte[] Lossy(Image image) => image.WebpsaveBuffer(q: Quality, keep: Enums.ForeignKeep.None);
}
