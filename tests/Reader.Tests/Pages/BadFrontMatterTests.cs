namespace Reader.Tests.Pages;

/// <summary>An essay whose front matter is wrong is left out; the rest of the library is still served.</summary>
[Collection(AppCollection.Name)]
public sealed class BadFrontMatterTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private void Write(string name, string text) => content.Write(name, text);

    [Fact]
    public async Task AnEssayWithBadFrontMatterIsLeftOutAndTheOthersAreServed()
    {
        Write("good.md", "---\ntitle: Good\nmood: cheerful\n---\nReadable text.");
        Write("broken-yaml.md", "---\ntitle: [unclosed\n---\nText.");
        Write("bad-date.md", "---\ndate: soon\n---\nText.");
        using var app = LibrarySite.Create("Production", content.FullName);

        var library = await app.GetPageAsync("/");

        Assert.Equal(["Good"], library.Document.QuerySelectorAll("main article h2").Select(title => title.TextContent.Trim()));
        Assert.Equal(404, (await app.GetPageAsync("/essays/broken-yaml")).Status);
        Assert.Equal(404, (await app.GetPageAsync("/essays/bad-date")).Status);
        Assert.Equal(200, (await app.GetPageAsync("/essays/good")).Status);
    }
}
