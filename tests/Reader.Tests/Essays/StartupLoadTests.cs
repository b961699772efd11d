using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Essays;

/// <summary>The app begins reading its content before the host starts; the host then waits for that same read.</summary>
public sealed class StartupLoadTests : IDisposable
{
    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("reader-startup-");

    public void Dispose() => content.Delete(recursive: true);

    [Fact]
    public async Task TheContentIsReadOnceHoweverOftenTheLoadIsBegun()
    {
        File.WriteAllText(Path.Combine(content.FullName, "first.md"), "# First\n\nText.");
        var startup = new InitialLoad(Loaders.For(content.FullName));

        var begun = startup.Start();
        await begun;
        File.WriteAllText(Path.Combine(content.FullName, "second.md"), "# Second\n\nText.");
        var store = new LibraryStore();
        await new InitialLoadGate(startup, store, Options.Create(new ContentOptions())).StartAsync(CancellationToken.None);

        Assert.Same(begun, startup.Start());
        Assert.Equal(["first"], store.Current.Essays.Select(essay => essay.Slug));
    }
}
