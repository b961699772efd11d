namespace Reader.Tests.Pages;

/// <summary>An essay with subheadings and footnotes, as the pages show it.</summary>
[Collection(AppCollection.Name)]
public sealed class NotesAndSubheadingsTests : IDisposable
{
    private const string Essay = """
        # Notes

        ## First

        A claim.[^source]

        ### Detail

        More on it.

        ## Second

        The same source again.[^source] And an aside.[^aside]

        [^source]: Where it comes from.
        [^aside]: Said in passing.
        """;

    private readonly TempContent content = new();
    private readonly ReaderApp app;

    public NotesAndSubheadingsTests()
    {
        content.Write("notes.md", Essay);
        app = new ReaderApp(content.FullName);
    }

    public void Dispose()
    {
        app.Dispose();
        content.Dispose();
    }

    [Fact]
    public async Task SubheadingsAreNestedUnderTheirSectionInTheContents()
    {
        var page = await app.GetPageAsync("/essays/notes/second");

        var nested = page.One("nav[aria-label=Contents] li ol a");
        Assert.Equal("Detail", nested.TextContent.Trim());
        Assert.Equal("/essays/notes/first#detail", nested.GetAttribute("href"));
        var onItsOwnPage = await app.GetPageAsync("/essays/notes/first");
        Assert.Equal("#detail", onItsOwnPage.Href("nav[aria-label=Contents] li ol a"));
        Assert.Equal("Detail", onItsOwnPage.Text("article h2#detail a.anchor[href='#detail']"));
    }

    [Fact]
    public async Task ASectionPageShowsTheNotesItCitesWithBackLinksThatLand()
    {
        var page = await app.GetPageAsync("/essays/notes/second");

        var references = page.Document.QuerySelectorAll("article a.footnote-ref");
        Assert.Equal(2, references.Length);
        foreach (var reference in references)
        {
            var note = page.Document.GetElementById(reference.GetAttribute("href")![1..]);
            Assert.NotNull(note);
            var back = Assert.Single(note.QuerySelectorAll("a.footnote-back-ref"));
            Assert.Same(reference, page.Document.GetElementById(back.GetAttribute("href")![1..]));
        }

        Assert.Equal(["Where it comes from.", "Said in passing."],
            page.Document.QuerySelectorAll("article .footnotes li").Select(note => note.TextContent.Trim('↩', '\uFE0E', ' ', '\n')));
    }

    [Fact]
    public async Task TheWholeEssayPageShowsEachSectionsNotesUnderUniqueIds()
    {
        var page = await app.GetPageAsync("/essays/notes/all");

        var ids = page.Document.QuerySelectorAll("[id]").Select(element => element.Id).ToArray();
        Assert.Equal(ids.Distinct(), ids);
        Assert.Equal(2, page.Document.QuerySelectorAll("section .footnotes").Length);
        foreach (var link in page.Document.QuerySelectorAll("a.footnote-ref, a.footnote-back-ref"))
        {
            Assert.NotNull(page.Document.GetElementById(link.GetAttribute("href")![1..]));
        }
    }
}
