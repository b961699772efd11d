using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reader.Essays;

namespace Reader.Essays.Figures;

/// <summary>
/// Renders the images <see cref="FigureReferences"/> found as figures: an image alone in its paragraph becomes a
/// <c>figure</c>, captioned by its title; every image gets its width and height, and all but the first on a
/// page are loaded lazily. The first is counted per rendering, and each section is rendered on its own, so
/// each section's first figure loads eagerly (on the whole-essay page too). Images not resolved are left as
/// Markdig renders them.
/// </summary>
internal sealed class FigureImagesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<FigureImageRenderer>())
        {
            return;
        }

        var page = new PageFigures();
        if (html.ObjectRenderers.Find<LinkInlineRenderer>() is { } links)
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new FigureImageRenderer(links, page));
        }

        if (html.ObjectRenderers.Find<ParagraphRenderer>() is { } paragraphs)
        {
            html.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer(paragraphs, page));
        }
    }

    /// <summary>What one rendering has written so far.</summary>
    private sealed class PageFigures
    {
        public bool AnyWritten { get; set; }
    }

    private static void WriteImage(HtmlRenderer renderer, FigureUse use, PageFigures page, bool withTitle)
    {
        var figure = use.Figure;
        renderer.Write("<img src=\"").WriteEscapeUrl(figure.Url).Write("\" alt=\"").WriteEscape(use.Alt).Write('"');
        if (use.VariantWidths.Count > 0)
        {
            // The original closes the list, so the widest screens still get every pixel there is.
            var candidates = use.VariantWidths.Select(width => (Url: FigureVariants.Url(figure, width), Width: width)).Append((figure.Url, figure.Width));
            renderer.Write(" srcset=\"");
            var first = true;
            foreach (var (url, width) in candidates)
            {
                renderer.Write(first ? "" : ", ").WriteEscapeUrl(url).Write(string.Create(CultureInfo.InvariantCulture, $" {width}w"));
                first = false;
            }

            renderer.Write("\" sizes=\"").Write(FigureVariants.Sizes).Write('"');
        }

        renderer.Write(string.Create(CultureInfo.InvariantCulture, $" width=\"{figure.Width}\" height=\"{figure.Height}\""));
        if (withTitle && !string.IsNullOrEmpty(use.Title))
        {
            renderer.Write(" title=\"").WriteEscape(use.Title).Write('"');
        }

        if (page.AnyWritten)
        {
            renderer.Write(" loading=\"lazy\" decoding=\"async\"");
        }

        page.AnyWritten = true;
        renderer.Write('>');
    }

    /// <remarks>It shares its <see cref="PageFigures"/> with the paragraph renderer, so a new page for one is one for both.</remarks>
    private sealed class FigureImageRenderer(LinkInlineRenderer links, PageFigures page) : HtmlObjectRenderer<LinkInline>, IPageRenderer
    {
        public void StartPage() => page.AnyWritten = false;

        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (renderer.EnableHtmlForInline && FigureReferences.UseOf(link) is { } use)
            {
                WriteImage(renderer, use, page, withTitle: true);
                return;
            }

            links.Write(renderer, link);
        }
    }

    private sealed class FigureParagraphRenderer(ParagraphRenderer paragraphs, PageFigures page) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (!renderer.EnableHtmlForBlock || LoneImage(paragraph) is not { } use)
            {
                paragraphs.Write(renderer, paragraph);
                return;
            }

            renderer.EnsureLine();
            // The paragraph's id (its number through the essay) stays on the figure, so #p7 still leads here.
            renderer.Write("<figure").WriteAttributes(paragraph).Write('>');
            WriteImage(renderer, use, page, withTitle: false);
            if (!string.IsNullOrWhiteSpace(use.Title))
            {
                renderer.Write("<figcaption>").WriteEscape(use.Title).Write("</figcaption>");
            }

            renderer.WriteLine("</figure>");
        }

        private static FigureUse? LoneImage(ParagraphBlock paragraph)
        {
            FigureUse? found = null;
            for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LinkInline link when found is null && FigureReferences.UseOf(link) is { } use:
                        found = use;
                        break;
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    case LineBreakInline:
                        break;
                    default:
                        return null;
                }
            }

            return found;
        }
    }
}

/// <summary>An image as one essay shows it: the figure, and the words the author gave it.</summary>
/// <param name="Alt">Empty for an image marked <see cref="FigureReferences.DecorativeMarker"/>.</param>
/// <param name="VariantWidths">The widths of the resized copies the page offers besides the original; empty for none.</param>
internal sealed record FigureUse(Figure Figure, string Alt, string? Title, IReadOnlyList<int> VariantWidths)
{
    /// <summary>The address of the smallest copy there is, for a thumbnail: the narrowest variant, else the original.</summary>
    public string SmallestUrl => VariantWidths.Count > 0 ? FigureVariants.Url(Figure, VariantWidths[0]) : Figure.Url;
}

/// <summary>Resolves every image in a parsed Markdown file before it is rendered.</summary>
internal static class FigureReferences
{
    /// <summary>The alternative text that says an image is only decoration, so it has none on purpose.</summary>
    public const string DecorativeMarker = "decorative";

    private static readonly object DataKey = typeof(FigureUse);

    public static FigureUse? UseOf(LinkInline link) => link.IsImage ? link.GetData(DataKey) as FigureUse : null;

    /// <summary>
    /// Points each image at its figure's address; an image that can't be shown is replaced by its alternative
    /// text, and why is added to <paramref name="problems"/>. Returns the images shown, in reading order.
    /// </summary>
    public static IReadOnlyList<FigureUse> Resolve(MarkdownDocument document, string path, FigureResolver resolver, ICollection<ContentProblem> problems)
    {
        var uses = new List<FigureUse>();
        foreach (var image in MarkdownWalk.Inlines<LinkInline>(document).Where(link => link.IsImage).ToArray())
        {
            var (line, column) = (image.Line + 1, image.Column + 1);
            if (resolver.Resolve(image.Url, path, line, column, problems) is not { } figure)
            {
                SafeLinksExtension.ReplaceWithChildren(image);
                continue;
            }

            var use = new FigureUse(figure, Alt(AltText(image), image.Url, path, line, column, problems,
                $"describe it between the brackets, or write ![{DecorativeMarker}]({image.Url}) if it is only decoration"), image.Title,
                FigureVariants.WidthsFor(figure, resolver.VariantWidths));
            image.Url = figure.Url;
            image.SetData(DataKey, use);
            uses.Add(use);
        }

        return uses;
    }

    /// <summary>
    /// The cover the front matter's <c>image:</c> names, found like an image in the Markdown and reported at the
    /// front matter's line; null without one or when it can't be shown.
    /// </summary>
    public static FigureUse? ResolveCover(FrontMatter frontMatter, string path, FigureResolver resolver, ICollection<ContentProblem> problems)
    {
        if (frontMatter.Image is not { } image || resolver.Resolve(image.Path, path, image.Line, image.Column, problems) is not { } figure)
        {
            return null;
        }

        var alt = Alt(frontMatter.ImageAlt ?? "", image.Path, path, image.Line, image.Column, problems,
            $"add 'image_alt:' with a description of it, or 'image_alt: {DecorativeMarker}' if it is only decoration");
        return new FigureUse(figure, alt, Title: null, FigureVariants.WidthsFor(figure, resolver.VariantWidths));
    }

    /// <summary>The alternative text as pages write it: empty for a decorative image; a warning when the author gave none.</summary>
    private static string Alt(string written, string? url, string path, int line, int column, ICollection<ContentProblem> problems, string remedy)
    {
        var alt = written.Trim();
        if (alt.Length == 0)
        {
            problems.Add(ContentProblem.Warning(path, $"the image {url} has no alternative text for readers who can't see it; {remedy}", line, column));
        }

        return string.Equals(alt, DecorativeMarker, StringComparison.OrdinalIgnoreCase) ? "" : alt;
    }

    private static string AltText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            _ = inline switch
            {
                LiteralInline literal => text.Append(literal.Content.AsSpan()),
                CodeInline code => text.Append(code.Content),
                ContainerInline inner => text.Append(AltText(inner)),
                _ => text,
            };
        }

        return text.ToString();
    }
}

internal static class FigureImagesPipelineExtensions
{
    /// <summary>Renders resolved images as figures with their size, caption and loading hints.</summary>
    public static MarkdownPipelineBuilder UseFigureImages(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FigureImagesExtension>();
        return pipeline;
    }
}
