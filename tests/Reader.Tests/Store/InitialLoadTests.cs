using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Store;

/// <summary>The app begins reading its content before the host starts; the host then waits for that same read.</summary>
public sealed class InitialLoadTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task TheContentIsReadOnceHoweverOftenTheLoadIsBegun()
    {
        content.Write("first.md", "# First\n\nText.");
        var startup = new InitialLoad(Loaders.For(content.FullName));

        var begun = startup.Start();
        await begun;
        content.Write("second.md", "# Second\n\nText.");
        var store = new LibraryStore();
        await new InitialLoadGate(startup, store, Options.Create(new ContentOptions())).StartAsync(CancellationToken.None);

        Assert.Same(begun, startup.Start());
        Assert.Equal(["first"], store.Current.Essays.Select(essay => essay.Slug));
    }
}
