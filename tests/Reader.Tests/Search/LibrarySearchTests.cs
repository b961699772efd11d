using Reader.Essays;
using Reader.Search;
using Reader.Content;
using Reader.Store;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reader.Tests.Search;

public sealed class LibrarySearchTests
{
    [Fact]
    public async Task ReplacingTheLibrarySwapsItsIndexWithIt()
    {
        var store = new LibraryStore();
        var search = new LibrarySearch(store, Started());
        store.Replace(LibraryBuilder.Build(SeedEssay.ContentPath).Library);
        var before = search.Current;

        store.Replace(LibraryBuilder.Build(SearchFixture.ContentPath).Library);
        var after = search.Current;

        var index = await after.Index;
        Assert.Same(after.Library, store.Current);
        Assert.Equal(0, index.Search(SearchQuery.Parse("sanction")).Total);
        Assert.Equal(["Cargo"], index.Search(SearchQuery.Parse("harbour grain")).Hits.Select(hit => hit.Section.Title));
        Assert.All(index.Search(SearchQuery.Parse("harbour")).Hits, hit => Assert.Same(hit.Essay, after.Library.FindEssay(hit.Essay.Slug)));
        // A request that took the old snapshot keeps searching the old library to the end.
        Assert.Equal(1, (await before.Index).Search(SearchQuery.Parse("sanction")).Total);
    }

    [Fact]
    public async Task TheFirstLibraryIsIndexedOnceTheServerHasStartedAndNotBefore()
    {
        var store = new LibraryStore();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var search = new LibrarySearch(store, lifetime);
        await search.StartAsync(CancellationToken.None);

        store.Replace(LibraryBuilder.Build(SearchFixture.ContentPath).Library);
        Assert.Null(search.Started);

        lifetime.NotifyStarted();
        var snapshot = Assert.IsType<SearchSnapshot>(search.Started);
        Assert.Same(store.Current, snapshot.Library);
        Assert.Equal(["Cargo"], (await snapshot.Index).Search(SearchQuery.Parse("harbour grain")).Hits.Select(hit => hit.Section.Title));

        // Once the server is up, a new library is indexed as soon as it is in place.
        store.Replace(LibraryBuilder.Build(SeedEssay.ContentPath).Library);
        Assert.Same(store.Current, search.Started?.Library);
    }

    private static ApplicationLifetime Started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        lifetime.NotifyStarted();
        return lifetime;
    }
}
