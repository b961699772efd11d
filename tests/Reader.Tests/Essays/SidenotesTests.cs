using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Books;
using Reader.Essays;
using Reader.Feeds;
using Reader.Site;

namespace Reader.Tests.Essays;

/// <summary>Each short note is shown a second time beside its reference, for the margin, and only there.</summary>
public sealed class SidenotesTests
{
    private static readonly HtmlParser Parser = new();

    private static Essay Parse(string markdown, List<ContentProblem>? problems = null, bool allowHtml = false) =>
        Assert.IsType<Essay>(EssayParser.Parse("essay", markdown, "essay.md", problems ?? [], allowHtml: allowHtml));

    private static IElement Fragment(string html) => Parser.ParseDocument($"<body>{html}</body>").Body!;

    /// <summary>A note's text as its entry in the numbered list reads, without the back-links.</summary>
    private static string EndnoteText(IElement page, string id) =>
        string.Concat(page.QuerySelector($"li[id='{id}']")!.QuerySelector("p")!.ChildNodes
            .Where(node => node is not IElement { ClassName: "footnote-back-ref" })
            .Select(node => node.TextContent));

    [Fact]
    public void ANoteShowsRightAfterItsReferenceWithItsNumberAndTheEndnotesText()
    {
        var essay = Parse("# T\n\n## A\n\nA claim.[^n] More text.\n\n[^n]: The note, with *emphasis* and [a link](https://example.com/x).\n");
        var page = Fragment(essay.Sections[0].Html);

        var reference = page.QuerySelector("a.footnote-ref")!;
        var sidenote = reference.NextElementSibling!;
        Assert.Equal("span", sidenote.LocalName);
        Assert.Equal("sidenote", sidenote.ClassName);
        Assert.Equal("true", sidenote.GetAttribute("aria-hidden"));
        Assert.Equal("1", sidenote.QuerySelector("sup")!.TextContent);
        Assert.Equal("1 " + EndnoteText(page, "fn:1-1"), sidenote.TextContent);
        Assert.Equal("The note, with emphasis and a link.", EndnoteText(page, "fn:1-1"));
        Assert.Equal("p", sidenote.ParentElement!.LocalName);
        Assert.Equal(" More text.", sidenote.NextSibling!.TextContent);
    }

    [Fact]
    public void NothingInAMarginNoteTakesFocusOrAnIdOrLinksBack()
    {
        var essay = Parse("# T\n\n## A\n\nA claim.[^n]\n\n[^n]: See <https://example.com/a> and [b](/essays/b).\n");
        var sidenote = Fragment(essay.Sections[0].Html).QuerySelector("span.sidenote")!;

        var links = sidenote.QuerySelectorAll("a");
        Assert.Equal(["https://example.com/a", "/essays/b"], links.Select(link => link.GetAttribute("href")));
        Assert.All(links, link => Assert.Equal("-1", link.GetAttribute("tabindex")));
        Assert.Empty(sidenote.QuerySelectorAll("[id], .footnote-back-ref"));
    }

    [Fact]
    public void RawHtmlLinksInANoteAreUnfocusableTooAndTheSanitizerKeepsTheMarginNote()
    {
        var essay = Parse("# T\n\n## A\n\nA claim.[^n]\n\n[^n]: A <a href=\"https://example.com/\" id=\"x\">raw link</a>.\n", allowHtml: true);
        var sidenote = Fragment(essay.Sections[0].Html).QuerySelector("span.sidenote")!;

        Assert.Equal("true", sidenote.GetAttribute("aria-hidden"));
        var link = Assert.Single(sidenote.QuerySelectorAll("a"));
        Assert.Equal("-1", link.GetAttribute("tabindex"));
        Assert.False(link.HasAttribute("id"));
    }

    [Fact]
    public void ANoteCitedTwiceShowsBesideEachReference()
    {
        var essay = Parse("# T\n\n## A\n\nOne.[^n] Two.[^n]\n\n[^n]: Shared.\n");
        var page = Fragment(essay.Sections[0].Html);

        Assert.Equal(
            ["fnref:1", "fnref:2"],
            page.QuerySelectorAll("span.sidenote").Select(note => note.PreviousElementSibling!.Id));
        Assert.Single(page.QuerySelectorAll("div.footnotes > ol > li"));
    }

    [Theory]
    [InlineData("# T\n\n## A\n\nA claim.[^n]\n\n[^n]: First paragraph.\n\n    Second paragraph.\n", 7)]
    [InlineData("# T\n\n## A\n\nA claim.[^n]\n\n[^n]: A list:\n\n    - one\n    - two\n", 7)]
    public void ANoteOfMoreThanOneParagraphStaysAtTheEndAndTheCheckSaysWhere(string markdown, int line)
    {
        var problems = new List<ContentProblem>();
        var page = Fragment(Parse(markdown, problems).Sections[0].Html);

        Assert.Empty(page.QuerySelectorAll("span.sidenote"));
        Assert.Single(page.QuerySelectorAll("div.footnotes > ol > li"));
        Assert.Equal(
            [$"essay.md:{line}:1: warning: the footnote [^n] won't fit in the margin of a wide screen (it has more than one paragraph; a margin note is one paragraph of at most 400 characters, without images or notes of its own): it shows only in the notes at the end of the section"],
            problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void ANoteLongerThanTheMarginHoldsStaysAtTheEndAndTheCheckSaysWhere()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 81));
        var problems = new List<ContentProblem>();
        var page = Fragment(Parse($"# T\n\n## A\n\nA claim.[^long] Another.[^short]\n\n\n  [^long]: {words}\n[^short]: {words[..400]}\n", problems).Sections[0].Html);

        Assert.Equal(["fnref:2"], page.QuerySelectorAll("span.sidenote").Select(note => note.PreviousElementSibling!.Id));
        // Only the note that is also in the margin may be hidden from sight in the list.
        Assert.Equal(["fn:1-2"], page.QuerySelectorAll("div.footnotes li.in-margin").Select(note => note.Id));
        Assert.Equal(
            ["essay.md:8:3: warning: the footnote [^long] won't fit in the margin of a wide screen (it has 404 characters; a margin note is one paragraph of at most 400 characters, without images or notes of its own): it shows only in the notes at the end of the section"],
            problems.Select(problem => problem.ToString()));
    }

    [Theory]
    [InlineData("# T\n\n## A\n\n| a | b |\n|---|---|\n| cell[^n] | x |\n\n[^n]: Short.\n")]
    public void AReferenceInATableHasNoMarginNote(string markdown)
    {
        var page = Fragment(Parse(markdown).Sections[0].Html);

        Assert.Single(page.QuerySelectorAll("a.footnote-ref"));
        Assert.Empty(page.QuerySelectorAll("span.sidenote, .in-margin"));
    }

    [Fact]
    public void TheFeedAndTheEpubCarryTheNotesOnlyAtTheEnd()
    {
        var essay = Parse("# T\n\n## A\n\nA claim.[^n]\n\n[^n]: Short.\n");
        Assert.Single(Fragment(essay.Sections[0].Html).QuerySelectorAll("span.sidenote"));

        var feed = Fragment(FeedContent.For(essay, new SiteOptions { BaseUrl = new Uri("https://essays.example.org/") }));
        var book = SectionContent.Of(essay.Sections[0], []);

        Assert.Empty(feed.QuerySelectorAll(".sidenote"));
        Assert.Equal("Short.", EndnoteText(feed, "fn:1-1"));
        Assert.Empty(book.Nodes.OfType<IElement>().SelectMany(element => element.QuerySelectorAll(".sidenote")));
        Assert.Contains(book.Nodes.OfType<IElement>(), element => element.QuerySelector("aside")?.TextContent.Trim().StartsWith("Short.", StringComparison.Ordinal) == true);
    }
}
