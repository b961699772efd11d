using Reader.Essays;
using Reader.Search;

namespace Reader.Tests.Search;

public sealed class LibraryStoreTests
{
    [Fact]
    public void ReplacingTheLibrarySwapsItsIndexWithIt()
    {
        var store = new LibraryStore();
        store.Replace(EssayLoader.Read(SeedEssay.ContentPath).Library);
        var before = store.Snapshot;

        store.Replace(EssayLoader.Read(SearchFixture.ContentPath).Library);
        var after = store.Snapshot;

        Assert.Same(after.Library, store.Current);
        Assert.Equal(0, after.Index.Search(SearchQuery.Parse("sanction")).Total);
        Assert.Equal(["Cargo"], after.Index.Search(SearchQuery.Parse("harbour grain")).Hits.Select(hit => hit.Section.Title));
        Assert.All(after.Index.Search(SearchQuery.Parse("harbour")).Hits, hit => Assert.Same(hit.Essay, after.Library.FindEssay(hit.Essay.Slug)));
        // A request that took the old snapshot keeps searching the old library to the end.
        Assert.Equal(1, before.Index.Search(SearchQuery.Parse("sanction")).Total);
    }
}
