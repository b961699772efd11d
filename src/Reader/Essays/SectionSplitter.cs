using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>A section before it is rendered: its title, its heading (none for the opening or a headless section file) and its blocks.</summary>
internal sealed record SectionDraft(string Title, HeadingBlock? Heading, List<Block> Blocks);

/// <summary>Splits an essay's parsed documents into sections at their own level-2 headings.</summary>
internal static class SectionSplitter
{
    /// <summary>
    /// Only the document's own top-level headings split it: a heading-like line in a code fence is code,
    /// and one in a block quote or list belongs to that quote or list. A section file of a folder essay that
    /// does not open with its own heading is a section named after the file.
    /// </summary>
    public static List<SectionDraft> Split(
        MarkdownDocument[] documents, IReadOnlyList<EssayFile> files, HeadingBlock? titleHeading, string title, ICollection<ContentProblem> problems)
    {
        var sections = new List<SectionDraft>();
        var opening = new SectionDraft(title, titleHeading, []);
        var current = opening;
        for (var i = 0; i < documents.Length; i++)
        {
            var content = documents[i].Where(IsContent).ToArray();
            if (files[i].SectionTitle is { } fileTitle)
            {
                if (!content.Any(HasText))
                {
                    problems.Add(ContentProblem.Warning(files[i].Path, "the section file has no text; it is left out"));
                    continue;
                }

                if (content.FirstOrDefault(HasText) is not HeadingBlock { Level: 2 })
                {
                    current = new SectionDraft(fileTitle, null, []);
                    sections.Add(current);
                }
            }

            foreach (var block in content)
            {
                if (block is HeadingBlock { Level: 2 } heading)
                {
                    current = new SectionDraft(PlainText.Of(heading), heading, []);
                    sections.Add(current);
                }
                else if (!ReferenceEquals(block, titleHeading))
                {
                    current.Blocks.Add(block);
                }
            }
        }

        if (opening.Blocks.Exists(HasText))
        {
            sections.Insert(0, opening);
        }

        return sections;
    }

    private static bool IsContent(Block block) =>
        block is not (YamlFrontMatterBlock or FootnoteGroup or LinkReferenceDefinitionGroup);

    private static bool HasText(Block block) => block is not BlankLineBlock && block is not ThematicBreakBlock;
}
