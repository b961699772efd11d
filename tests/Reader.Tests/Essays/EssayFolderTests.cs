using Reader.Essays;
using Reader.Content;

namespace Reader.Tests.Essays;

public sealed class EssayFolderTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(content.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData(new[] { "02-b.md", "01-a.md", "index.md", "10-c.md", "03-d.md", "04-e.md", "05-f.md", "06-g.md", "07-h.md", "08-i.md", "09-j.md" },
        new[] { "01-a.md", "02-b.md", "03-d.md", "04-e.md", "05-f.md", "06-g.md", "07-h.md", "08-i.md", "09-j.md", "10-c.md" })]
    [InlineData(new[] { "1-one.md", "2_two.md", "3 three.md", "4.md" }, new[] { "1-one.md", "2_two.md", "3 three.md", "4.md" })]
    public void SectionFilesAreOrderedByTheirNumberNotTheirName(string[] names, string[] ordered)
    {
        var problems = new List<ContentProblem>();
        Assert.Equal(ordered, EssayFolder.Order(names, "essay", problems).Select(file => file.Name));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("01-the-long-road.md", "The long road")]
    [InlineData("02_by_the_river.md", "By the river")]
    [InlineData("03.md", "Section 3")]
    public void ASectionFileNamesItsSectionWhenItHasNoHeading(string name, string title) =>
        Assert.Equal(title, Assert.Single(EssayFolder.Order([name], "essay", [])).Title);

    [Theory]
    [InlineData(new[] { "01-a.md", "03-c.md" }, "essay/03-c.md:1:1: warning: section numbers jump from 1 to 3")]
    [InlineData(new[] { "01-a.md", "01-b.md" }, "essay/01-b.md:1:1: warning: section number 1 is also used by 01-a.md; this file is read after it")]
    [InlineData(new[] { "02-a.md", "03-b.md" }, "essay/02-a.md:1:1: warning: section numbers start at 2 rather than 1")]
    [InlineData(new[] { "01-a.md", "notes.md" }, "essay/notes.md:1:1: warning: a section file's name must start with its number, such as 01-opening.md; this file is left out")]
    public void NumberingGapsRepeatsAndUnnumberedFilesAreWarnings(string[] names, string warning)
    {
        var problems = new List<ContentProblem>();
        EssayFolder.Order(names, "essay", problems);
        Assert.Equal(warning, Assert.Single(problems).ToString().Replace('\\', '/'));
    }

    [Fact]
    public void AFolderEssayGivesTheSamePagesAsTheSingleFile()
    {
        const string Opening = "---\ntitle: The Journey\ntags: [travel]\n---\n\n# The Journey\n\nWe set out early.\n";
        const string First = "## Morning\n\nThe sun rose.\n\n### Detail\n\nMist.\n";
        const string Second = "## Evening\n\nThe sun set.\n";
        Write("single.md", Opening + "\n" + First + "\n" + Second);
        Write("the-journey/index.md", Opening);
        Write("the-journey/01-morning.md", First);
        Write("the-journey/02-evening.md", Second);

        var load = LibraryBuilder.Build(content.FullName);

        Assert.Empty(load.Problems);
        var single = load.Library.FindEssay("single")!;
        var folder = load.Library.FindEssay("the-journey")!;
        Assert.Equal(single.Metadata with { Modified = default }, folder.Metadata with { Modified = default, Tags = single.Metadata.Tags });
        Assert.Equal(single.Metadata.Tags, folder.Metadata.Tags);
        Assert.Equal(single.Sections.Select(WithoutSubheadings), folder.Sections.Select(WithoutSubheadings));
        Assert.Equal(single.Sections.SelectMany(s => s.Subheadings), folder.Sections.SelectMany(s => s.Subheadings));
    }

    private static Section WithoutSubheadings(Section section) => section with { Subheadings = [] };

    [Fact]
    public void AnEssayFolderIsServedUnderItsFolderName()
    {
        Write("a-long-work/index.md", "# A Long Work\n\nOpening.");
        Write("a-long-work/01-one.md", "## One\n\nText.");

        Assert.Equal(["A Long Work", "One"], LibraryBuilder.Build(content.FullName).Library.FindEssay("a-long-work")?.Sections.Select(s => s.Title));
    }

    [Fact]
    public void HeadingIdsStayUniqueAcrossTheFilesOfAFolderEssay()
    {
        Write("essay/index.md", "# Essay\n\nOpening.");
        Write("essay/01-a.md", "## A\n\nOne.\n\n### Notes\n\nFirst notes.");
        Write("essay/02-b.md", "## B\n\nTwo.\n\n### Notes\n\nSecond notes.");

        var essay = LibraryBuilder.Build(content.FullName).Library.FindEssay("essay")!;

        Assert.Equal(["notes", "notes-1"], essay.Sections.SelectMany(section => section.Subheadings).Select(heading => heading.Id));
        Assert.Contains("<h3 id=\"notes-1\"><a class=\"anchor\" href=\"#notes-1\">Notes</a></h3>", essay.Sections[2].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AFootnoteIsDefinedInTheFileThatCitesIt()
    {
        Write("essay/index.md", "# Essay\n\nOpening.");
        Write("essay/01-a.md", "## A\n\nCited here.[^n]");
        Write("essay/02-b.md", "## B\n\nText.\n\n[^n]: Defined in another file.");

        var problems = LibraryBuilder.Build(content.FullName).Problems.Select(problem => problem.ToString().Replace('\\', '/')).ToArray();

        Assert.Contains(problems, problem => problem.EndsWith("essay/01-a.md:3:12: warning: the footnote reference [^n] has no definition in this file", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.EndsWith("essay/02-b.md:5:1: warning: the footnote [^n] is never referenced", StringComparison.Ordinal));
    }

    [Fact]
    public void ASectionFileWithoutAHeadingIsNamedAfterItsFile()
    {
        Write("essay/index.md", "# Essay\n\nOpening.");
        Write("essay/01-first-light.md", "Dawn came.");

        var essay = LibraryBuilder.Build(content.FullName).Library.FindEssay("essay")!;

        Assert.Equal(["Essay", "First light"], essay.Sections.Select(section => section.Title));
        Assert.Equal("first-light", essay.Sections[1].Slug);
        Assert.Equal("Dawn came.", SectionText.Of(essay.Sections[1]).Text);
    }

    [Fact]
    public void ProblemsPointAtTheFileAndLineTheyAreIn()
    {
        var index = Write("essay/index.md", "---\ntitle: Essay\ncolour: blue\n---\nOpening.");
        var section = Write("essay/01-a.md", "---\ntitle: ignored\n---\n## A\n\nText.");
        var empty = Write("essay/02-b.md", "\n");
        var noIndex = Path.Combine(content.FullName, "orphan");
        Write("orphan/01-a.md", "## A\n\nText.");
        Write("images/.keep.txt", "");

        var load = LibraryBuilder.Build(content.FullName);

        Assert.Equal(["Essay", "A"], load.Library.FindEssay("essay")?.Sections.Select(s => s.Title));
        Assert.Equal(
            [
                $"{section}:1:1: warning: front matter is read only from index.md; it is ignored here",
                $"{empty}:1:1: warning: the section file has no text; it is left out",
                $"{index}:3:1: warning: unknown front matter key 'colour' is ignored (known keys: title, subtitle, author, authors, date, updated, summary, tags, slug, lang, draft, image, image_alt, series, part, translationKey)",
                $"{noIndex}:1:1: error: an essay folder needs an index.md with its front matter and opening; this folder is left out",
            ],
            load.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void DraftsAreLeftOutOfTheLibraryWhenAsked()
    {
        Write("published.md", "# Published\n\nText.");
        Write("draft.md", "---\ndraft: true\n---\n# Draft\n\nText.");
        Write("folder-draft/index.md", "---\ndraft: true\n---\n# Folder draft\n\nText.");

        Assert.Equal(["Draft", "Folder draft", "Published"], LibraryBuilder.Build(content.FullName).Library.Essays.Select(essay => essay.Title));
        Assert.Equal(["Published"], LibraryBuilder.Build(content.FullName, includeDrafts: false).Library.Essays.Select(essay => essay.Title));
    }
}
