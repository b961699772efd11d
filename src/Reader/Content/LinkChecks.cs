using Reader.Essays;

namespace Reader.Content;

/// <summary>The check that needs the whole library: every link to an essay's page leads to one.</summary>
internal static class LinkChecks
{
    /// <summary>Warns about every link to an essay or section that the library does not have.</summary>
    public static void Check(Library library, IEnumerable<ParsedEssay> parsed, ICollection<ContentProblem> problems)
    {
        foreach (var (essay, links) in parsed.Where(read => ReferenceEquals(library.FindEssay(read.Essay.Slug), read.Essay)))
        {
            foreach (var link in links)
            {
                var target = library.FindEssay(link.Essay);
                if (target is null)
                {
                    problems.Add(ContentProblem.Warning(essay.SourcePath, $"the link to {link.Url} leads nowhere: there is no essay '{link.Essay}'", link.Line, link.Column));
                }
                else if (link.Section is { } section && section != "all" && target.FindSection(section) is null)
                {
                    problems.Add(ContentProblem.Warning(essay.SourcePath, $"the link to {link.Url} leads nowhere: the essay '{link.Essay}' has no section '{section}'", link.Line, link.Column));
                }
            }
        }
    }
}
