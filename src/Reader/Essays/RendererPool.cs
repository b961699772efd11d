using System.Collections.Concurrent;
using Markdig.Renderers;

namespace Reader.Essays;

/// <summary>
/// Markdig renderers of one configuration, set up once and reused. Setting a renderer up asks every extension
/// for its object renderers, dozens of allocations, and loading an essay renders many small pieces (each
/// heading, each footnote, each section's plain text): a fresh renderer for each was a tenth of the load.
/// Markdig keeps such a cache too, but only for its own <c>Markdown.ToHtml</c>. A renderer is lent to one
/// caller at a time, so renders may nest. An object renderer that remembers what one render wrote (the figure
/// extension loads all but a page's first figure lazily) is an <see cref="IPageRenderer"/>, told when the next
/// render starts a new page.
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

    /// <summary>Empties the writer and forgets the line state, as Markdig does between its own renders, and what its object renderers wrote.</summary>
    public void Clear()
    {
        Reset();
        foreach (var page in ObjectRenderers.OfType<IPageRenderer>())
        {
            page.StartPage();
        }
    }
}

/// <summary>An object renderer that writes differently once it has written something on the page.</summary>
internal interface IPageRenderer
{
    void StartPage();
}
