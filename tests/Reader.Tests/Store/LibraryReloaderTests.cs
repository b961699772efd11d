using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Store;

/// <summary>How a reload merges the new library with the one being served.</summary>
public sealed class LibraryReloaderTests
{
    private static Essay Essay(string slug, string title, string? path = null) =>
        EssayParser.Parse(slug, $"# {title}\n\nText.", path ?? $"/content/{slug}.md", new List<ContentProblem>())
            ?? throw new InvalidOperationException("The test essay does not parse.");

    private static string[] Titles(Library library) => [.. library.Essays.Select(essay => essay.Title)];

    [Fact]
    public void ABrokenFileKeepsItsLastGoodVersion()
    {
        var previous = new Library([Essay("a", "A, good"), Essay("b", "B, old")]);
        var load = new LibraryBuild(new Library([Essay("b", "B, new")]), [ContentProblem.Error("/content/a.md", "the essay has no text")]);
        var kept = new List<string>();

        var merged = LibraryReloader.Merge(previous, load, essay => kept.Add(essay.Slug));

        Assert.Equal(["A, good", "B, new"], Titles(merged));
        Assert.Equal(["a"], kept);
    }

    [Fact]
    public void ARemovedFileIsGoneAndWarningsKeepNothingOld()
    {
        var previous = new Library([Essay("a", "A, old"), Essay("b", "B")]);
        var load = new LibraryBuild(new Library([Essay("a", "A, new")]), [ContentProblem.Warning("/content/a.md", "the heading skips from level 1 to level 3")]);

        var merged = LibraryReloader.Merge(previous, load, _ => Assert.Fail("Nothing should be kept."));

        Assert.Equal(["A, new"], Titles(merged));
    }

    [Fact]
    public void AKeptVersionNeverDisplacesAnEssayThatLoaded()
    {
        var previous = new Library([Essay("a", "A, from a.md")]);
        var load = new LibraryBuild(
            new Library([Essay("a", "A, from a.MD", "/content/a.MD")]),
            [ContentProblem.Error("/content/a.md", "the slug 'a' is already used by /content/a.MD; this essay is left out")]);

        var merged = LibraryReloader.Merge(previous, load, _ => { });

        Assert.Equal(["A, from a.MD"], Titles(merged));
    }
}
