using System.Collections.Frozen;

namespace Reader.Reading;

/// <summary>
/// How the reader wants pages to look. Kept in one cookie, <see cref="CookieName"/>, so that a response
/// depends on a single value; every part is checked against a fixed list, and anything else reads as the default.
/// </summary>
internal sealed record ReadingSettings(string Theme, string TextSize, string LineWidth, string Typeface, string Alignment)
{
    public const string CookieName = "reader-settings";

    /// <summary>"auto" follows the browser's prefers-color-scheme.</summary>
    public static readonly IReadOnlyList<string> Themes = ["auto", "light", "sepia", "dark"];
    public static readonly IReadOnlyList<string> TextSizes = ["small", "normal", "large", "larger"];
    public static readonly IReadOnlyList<string> LineWidths = ["narrow", "normal", "wide"];
    public static readonly IReadOnlyList<string> Typefaces = ["serif", "sans"];
    public static readonly IReadOnlyList<string> Alignments = ["ragged", "justify"];

    public static readonly ReadingSettings Default = new("auto", "normal", "normal", "serif", "ragged");

    private static readonly FrozenSet<string> KnownThemes = Themes.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> KnownTextSizes = TextSizes.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> KnownLineWidths = LineWidths.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> KnownTypefaces = Typefaces.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> KnownAlignments = Alignments.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Settings from the given values, each replaced by its default unless it is one of the known ones.</summary>
    public static ReadingSettings From(string? theme, string? textSize, string? lineWidth, string? typeface, string? alignment) => new(
        Known(theme, KnownThemes, Default.Theme),
        Known(textSize, KnownTextSizes, Default.TextSize),
        Known(lineWidth, KnownLineWidths, Default.LineWidth),
        Known(typeface, KnownTypefaces, Default.Typeface),
        Known(alignment, KnownAlignments, Default.Alignment));

    /// <summary>
    /// Reads the cookie's value, <c>theme.size.width.typeface.alignment</c>; a missing or mangled cookie gives the
    /// defaults. Cookies from before the alignment setting have four parts and read as ragged.
    /// </summary>
    public static ReadingSettings FromCookie(string? value)
    {
        var parts = (value ?? "").Split('.', 6);
        return parts.Length is 4 or 5 ? From(parts[0], parts[1], parts[2], parts[3], parts.ElementAtOrDefault(4)) : Default;
    }

    public static ReadingSettings For(HttpRequest request) => FromCookie(request.Cookies[CookieName]);

    public string ToCookie() => string.Join('.', Theme, TextSize, LineWidth, Typeface, Alignment);

    public bool IsDefault => this == Default;

    private static string Known(string? value, FrozenSet<string> known, string fallback) =>
        value is not null && known.Contains(value) ? value : fallback;
}
