using Reader.Essays;

namespace Reader.Content;

/// <summary>
/// The problems of a series that no one essay shows: two essays claiming one part number, a number missing,
/// and a draft among published parts. Each is reported at the <c>part:</c> line of the essay concerned. They
/// are warnings: readers still get every published part, in order, numbered by position.
/// </summary>
internal static class SeriesChecks
{
    /// <param name="parsed">Every essay read, drafts included, since a draft's part number still takes its place.</param>
    public static void Check(IEnumerable<ParsedEssay> parsed, ICollection<ContentProblem> problems)
    {
        var declared = parsed
            .Where(read => read.Essay.Metadata.Series is not null && read.Part is not null)
            .GroupBy(read => read.Essay.Metadata.Series!.Slug, StringComparer.Ordinal);
        foreach (var series in declared)
        {
            var parts = series
                .OrderBy(read => read.Essay.Metadata.Series!.Part)
                .ThenBy(read => read.Part!.Path, StringComparer.Ordinal)
                .ToArray();
            var name = parts[0].Essay.Metadata.Series!.Name;
            CheckNumbers(name, parts, problems);
            foreach (var other in parts.Where(read => read.Essay.Metadata.Series!.Name != name))
            {
                Report(problems, other, $"the series is named '{other.Essay.Metadata.Series!.Name}' here but '{name}' in {parts[0].Part!.Path}, whose name the site shows; write it the same way in every part");
            }

            if (parts.Any(read => !read.Essay.Metadata.Draft))
            {
                foreach (var draft in parts.Where(read => read.Essay.Metadata.Draft))
                {
                    Report(problems, draft, $"part {draft.Essay.Metadata.Series!.Part} of the series '{name}' is a draft, but other parts are published: readers see the series without it");
                }
            }
        }
    }

    private static void CheckNumbers(string name, ParsedEssay[] parts, ICollection<ContentProblem> problems)
    {
        var expected = 1;
        ParsedEssay? previous = null;
        foreach (var read in parts)
        {
            var number = read.Essay.Metadata.Series!.Part;
            if (previous is not null && previous.Essay.Metadata.Series!.Part == number)
            {
                Report(problems, read, $"part {number} of the series '{name}' is also claimed by {previous.Part!.Path}; give each part its own number");
                continue;
            }

            if (number > expected)
            {
                var missing = number == expected + 1 ? $"part {expected}" : $"parts {expected} to {number - 1}";
                Report(problems, read, $"the series '{name}' has no {missing} before this part {number}; number the parts 1, 2, 3… without gaps");
            }

            expected = number + 1;
            previous = read;
        }
    }

    private static void Report(ICollection<ContentProblem> problems, ParsedEssay read, string message) =>
        problems.Add(ContentProblem.Warning(read.Part!.Path, message, read.Part.Line, read.Part.Column));
}
