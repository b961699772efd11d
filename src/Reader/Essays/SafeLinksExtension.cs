using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Essays;

/// <summary>
/// Links and images whose address would run code or smuggle a document (<c>javascript:</c>, <c>vbscript:</c>,
/// <c>data:</c>) are never rendered as links: a link keeps its text, an image its description, an autolink its
/// address as plain text. This holds whatever <c>Reader:Content:AllowHtml</c> says.
/// </summary>
internal sealed class SafeLinksExtension : IMarkdownExtension
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= DisarmLinks;
        pipeline.DocumentProcessed += DisarmLinks;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// Browsers ignore case, surrounding spaces and control characters such as tabs inside a scheme
    /// (<c>java&#9;script:</c>), so the address is compared the way a browser would read it.
    /// </summary>
    public static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var scheme = new string([.. url.Where(character => !char.IsWhiteSpace(character) && !char.IsControl(character))]);
        return Array.Exists(UnsafeSchemes, unsafeScheme => scheme.StartsWith(unsafeScheme, StringComparison.OrdinalIgnoreCase));
    }

    private static void DisarmLinks(MarkdownDocument document)
    {
        foreach (var link in MarkdownWalk.Inlines<LinkInline>(document).Where(link => IsUnsafe(link.Url)).ToArray())
        {
            ReplaceWithChildren(link);
        }

        foreach (var autolink in MarkdownWalk.Inlines<AutolinkInline>(document).Where(autolink => IsUnsafe(autolink.Url)).ToArray())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url) { Line = autolink.Line, Column = autolink.Column, Span = autolink.Span });
        }
    }

    /// <summary>Puts a link's or image's text where it stood, without the link.</summary>
    internal static void ReplaceWithChildren(LinkInline link)
    {
        var text = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            text.AppendChild(child);
        }

        link.ReplaceBy(text);
    }
}

internal static class SafeLinksPipelineExtensions
{
    /// <summary>Never renders <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> addresses as links or images.</summary>
    public static MarkdownPipelineBuilder UseSafeLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeLinksExtension>();
        return pipeline;
    }
}
