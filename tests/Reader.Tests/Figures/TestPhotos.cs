using NetVips;

namespace Reader.Tests.Figures;

/// <summary>
/// Photographs made in the test, the same bytes on every run: landscape-like light and shade from Perlin and
/// Worley noise at four scales, a sky-to-ground gradient and a camera's fine grain, saved as a camera would
/// (JPEG at quality 92). Pure noise would be no test: no codec compresses it, as none needs to compress a photo.
/// </summary>
internal static class TestPhotos
{
    /// <summary>4000 × 3000 at quality 92 is about 5 MB, as a phone camera's photo is.</summary>
    public static byte[] CameraJpeg(int width = 4000, int height = 3000, int seed = 1, int? orientation = null)
    {
        using var coarse = Image.Perlin(width, height, cellSize: Math.Max(8, width / 8), seed: seed);
        using var middle = Image.Perlin(width, height, cellSize: Math.Max(4, width / 40), seed: seed + 1);
        using var fine = Image.Perlin(width, height, cellSize: 12, seed: seed + 2);
        using var finest = Image.Perlin(width, height, cellSize: 3, seed: seed + 3);
        using var cells = Image.Worley(width, height, cellSize: Math.Max(8, width / 22), seed: seed + 4);
        using var grain = Image.Gaussnoise(width, height, sigma: 9, mean: 0, seed: seed + 5);
        using var down = Image.Xyz(width, height)[1] / (double)height;
        using var tone = (coarse * 0.6) + (middle * 0.3) + (fine * 0.2) + (finest * 0.15);
        using var red = (tone * 60) + 120 + (down * 40) + (cells / 4.0) + grain;
        using var green = (tone * 50) + 110 + (down * 20) + grain;
        using var blue = (tone * 40) + 150 - (down * 70) + (cells / 6.0) + grain;
        using var photo = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        if (orientation is not { } turn)
        {
            return photo.JpegsaveBuffer(q: 92);
        }

        using var turned = photo.Mutate(image => image.Set(GValue.GIntType, "orientation", turn));
        return turned.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.Exif);
    }

    /// <summary>A bar chart with lettering on white, as a diagram saved as PNG is.</summary>
    public static byte[] DiagramPng(int width, int height)
    {
        var bars = string.Concat(Enumerable.Range(0, 20).Select(i =>
            $"<rect x='{40 + (i * (width - 80) / 20)}' y='{height - 60 - (i * (height - 160) / 20)}' width='{(width - 80) / 30}' height='{i * (height - 160) / 20}' fill='#2a6f97'/>"));
        var svg = $"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}'><rect width='100%' height='100%' fill='white'/>{bars}"
            + $"<line x1='40' y1='{height - 60}' x2='{width - 40}' y2='{height - 60}' stroke='black' stroke-width='3'/><text x='40' y='60' font-size='40'>Exports by year</text></svg>";
        using var drawn = Image.NewFromBuffer(System.Text.Encoding.UTF8.GetBytes(svg));
        using var flat = drawn.Flatten(background: [255, 255, 255]);
        return flat.PngsaveBuffer();
    }
}
