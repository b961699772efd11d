using System.Collections.Concurrent;
using Markdig.Renderers;
using Reader.Essays.Figures;

namespace Reader.Essays;

/// <summary>
/// Markdig renderers of one configuration, set up once and reused. Setting a renderer up asks every extension
/// for its object renderers, dozens of allocations, and loading an essay renders many small pieces (each
/// heading, each footnote, each section's plain text): a fresh renderer for each was a tenth of the load.
/// Markdig keeps such a cache too, but only for its own <c>Markdown.ToHtml</c>. A renderer is lent to one
/// caller at a time, so renders may nest. Each render starts a new page for the figure extension, which loads
/// all but a page's first figure lazily; an object renderer with other state of its own must not be pooled.
/// </summary>
internal sealed class RendererPool(Action<HtmlRenderer> setup)
{
    private readonly ConcurrentBag<PooledRenderer> idle = [];

    /// <summary>What <paramref name="write"/> writes with a renderer of this pool's configuration.</summary>
    public string Render<TState>(TState state, Action<PooledRenderer, TState> write)
    {
        var renderer = idle.TryTake(out var kept) ? kept : Create();
        try
        {
            write(renderer, state);
            return renderer.Text.ToString();
        }
        finally
        {
            renderer.Clear();
            idle.Add(renderer);
        }
    }

    private PooledRenderer Create()
    {
        var renderer = new PooledRenderer();
        setup(renderer);
        return renderer;
    }
}

internal sealed class PooledRenderer() : HtmlRenderer(new StringWriter())
{
    /// <summary>What has been written so far.</summary>
    public System.Text.StringBuilder Text => ((StringWriter)Writer).GetStringBuilder();

    /// <summary>Empties the writer and forgets the line state, as Markdig does between its own renders, and the figures written.</summary>
    public void Clear()
    {
        Reset();
        FigureImagesExtension.StartPage(this);
    }
}
