using Reader.Commands;
using Reader.Content;
using Reader.Essays;

namespace Reader.Tests.Series;

/// <summary>What the content check says of a series, at the file and line of the part concerned, and what readers then see.</summary>
[Collection(AppCollection.Name)]
public sealed class SeriesChecksTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private string Part(string slug, int part, string series = "Tides", bool draft = false) =>
        content.Write($"{slug}.md", $"---\ntitle: {slug}\nseries: {series}\npart: {part}\ndraft: {(draft ? "true" : "false")}\n---\n\n# {slug}\n\nSome text about the sea.\n");

    private string[] CheckLines()
    {
        using var output = new StringWriter();
        CheckCommand.Run([content.FullName], output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private string Located(string file, int line, int column) => $"{CommandPaths.Display(content.PathOf(file), CommandPaths.BaseFolder(content.FullName))}:{line}:{column}: warning: ";

    [Fact]
    public void ACleanSeriesGivesNoProblem()
    {
        Part("one", 1);
        Part("two", 2);

        Assert.Equal(["0 errors, 0 warnings in 2 files"], CheckLines());
    }

    [Fact]
    public void TwoEssaysClaimingOnePartAreReportedAtTheSecondsPartLine()
    {
        var first = Part("a-first", 1);
        Part("b-second", 1);
        Part("c-third", 2);

        Assert.Contains(
            Located("b-second.md", 4, 7) + $"part 1 of the series 'Tides' is also claimed by {first}; give each part its own number",
            CheckLines());
    }

    [Fact]
    public void AGapInThePartsIsReportedAtThePartAfterIt()
    {
        Part("one", 1);
        Part("four", 4);

        Assert.Contains(Located("four.md", 4, 7) + "the series 'Tides' has no parts 2 to 3 before this part 4; number the parts 1, 2, 3… without gaps", CheckLines());
    }

    [Fact]
    public void ASeriesThatDoesNotStartAtOneHasAGap()
    {
        Part("two", 2);

        Assert.Contains(Located("two.md", 4, 7) + "the series 'Tides' has no part 1 before this part 2; number the parts 1, 2, 3… without gaps", CheckLines());
    }

    [Fact]
    public void ADraftInsideAPublishedSeriesIsReportedAndLeftOutOfTheSeriesReadersSee()
    {
        Part("one", 1);
        Part("two", 2, draft: true);
        Part("three", 3);

        Assert.Contains(Located("two.md", 4, 7) + "part 2 of the series 'Tides' is a draft, but other parts are published: readers see the series without it", CheckLines());
        var served = LibraryBuilder.Build(content.FullName, includeDrafts: false).Library.FindSeries("tides");
        Assert.Equal(["one", "three"], served!.Parts.Select(part => part.Slug));
        Assert.Equal(2, served.PositionOf(served.Parts[1])!.Number);
    }

    [Fact]
    public void APartThatSpellsTheSeriesOtherwiseIsReportedAndTheFirstPartsNameShown()
    {
        var first = Part("one", 1, series: "Tides");
        Part("two", 2, series: "TIDES");

        Assert.Contains(Located("two.md", 4, 7) + $"the series is named 'TIDES' here but 'Tides' in {first}, whose name the site shows; write it the same way in every part", CheckLines());
        Assert.Equal("Tides", LibraryBuilder.Build(content.FullName).Library.FindSeries("tides")!.Name);
    }

    [Fact]
    public void ASeriesOfDraftsAloneIsNoProblemAndNoSeries()
    {
        Part("one", 1, draft: true);
        Part("two", 2, draft: true);

        Assert.Equal(["0 errors, 0 warnings in 2 files"], CheckLines());
        Assert.Empty(LibraryBuilder.Build(content.FullName).Library.Series);
    }

    [Theory]
    [InlineData("part: 0")]
    [InlineData("part: -1")]
    [InlineData("part: two")]
    [InlineData("part: 1.5")]
    public void APartMustBeAWholeNumberFromOne(string part)
    {
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse("e", $"---\nseries: Tides\n{part}\n---\n# E\n\nText.", "e.md", problems);

        Assert.Null(essay);
        var problem = Assert.Single(problems);
        Assert.Equal((3, 7), (problem.Line, problem.Column));
        Assert.StartsWith("the front matter value of 'part' must be a whole number from 1, such as 'part: 2', not '", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASeriesWithoutAPartIsAWarningAndNoSeries()
    {
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse("e", "---\nseries: Tides\n---\n# E\n\nText.", "e.md", problems);

        Assert.Null(essay!.Metadata.Series);
        Assert.Equal("e.md:2:1: warning: the essay names the series 'Tides' but gives no 'part:' number (such as 'part: 1'); it is not shown as part of the series", Assert.Single(problems).ToString());
    }

    [Fact]
    public void APartWithoutASeriesIsAWarningAndIgnored()
    {
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse("e", "---\npart: 2\n---\n# E\n\nText.", "e.md", problems);

        Assert.Null(essay!.Metadata.Series);
        Assert.Equal("e.md:2:1: warning: 'part' numbers the essay within a series, but no 'series:' names one; it is ignored", Assert.Single(problems).ToString());
    }

    [Fact]
    public void TheSeriesAddressIsMadeFromItsNameAsATagsIs()
    {
        var essay = EssayParser.Parse("e", "---\nseries: Letters from the Coast!\npart: 2\n---\n# E\n\nText.", "e.md", []);

        Assert.Equal(new SeriesMembership("Letters from the Coast!", "letters-from-the-coast", 2), essay!.Metadata.Series);
    }
}
