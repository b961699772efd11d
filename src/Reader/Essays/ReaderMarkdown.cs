using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Reader.Essays;

/// <summary>The one Markdown pipeline Reader parses and renders with; Markdig pipelines are thread-safe.</summary>
internal static class ReaderMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .UseFootnotes()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseSmartyPants()
        .DisableHtml()
        .Build();
}
