using System.Collections.Frozen;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reader.Essays;

/// <summary>The ids an essay's pages link by: heading ids, paragraph numbers and section slugs, unique across the essay.</summary>
internal static class Identifiers
{
    /// <summary>Slugs that name pages of their own under /essays/{essay}/ and so can't name a section.</summary>
    private static readonly FrozenSet<string> ReservedSlugs = FrozenSet.Create(StringComparer.Ordinal, "all");

    /// <summary>
    /// Markdig keeps heading ids unique within one document; a folder essay is several documents, so a
    /// repeated id gets a suffix the way Markdig would have given it (a single file is left as it is).
    /// </summary>
    public static void MakeHeadingIdsUnique(List<SectionDraft> drafts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in drafts.SelectMany(draft => draft.Blocks).OfType<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { } id)
            {
                continue;
            }

            attributes.Id = UniqueNames.Claim(seen, id);
        }
    }

    /// <summary>Top-level paragraphs are numbered through the whole essay, so #p7 means the same on every page.</summary>
    public static void NumberParagraphs(List<SectionDraft> drafts)
    {
        var number = 0;
        foreach (var paragraph in drafts.SelectMany(draft => draft.Blocks).OfType<ParagraphBlock>())
        {
            paragraph.GetAttributes().Id = $"p{++number}";
        }
    }

    public static string[] AssignSlugs(List<SectionDraft> drafts)
    {
        var taken = new HashSet<string>(ReservedSlugs, StringComparer.Ordinal);
        // Heading ids inside sections share the page with the section slugs on the whole-essay page.
        foreach (var heading in drafts.SelectMany(draft => draft.Blocks).OfType<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id)
            {
                taken.Add(id);
            }
        }

        var slugs = new string[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var preferred = drafts[i].Heading?.GetAttributes().Id ?? LinkHelper.Urilize(drafts[i].Title, allowOnlyAscii: true);
            if (string.IsNullOrEmpty(preferred))
            {
                preferred = $"section-{i + 1}";
            }

            slugs[i] = UniqueNames.Claim(taken, preferred);
        }

        return slugs;
    }
}

/// <summary>Names made unique the way Markdig makes heading ids unique: the second <c>notes</c> is <c>notes-1</c>.</summary>
internal static class UniqueNames
{
    /// <summary>Takes <paramref name="preferred"/>, or the first free <c>preferred-n</c>, and marks it taken.</summary>
    public static string Claim(HashSet<string> taken, string preferred)
    {
        var candidate = preferred;
        for (var suffix = 1; !taken.Add(candidate); suffix++)
        {
            candidate = $"{preferred}-{suffix}";
        }

        return candidate;
    }
}
