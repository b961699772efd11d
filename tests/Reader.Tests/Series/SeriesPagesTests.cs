using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Reader.Tests.Series;

/// <summary>A series as readers meet it: its page, and its place on every page of each of its parts.</summary>
[Collection(AppCollection.Name)]
public sealed class SeriesPagesTests(SeriesSite site) : IClassFixture<SeriesSite>
{
    private static JsonElement StructuredData(Page page) =>
        JsonDocument.Parse(page.One("head script[type='application/ld+json']").TextContent).RootElement;

    [Fact]
    public async Task TheSeriesPageListsThePartsInPartOrderWithSummariesAndReadingTimes()
    {
        var page = await site.App.GetPageAsync(SeriesSite.Path);

        Assert.Equal(200, page.Status);
        Assert.Equal(SeriesSite.Name, page.Text("h1"));
        var parts = page.Document.QuerySelectorAll("ol.series-parts > li");
        Assert.Equal(["Part 1", "Part 2", "Part 3"], parts.Select(part => part.QuerySelector(".part-number")!.TextContent.Trim()));
        Assert.Equal(["The Crossing", "Landfall", "The Return"], parts.Select(part => part.QuerySelector("h2 a")!.TextContent.Trim()));
        Assert.Equal(["/essays/the-crossing", "/essays/landfall", "/essays/the-return"], parts.Select(part => part.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal(
            ["We leave the old harbour for the open sea.", "The island, its one road and the people who waited for the boat.", "Home again, and the harbour looks smaller."],
            parts.Select(part => part.QuerySelector(".summary")!.TextContent.Trim()));
        Assert.Equal(["3 sections · 1 min read", "3 sections · 1 min read", "2 sections · 1 min read"], parts.Select(part => part.QuerySelector(".meta")!.TextContent.Trim()));
        Assert.Equal("A series in 3 parts · 3 min read in all", page.Text("header.series-front .meta"));
        Assert.Equal("/series/letters-from-the-coast/feed.xml", page.Href("head link[rel=alternate][type='application/atom+xml'][title='Letters from the Coast']"));
        Assert.Equal("/series/letters-from-the-coast.epub", page.Href("main a[download]"));
        Assert.Equal("https://essays.example.org/series/letters-from-the-coast", page.Href("head link[rel=canonical]"));
    }

    [Fact]
    public async Task TheSeriesPageDescribesACreativeWorkSeriesWithItsPartsInOrder()
    {
        var series = StructuredData(await site.App.GetPageAsync(SeriesSite.Path));

        Assert.Equal("CreativeWorkSeries", series.GetProperty("@type").GetString());
        Assert.Equal(SeriesSite.Name, series.GetProperty("name").GetString());
        var parts = series.GetProperty("hasPart").EnumerateArray().ToArray();
        Assert.Equal(["The Crossing", "Landfall", "The Return"], parts.Select(part => part.GetProperty("headline").GetString()));
        Assert.Equal([1, 2, 3], parts.Select(part => part.GetProperty("position").GetInt32()));
        Assert.Equal("https://essays.example.org/essays/landfall", parts[1].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/series/no-such-series")]
    [InlineData("/series/no-such-series/feed.xml")]
    [InlineData("/series/no-such-series.epub")]
    [InlineData("/series/harbour-notes")]
    public async Task AnUnknownSeriesIsNotFound(string path)
    {
        var response = await site.App.CreateReader().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/essays/landfall")]
    [InlineData("/essays/landfall/all")]
    [InlineData("/essays/landfall/landfall")]
    [InlineData("/essays/landfall/the-quay")]
    [InlineData("/essays/landfall/the-road")]
    public async Task EveryPageOfAPartSaysWhichPartItIsAndLeadsToTheSeriesAndTheNeighbouringParts(string path)
    {
        var page = await site.App.GetPageAsync(path);
        var nav = page.One("nav[aria-label=Series]");

        Assert.Equal("Part 2 of 3 in Letters from the Coast", Normalised(nav.QuerySelector(".series-position")!));
        Assert.Equal(SeriesSite.Path, nav.QuerySelector(".series-position a")!.GetAttribute("href"));
        Assert.Equal("/essays/the-crossing", nav.QuerySelector("a.previous-part")!.GetAttribute("href"));
        Assert.Equal("Previous part The Crossing", Normalised(nav.QuerySelector("a.previous-part")!));
        Assert.Equal("/essays/the-return", nav.QuerySelector("a.next-part")!.GetAttribute("href"));
        Assert.Equal("Next part The Return", Normalised(nav.QuerySelector("a.next-part")!));
    }

    [Fact]
    public async Task TheFirstAndLastPartsLeadOnlyOneWay()
    {
        var first = (await site.App.GetPageAsync("/essays/the-crossing")).One("nav[aria-label=Series]");
        var last = (await site.App.GetPageAsync("/essays/the-return")).One("nav[aria-label=Series]");

        Assert.Equal("Part 1 of 3 in Letters from the Coast", Normalised(first.QuerySelector(".series-position")!));
        Assert.Null(first.QuerySelector("a.previous-part"));
        Assert.Equal("/essays/landfall", first.QuerySelector("a.next-part")!.GetAttribute("href"));
        Assert.Equal("Part 3 of 3 in Letters from the Coast", Normalised(last.QuerySelector(".series-position")!));
        Assert.Equal("/essays/landfall", last.QuerySelector("a.previous-part")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a.next-part"));
    }

    [Fact]
    public async Task AnEssayInNoSeriesShowsNoSeries()
    {
        var page = await site.App.GetPageAsync("/essays/harbour-notes/harbour-notes");

        Assert.Equal(200, page.Status);
        Assert.Null(page.Document.QuerySelector("nav[aria-label=Series]"));
        Assert.Null(page.Document.QuerySelector(".next-in-series"));
        Assert.Null(page.Document.QuerySelector("head link[rel=next]"));
        Assert.False(StructuredData(page).GetProperty("isPartOf").TryGetProperty("isPartOf", out _));
    }

    [Fact]
    public async Task AfterAPartsLastSectionNextInTheSeriesLeadsToTheFirstSectionOfTheNextPart()
    {
        var last = await site.App.GetPageAsync("/essays/the-crossing/the-first-gull");
        var notLast = await site.App.GetPageAsync("/essays/the-crossing/open-water");
        var lastOfAll = await site.App.GetPageAsync("/essays/the-return/smaller-harbour");

        var link = last.One("article .next-in-series a");
        Assert.Equal("/essays/landfall/landfall", link.GetAttribute("href"));
        Assert.Equal("Next in the series Landfall", Normalised(link));
        Assert.Null(notLast.Document.QuerySelector(".next-in-series"));
        Assert.Null(lastOfAll.Document.QuerySelector(".next-in-series"));
    }

    [Fact]
    public async Task TheWholeEssayPageEndsWithNextInTheSeries()
    {
        var page = await site.App.GetPageAsync("/essays/landfall/all");

        var end = page.One("article.whole-essay").LastElementChild!;
        Assert.True(end.ClassList.Contains("next-in-series"), end.OuterHtml);
        Assert.Equal("/essays/the-return/the-return", end.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/essays/the-crossing/the-crossing", null, "/essays/the-crossing/open-water")]
    [InlineData("/essays/the-crossing/the-first-gull", "/essays/the-crossing/open-water", "/essays/landfall/landfall")]
    [InlineData("/essays/landfall/landfall", "/essays/the-crossing/the-first-gull", "/essays/landfall/the-quay")]
    [InlineData("/essays/landfall/the-road", "/essays/landfall/the-quay", "/essays/the-return/the-return")]
    [InlineData("/essays/the-return/the-return", "/essays/landfall/the-road", "/essays/the-return/smaller-harbour")]
    [InlineData("/essays/the-return/smaller-harbour", "/essays/the-return/the-return", null)]
    [InlineData("/essays/the-crossing", null, "/essays/landfall")]
    [InlineData("/essays/landfall", "/essays/the-crossing", "/essays/the-return")]
    [InlineData("/essays/landfall/all", "/essays/the-crossing/all", "/essays/the-return/all")]
    [InlineData("/essays/the-return/all", "/essays/landfall/all", null)]
    public async Task RelPrevAndNextCrossFromOnePartToTheNext(string path, string? previous, string? next)
    {
        var page = await site.App.GetPageAsync(path);

        Assert.Equal(previous, page.Href("head link[rel=prev]"));
        Assert.Equal(next, page.Href("head link[rel=next]"));
    }

    [Fact]
    public async Task TheEssayIsPartOfACreativeWorkSeriesAtItsPosition()
    {
        var article = StructuredData(await site.App.GetPageAsync("/essays/landfall"));

        var series = article.GetProperty("isPartOf");
        Assert.Equal("CreativeWorkSeries", series.GetProperty("@type").GetString());
        Assert.Equal(SeriesSite.Name, series.GetProperty("name").GetString());
        Assert.Equal("https://essays.example.org/series/letters-from-the-coast", series.GetProperty("url").GetString());
        Assert.Equal(2, article.GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task ASectionIsPartOfItsEssayWhichIsPartOfTheSeries()
    {
        var section = StructuredData(await site.App.GetPageAsync("/essays/the-return/smaller-harbour"));

        var essay = section.GetProperty("isPartOf");
        Assert.Equal(2, section.GetProperty("position").GetInt32());
        Assert.Equal("Article", essay.GetProperty("@type").GetString());
        Assert.Equal("https://essays.example.org/essays/the-return", essay.GetProperty("url").GetString());
        Assert.Equal("CreativeWorkSeries", essay.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal(3, essay.GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task TheLibraryMarksThePartsOfASeriesAndListsTheSeries()
    {
        var page = await site.App.GetPageAsync("/");

        var cards = page.Document.QuerySelectorAll(".library .essay-card").ToDictionary(card => card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(["Harbour Notes", "The Return", "The Crossing", "Landfall"], cards.Keys);
        Assert.Null(cards["Harbour Notes"].QuerySelector(".series-mark"));
        Assert.Equal("Part 3 of 3 in Letters from the Coast", Normalised(cards["The Return"].QuerySelector(".series-mark")!));
        Assert.Equal("Part 2 of 3 in Letters from the Coast", Normalised(cards["Landfall"].QuerySelector(".series-mark")!));
        Assert.Equal(SeriesSite.Path, cards["Landfall"].QuerySelector(".series-mark a")!.GetAttribute("href"));
        var listed = page.One("section.series-list li");
        Assert.Equal("Letters from the Coast · 3 parts", Normalised(listed));
        Assert.Equal(SeriesSite.Path, listed.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSeriesPageIsCachedAndRevalidatedLikeEveryPage()
    {
        var client = site.App.CreateReader();
        var first = await client.GetAsync(new Uri(SeriesSite.Path, UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, SeriesSite.Path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.StartsWith("public, max-age=", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
    }

    private static string Normalised(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
