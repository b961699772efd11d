using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Store;

/// <summary>Reader:Content:Strict turns any content error into a failed start, for CI and image builds.</summary>
[Collection(AppCollection.Name)]
public sealed class StrictStartTests : IDisposable
{
    private readonly TempContent content = new();

    public StrictStartTests()
    {
        content.Write("good.md", "# Good\n\nText.");
        content.Write("untitled.md", "Text without a title, a warning only.");
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public void AStrictSiteDoesNotStartWithABrokenEssay()
    {
        content.Write("empty.md", "");
        using var app = new ReaderApp(content.FullName);
        app.Settings["Reader:Content:Strict"] = "true";

        Assert.ThrowsAny<Exception>(() => app.CreateReader());
    }

    [Fact]
    public async Task TheStrictFailureSaysWhichSettingStoppedTheStartAndHowManyErrorsThereAre()
    {
        content.Write("empty.md", "");
        var loading = new InitialLoadGate(new InitialLoad(Loaders.For(content.FullName)), new LibraryStore(), Options.Create(new ContentOptions { Strict = true }));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => loading.StartAsync(CancellationToken.None));

        Assert.Equal($"Reader:Content:Strict is set and the content in {content.FullName} has 1 error(s), logged above; the site does not start.", failure.Message);
    }

    [Fact]
    public async Task AStrictSiteStartsWhenThereAreOnlyWarnings()
    {
        using var app = new ReaderApp(content.FullName);
        app.Settings["Reader:Content:Strict"] = "true";

        Assert.Equal(200, (await app.GetPageAsync("/essays/untitled")).Status);
        Assert.Equal(200, (await app.GetPageAsync("/essays/good")).Status);
    }
}
