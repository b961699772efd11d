using Reader.Content;

namespace Reader.Tests;

/// <summary>The seed essay as the author gave it: a title line, then heading lines each followed by a paragraph.</summary>
public static class SeedEssay
{
    public const string Slug = "putins-state-visit-to-china";

    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", "putins-state-visit-to-china.txt"))
        .Where(line => line.Length > 0)
        .ToArray();

    public static string Title => Lines[0];

    /// <summary>The opening paragraph (a section named after the title), then each heading with its paragraph.</summary>
    public static IReadOnlyList<(string Heading, string Paragraph)> Sections { get; } =
        [(Lines[0], Lines[1]), .. Lines.Skip(2).Chunk(2).Select(pair => (pair[0], pair[1]))];

    public static TheoryData<int> SectionIndexes => new(Enumerable.Range(0, Sections.Count));

    public static string ContentPath => Path.Combine(RepositoryRoot, "content");

    public static string RepositoryRoot =>
        SiteFolders.RepositoryRoot ?? throw new InvalidOperationException("The tests run outside the repository.");
}
