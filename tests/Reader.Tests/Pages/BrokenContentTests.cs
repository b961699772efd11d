namespace Reader.Tests.Pages;

/// <summary>Bad content files never take the site down: each is left out, every good essay is still served.</summary>
[Collection(AppCollection.Name)]
public sealed class BrokenContentTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private void Write(string name, string text) => content.Write(name, text);

    [Fact]
    public async Task AnEssayWithoutTextIsLeftOutAndTheOthersAreServed()
    {
        Write("good.md", "# Good\n\nReadable text.");
        Write("empty.md", "");
        Write("title-only.md", "# Nothing follows");
        using var app = new ReaderApp(content.FullName);

        var library = await app.GetPageAsync("/");
        Assert.Equal(["Good"], library.Document.QuerySelectorAll("main article h2").Select(title => title.TextContent.Trim()));
        Assert.Equal(200, (await app.GetPageAsync("/essays/good/good")).Status);
        Assert.Equal(404, (await app.GetPageAsync("/essays/empty")).Status);
    }

    [Fact]
    public async Task AMissingContentFolderServesAnEmptyLibrary()
    {
        using var app = new ReaderApp(Path.Combine(content.FullName, "missing"));

        var library = await app.GetPageAsync("/");

        Assert.Equal(200, library.Status);
        Assert.Equal("There are no essays here yet.", library.Text("main p"));
    }
}
