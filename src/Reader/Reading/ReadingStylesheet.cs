using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Reading;

/// <summary>
/// The reader's settings as CSS, answered at <see cref="Path"/>: for each setting that is not the default, the
/// rules of <c>wwwroot/css/reading/{setting}-{value}.css</c>, one after another. Pages link it after the site's
/// stylesheet, so the settings apply on the first paint while every reader of an address gets the same HTML.
/// </summary>
internal sealed class ReadingStylesheet
{
    public const string Path = "/settings.css";

    private const string Folder = "css/reading";

    private readonly FrozenDictionary<string, string> rules;

    public ReadingStylesheet(IWebHostEnvironment environment)
    {
        var files = environment.WebRootFileProvider;
        rules = Choices().ToFrozenDictionary(choice => choice, choice =>
        {
            var file = files.GetFileInfo($"{Folder}/{choice}.css");
            if (!file.Exists)
            {
                throw new InvalidOperationException($"The reading setting '{choice}' has no stylesheet at wwwroot/{Folder}/{choice}.css.");
            }

            using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
            return reader.ReadToEnd();
        }, StringComparer.Ordinal);
        var all = string.Concat(rules.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "\0" + pair.Value));
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all))[..8]);
    }

    /// <summary>A hash of every rule this stylesheet can answer with, so a new build's rules are never matched with an old ETag.</summary>
    public string Version { get; }

    /// <summary>A strong tag for the CSS these settings get from this build's rules.</summary>
    public string EntityTag(ReadingSettings settings) => $"{Version}-{settings.ToCookie()}";

    /// <summary>The CSS for these settings; empty for the defaults, which the site's stylesheet already has.</summary>
    public string For(ReadingSettings settings)
    {
        var css = new StringBuilder();
        foreach (var choice in NonDefault(settings))
        {
            css.Append(rules[choice]);
        }

        return css.ToString();
    }

    private static IEnumerable<string> NonDefault(ReadingSettings settings)
    {
        var defaults = ReadingSettings.Default;
        if (settings.Theme != defaults.Theme)
        {
            yield return "theme-" + settings.Theme;
        }

        if (settings.TextSize != defaults.TextSize)
        {
            yield return "size-" + settings.TextSize;
        }

        if (settings.LineWidth != defaults.LineWidth)
        {
            yield return "width-" + settings.LineWidth;
        }

        if (settings.Typeface != defaults.Typeface)
        {
            yield return "font-" + settings.Typeface;
        }

        if (settings.Alignment != defaults.Alignment)
        {
            yield return "align-" + settings.Alignment;
        }
    }

    private static IEnumerable<string> Choices()
    {
        var defaults = ReadingSettings.Default;
        return ReadingSettings.Themes.Where(value => value != defaults.Theme).Select(value => "theme-" + value)
            .Concat(ReadingSettings.TextSizes.Where(value => value != defaults.TextSize).Select(value => "size-" + value))
            .Concat(ReadingSettings.LineWidths.Where(value => value != defaults.LineWidth).Select(value => "width-" + value))
            .Concat(ReadingSettings.Typefaces.Where(value => value != defaults.Typeface).Select(value => "font-" + value))
            .Concat(ReadingSettings.Alignments.Where(value => value != defaults.Alignment).Select(value => "align-" + value));
    }
}
