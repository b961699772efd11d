using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;

namespace Reader.Essays;

/// <summary>The one Markdown pipeline Reader parses and renders with; Markdig pipelines are thread-safe.</summary>
internal static class ReaderMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .UseFootnotes()
        .UsePermalinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseSmartyPants(TypographicCharacters())
        .DisableHtml()
        .Build();

    /// <summary>
    /// Real characters rather than Markdig's default HTML entities, so that plain text (titles, summaries,
    /// search) reads the same as the page.
    /// </summary>
    private static SmartyPantOptions TypographicCharacters()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = "‘";
        options.Mapping[SmartyPantType.RightQuote] = "’";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "“";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "”";
        options.Mapping[SmartyPantType.LeftAngleQuote] = "«";
        options.Mapping[SmartyPantType.RightAngleQuote] = "»";
        options.Mapping[SmartyPantType.Ellipsis] = "…";
        options.Mapping[SmartyPantType.Dash2] = "–";
        options.Mapping[SmartyPantType.Dash3] = "—";
        return options;
    }
}
