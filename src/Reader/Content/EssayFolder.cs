using System.Globalization;
using System.Text.RegularExpressions;
using Reader.Essays;

namespace Reader.Content;

/// <summary>
/// An essay kept as a folder: <c>index.md</c> holds the front matter and the opening, and each section is a
/// file numbered in reading order (<c>01-beginnings.md</c>, <c>02-…</c>), which is easier to edit for a long work.
/// </summary>
internal static partial class EssayFolder
{
    public const string IndexFile = "index.md";

    /// <summary>A section file and the title its section gets when the file has no heading of its own.</summary>
    internal sealed record SectionFile(string Name, int Number, string Title);

    /// <summary>Whether a folder in the content folder is an essay at all, rather than, say, a folder of images.</summary>
    public static bool HoldsEssay(string folder) =>
        !IsHidden(Path.GetFileName(folder)) && Directory.EnumerateFiles(folder, "*.md").Any();

    public static bool IsHidden(string name) => name.StartsWith('.') || name.StartsWith('_');

    /// <param name="readText">Reads one file, or reports why it can't (and returns null): the loader's own rules for size and encoding.</param>
    public static EssaySource? Read(string folder, ICollection<ContentProblem> problems, Func<string, string?> readText)
    {
        var index = Path.Combine(folder, IndexFile);
        if (!File.Exists(index))
        {
            problems.Add(ContentProblem.Error(folder, $"an essay folder needs an {IndexFile} with its front matter and opening; this folder is left out"));
            return null;
        }

        var names = Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).OfType<string>().Where(name => !IsHidden(name));
        var sections = Order(names, folder, problems);
        var files = new List<EssayFile>();
        foreach (var (path, sectionTitle) in sections.Select(section => (Path.Combine(folder, section.Name), (string?)section.Title)).Prepend((index, null)))
        {
            if (readText(path) is not { } markdown)
            {
                return null;
            }

            files.Add(new EssayFile(path, markdown, sectionTitle));
        }

        var modified = files.Max(file => File.GetLastWriteTimeUtc(file.Path));
        return new EssaySource(Path.GetFileName(folder), folder, files, new DateTimeOffset(modified, TimeSpan.Zero));
    }

    /// <summary>
    /// Puts the section files in reading order by their number; gaps and repeated numbers are only warnings
    /// (repeats are read in file-name order) and files without a number are left out with a warning.
    /// </summary>
    public static IReadOnlyList<SectionFile> Order(IEnumerable<string> names, string folder, ICollection<ContentProblem> problems)
    {
        var numbered = new List<SectionFile>();
        foreach (var name in names.Where(name => !string.Equals(name, IndexFile, StringComparison.OrdinalIgnoreCase)))
        {
            var match = NumberedFile().Match(name);
            if (!match.Success)
            {
                problems.Add(ContentProblem.Warning(Path.Combine(folder, name), "a section file's name must start with its number, such as 01-opening.md; this file is left out"));
                continue;
            }

            var number = int.Parse(match.Groups["number"].ValueSpan, CultureInfo.InvariantCulture);
            var title = Titles.FromFileName(match.Groups["name"].Value) ?? $"Section {number}";
            numbered.Add(new SectionFile(name, number, title));
        }

        numbered.Sort((a, b) => a.Number != b.Number ? a.Number.CompareTo(b.Number) : string.CompareOrdinal(a.Name, b.Name));
        for (var i = 1; i < numbered.Count; i++)
        {
            var (previous, file) = (numbered[i - 1], numbered[i]);
            if (file.Number == previous.Number)
            {
                problems.Add(ContentProblem.Warning(Path.Combine(folder, file.Name), $"section number {file.Number} is also used by {previous.Name}; this file is read after it"));
            }
            else if (file.Number > previous.Number + 1)
            {
                problems.Add(ContentProblem.Warning(Path.Combine(folder, file.Name), $"section numbers jump from {previous.Number} to {file.Number}"));
            }
        }

        if (numbered.Count > 0 && numbered[0].Number > 1)
        {
            problems.Add(ContentProblem.Warning(Path.Combine(folder, numbered[0].Name), $"section numbers start at {numbered[0].Number} rather than 1"));
        }

        return numbered;
    }

    [GeneratedRegex(@"^(?<number>\d{1,6})(?:[-_ .](?<name>.*))?\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedFile();
}
