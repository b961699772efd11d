using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Essays;

/// <summary>
/// The inlines under a Markdown node, in reading order, as Markdig's <c>Descendants&lt;T&gt;()</c> gives them (a
/// leaf block's own container of inlines included). That walks the tree through an iterator nested in an
/// iterator at every level, and its walks were a tenth of an essay's load; this one recurses once into a list,
/// so callers may also change the tree as they go through it.
/// </summary>
internal static class MarkdownWalk
{
    public static List<T> Inlines<T>(MarkdownObject root) where T : Inline
    {
        var found = new List<T>();
        CollectUnder(root, found);
        return found;
    }

    private static void CollectUnder<T>(MarkdownObject node, List<T> found) where T : Inline
    {
        switch (node)
        {
            case ContainerBlock container:
                foreach (var block in container)
                {
                    CollectUnder(block, found);
                }

                break;
            case LeafBlock { Inline: { } inlines }:
                Collect(inlines, found);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Collect(child, found);
                }

                break;
        }
    }

    private static void Collect<T>(Inline inline, List<T> found) where T : Inline
    {
        if (inline is T match)
        {
            found.Add(match);
        }

        CollectUnder(inline, found);
    }
}
