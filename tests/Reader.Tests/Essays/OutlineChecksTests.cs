using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>Each check on one essay: Markdown in, the exact problem lines out (lines and columns from 1).</summary>
public sealed class OutlineChecksTests
{
    private static string[] Problems(string markdown)
    {
        var problems = new List<ContentProblem>();
        EssayParser.Parse("essay", markdown, "essay.md", problems);
        return [.. problems.Select(problem => problem.ToString())];
    }

    [Theory]
    [InlineData("# T\n\nText.")]
    [InlineData("# T\n\n## A\n\nOne.\n\n### A.1\n\nTwo.\n\n## B\n\nThree[^1].\n\n[^1]: A note.")]
    [InlineData("# T\n\nSee [the section](/essays/essay/a) below.\n\n## A\n\nText.")]
    public void AWellFormedEssayHasNoProblems(string markdown) => Assert.Empty(Problems(markdown));

    [Theory]
    [InlineData("Text without a title.",
        "essay.md:1:1: warning: the essay has no title (a '# ' heading before the first section); the file name is used instead")]
    [InlineData("#\n\nText.", "essay.md:1:1: error: the title heading is empty")]
    [InlineData("# T\n\n## Notes\n\nOne.\n\n  ## Notes\n\nTwo.",
        "essay.md:7:3: warning: the section heading 'Notes' repeats the one on line 3; this section's address becomes 'notes-1'")]
    [InlineData("# T\n\n## A\n\n#### Deep\n\nText.", "essay.md:5:1: warning: the heading skips from level 2 to level 4")]
    [InlineData("# T\n\n### Deep\n\nText.", "essay.md:3:1: warning: the heading skips from level 1 to level 3")]
    [InlineData("# T\n\nSee this[^missing] claim.", "essay.md:3:9: warning: the footnote reference [^missing] has no definition in this file")]
    [InlineData("# T\n\nPlain text.\n\n[^lonely]: Never cited.", "essay.md:5:1: warning: the footnote [^lonely] is never referenced")]
    public void EachProblemIsReportedWhereItIs(string markdown, string expected) =>
        Assert.Equal([expected], Problems(markdown));

    [Fact]
    public void AnEssayWithAnEmptyTitleIsLeftOut() =>
        Assert.Null(EssayParser.Parse("essay", "#\n\nText.", "essay.md", new List<ContentProblem>()));

    [Fact]
    public void AnEssayWithOnlyWarningsIsStillRead() =>
        Assert.NotNull(EssayParser.Parse("essay", "# T\n\n## A\n\nOne.\n\n## A\n\nTwo.", "essay.md", new List<ContentProblem>()));
}
