using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>Footnotes show after the section that cites them, wherever the author defined them.</summary>
public sealed class SectionNotesTests
{
    private static Essay Parse(string markdown)
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse("essay", markdown, "/content/essay.md", problems);
        Assert.Empty(problems);
        return Assert.IsType<Essay>(essay);
    }

    private static readonly HtmlParser Parser = new();

    /// <summary>A section's HTML as the body of a document, to query like a page.</summary>
    private static IElement Fragment(string html) => Parser.ParseDocument($"<body>{html}</body>").Body!;

    private static string Reference(int index, string noteId, int number) =>
        $"<a id=\"fnref:{index}\" href=\"#{noteId}\" class=\"footnote-ref\"><sup>{number}</sup></a>";

    private static string Back(int index) =>
        $"<a href=\"#fnref:{index}\" class=\"footnote-back-ref\" aria-label=\"Back to the text\">\u21A9\uFE0E</a>";

    [Fact]
    public void ANoteDefinedAtTheEndOfTheFileShowsAfterTheSectionThatCitesIt()
    {
        var essay = Parse("# T\n\n## A\n\nPlain.\n\n## B\n\nCited.[^n]\n\n## C\n\nPlain again.\n\n[^n]: The note.\n");

        var b = essay.Sections[1];
        Assert.Equal(
            $"<p id=\"p2\">Cited.{Reference(1, "fn:2-1", 1)}<span class=\"sidenote\" aria-hidden=\"true\"><sup>1</sup> The note.</span><a class=\"permalink\" href=\"#p2\" aria-label=\"Link to paragraph 2\"></a></p>\n" +
            "<div class=\"footnotes\">\n<ol>\n" +
            $"<li id=\"fn:2-1\" value=\"1\" class=\"in-margin\">\n<p>The note.{Back(1)}</p>\n</li>\n" +
            "</ol>\n</div>\n",
            b.Html);
        Assert.Equal<string>(["p1"], Fragment(essay.Sections[0].Html).Children.Select(element => element.Id ?? ""));
        Assert.Equal<string>(["p3"], Fragment(essay.Sections[2].Html).Children.Select(element => element.Id ?? ""));
    }

    [Fact]
    public void ANoteDefinedInAnotherSectionStillShowsWhereItIsCited()
    {
        var essay = Parse("# T\n\n## A\n\nCited.[^n]\n\n## B\n\n[^n]: Defined here.\n\nText of B.\n");

        Assert.Contains("<li id=\"fn:1-1\" value=\"1\" class=\"in-margin\">\n<p>Defined here.", essay.Sections[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Defined here", essay.Sections[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteCitedFromTwoSectionsIsListedInEachWithIdsUniqueOnTheWholeEssayPage()
    {
        var essay = Parse("# T\n\n## A\n\nFirst.[^n] Other.[^m]\n\n## B\n\nAgain.[^n]\n\n[^n]: Shared.\n[^m]: Only A.\n");
        var (a, b) = (essay.Sections[0], essay.Sections[1]);

        Assert.Contains(Reference(1, "fn:1-1", 1), a.Html, StringComparison.Ordinal);
        Assert.Contains(Reference(3, "fn:1-2", 2), a.Html, StringComparison.Ordinal);
        Assert.Contains(Reference(2, "fn:2-1", 1), b.Html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"fn:1-1\" value=\"1\" class=\"in-margin\">\n<p>Shared.{Back(1)}</p>", a.Html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"fn:2-1\" value=\"1\" class=\"in-margin\">\n<p>Shared.{Back(2)}</p>", b.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Only A", b.Html, StringComparison.Ordinal);

        var wholeEssay = Fragment(string.Concat(essay.Sections.Select(section => section.Html)));
        var ids = wholeEssay.QuerySelectorAll("[id]").Select(element => element.Id ?? "").ToArray();
        Assert.Equal<string>(["p1", "fnref:1", "fnref:3", "fn:1-1", "fn:1-2", "p2", "fnref:2", "fn:2-1"], ids);
        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public void EveryBackLinkOnAPageLeadsToAReferenceOnThatPage()
    {
        var essay = Parse("# T\n\n## A\n\nOne.[^n]\n\n## B\n\nTwo.[^n] Three.[^n]\n\n[^n]: Note.\n");

        Assert.Contains($"<p>Note.{Back(1)}</p>", essay.Sections[0].Html, StringComparison.Ordinal);
        Assert.Contains($"<p>Note.{Back(2)}{Back(3)}</p>", essay.Sections[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesDoNotCountAsTheSectionsWordsOrParagraphs()
    {
        var section = Parse("# T\n\n## A\n\nOne two.[^n]\n\nThree.\n\n[^n]: Many words in this note.\n").Sections[0];

        Assert.Equal(3, section.WordCount);
        Assert.Contains("<p id=\"p2\">Three.", section.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# T\n\n## A\n\n### Sub\n\nText.", "<h3 id=\"sub\"><a class=\"anchor\" href=\"#sub\">Sub</a></h3>")]
    [InlineData("# T\n\n## A\n\n### A [link](/x)\n\nText.", "<h3 id=\"a-link\">A <a href=\"/x\">link</a></h3>")]
    public void SubheadingsLinkToThemselvesUnlessTheyHoldALink(string markdown, string expected) =>
        Assert.Contains(expected, Parse(markdown).Sections[0].Html, StringComparison.Ordinal);
}
