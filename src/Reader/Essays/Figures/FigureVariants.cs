namespace Reader.Essays.Figures;

/// <summary>
/// Which resized copies of a figure the page offers, decided from the figure and the configured widths alone,
/// so the page that names a variant and the endpoint that makes it always agree. Only raster images wider
/// than the reading column get any: a narrower one is already small, an SVG scales by itself, and a GIF's
/// animation would be lost.
/// </summary>
internal static class FigureVariants
{
    public static readonly IReadOnlyList<int> DefaultWidths = [480, 960, 1600];

    /// <summary>The widest the reading column gets (site.css: <c>--measure: 68ch</c> of the 19-px body text, at most 45rem).</summary>
    public const int ReadingColumnPixels = 720;

    /// <summary>
    /// The column's width as site.css lays it out: the page is 2rem narrower than the window; from 60rem a 15rem
    /// contents column and a 3rem gap stand beside the text; the text is never wider than 45rem.
    /// </summary>
    public const string Sizes = "(min-width: 65rem) 45rem, (min-width: 60rem) calc(100vw - 20rem), (min-width: 47rem) 45rem, calc(100vw - 2rem)";

    /// <summary>Every variant is WebP: smaller than the JPEG it comes from, and faster to make than AVIF (measured in src/Reader/Figures/README.md).</summary>
    public static readonly ImageFormat Format = ImageFormat.WebP;

    public static bool CanHaveVariants(ImageFormat format) =>
        format == ImageFormat.Jpeg || format == ImageFormat.Png || format == ImageFormat.WebP || format == ImageFormat.Avif;

    /// <summary>The widths, narrowest first, of the variants offered for <paramref name="figure"/>: those of <paramref name="widths"/> below its own.</summary>
    public static IReadOnlyList<int> WidthsFor(Figure figure, IReadOnlyList<int> widths) =>
        CanHaveVariants(figure.Format) && figure.Width > ReadingColumnPixels
            ? [.. widths.Where(width => width > 0 && width < figure.Width).Distinct().Order()]
            : [];

    public static string Url(Figure figure, int width) => $"{Figure.AddressPrefix}{figure.Hash}/{FileName(figure, width)}";

    public static string FileName(Figure figure, int width) => $"{figure.Name}-{width}w{Format.Extension}";

    /// <summary>The width a variant's file name asks for, or null when it names no variant of the figure.</summary>
    public static int? WidthIn(Figure figure, string fileName)
    {
        var prefix = figure.Name + "-";
        var suffix = "w" + Format.Extension;
        if (!fileName.StartsWith(prefix, StringComparison.Ordinal) || !fileName.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = fileName.AsSpan(prefix.Length, Math.Max(0, fileName.Length - prefix.Length - suffix.Length));
        return digits.Length is > 0 and <= 5 && digits[0] != '0' && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width)
            ? width
            : null;
    }
}
