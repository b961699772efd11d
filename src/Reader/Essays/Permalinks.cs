using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Essays;

/// <summary>
/// Lets a reader cite a precise passage: every heading with an id is a link to itself, and every numbered
/// paragraph ends with a small link to itself (shown on hover and focus by the stylesheet).
/// </summary>
internal sealed class PermalinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<ParagraphRenderer>(new PermalinkParagraphRenderer());
            html.ObjectRenderers.Replace<HeadingRenderer>(new PermalinkHeadingRenderer());
        }
    }
}

internal static class PermalinkPipelineExtensions
{
    public static MarkdownPipelineBuilder UsePermalinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<PermalinkExtension>();
        return pipeline;
    }
}

internal sealed class PermalinkParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || obj.TryGetAttributes()?.Id is not { } id)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p").WriteAttributes(obj).Write('>');
        renderer.WriteLeafInline(obj);
        // The link has no text of its own, so the paragraph's text stays exactly the author's; the stylesheet draws a pilcrow.
        renderer.Write("<a class=\"permalink\" href=\"#").WriteEscape(id)
            .Write("\" aria-label=\"Link to paragraph ").WriteEscape(id.TrimStart('p')).Write("\"></a>");
        renderer.WriteLine("</p>");
    }
}

internal sealed class PermalinkHeadingRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || obj.TryGetAttributes()?.Id is not { } id || HasLink(obj))
        {
            base.Write(renderer, obj);
            return;
        }

        var tag = "h" + obj.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        renderer.Write("<a class=\"anchor\" href=\"#").WriteEscape(id).Write("\">");
        renderer.WriteLeafInline(obj);
        renderer.Write("</a></").Write(tag).WriteLine(">");
    }

    /// <summary>Links can't nest, so a heading that already holds one keeps its plain form.</summary>
    private static bool HasLink(HeadingBlock heading) =>
        heading.Inline is { } inlines && MarkdownWalk.Inlines<Inline>(inlines).Exists(inline => inline is LinkInline or AutolinkInline or FootnoteLink);
}
