using Reader.Essays.Figures;

namespace Reader.Content;

/// <summary>The <c>Reader:Figures</c> configuration section: the resized copies of figures the pages offer.</summary>
internal sealed class FigureOptions
{
    public const string SectionName = "Reader:Figures";

    public const int MaxVariantWidth = 8192;

    /// <summary>
    /// 64 MiB: a variant of a camera photo is 5–100 KB (src/Reader/Figures/README.md), so this keeps every
    /// width of some hundreds of photos, small beside the app's own working set.
    /// </summary>
    public const long DefaultVariantCacheBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The widths, in pixels, of the resized copies offered for images wider than the reading column; null for
    /// <see cref="FigureVariants.DefaultWidths"/>. (A default array would have configured widths appended to it.)
    /// </summary>
    public int[]? VariantWidths { get; set; }

    /// <summary>The most bytes of variants kept in memory; the least recently used go first.</summary>
    public long VariantCacheBytes { get; set; } = DefaultVariantCacheBytes;

    public IReadOnlyList<int> Widths => VariantWidths is { Length: > 0 } widths ? widths : FigureVariants.DefaultWidths;
}
