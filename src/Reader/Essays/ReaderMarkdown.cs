using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>The one Markdown pipeline Reader parses and renders with; Markdig pipelines are thread-safe.</summary>
internal static class ReaderMarkdown
{
    /// <summary>The pipeline for content as written by default: raw HTML is shown as text.</summary>
    public static MarkdownPipeline Pipeline { get; } = CreateBuilder().DisableHtml().Build();

    /// <summary>The same pipeline keeping raw HTML, for <c>Reader:Content:AllowHtml</c>; its output must be sanitized.</summary>
    public static MarkdownPipeline WithRawHtml { get; } = CreateBuilder().Build();

    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithRawHtml : Pipeline;

    // Precise source locations give inlines (links, footnote references) the line and column problems report.
    private static MarkdownPipelineBuilder CreateBuilder() => new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .UseFootnotes()
        .UsePermalinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseSmartyPants(TypographicCharacters())
        .UseSafeLinks()
        .UseFigureImages()
        .UsePreciseSourceLocation();

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
