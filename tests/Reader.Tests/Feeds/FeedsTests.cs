using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Reader.Tests.Feeds;

[Collection(AppCollection.Name)]
public sealed class FeedsTests(LibrarySite site) : IClassFixture<LibrarySite>, IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<SyndicationFeed> FeedAsync(ReaderApp app)
    {
        var response = await app.CreateReader().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private static async Task<string[]> SitemapUrlsAsync(ReaderApp app)
    {
        var response = await app.CreateReader().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.All(sitemap.Descendants(Sitemap + "url"), url => Assert.True(DateTimeOffset.TryParse(url.Element(Sitemap + "lastmod")?.Value, out _)));
        return [.. sitemap.Descendants(Sitemap + "loc").Select(loc => loc.Value)];
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task FeedsAnswerHeadRequestsLikePages(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        var response = await site.Production.CreateReader().SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task TheFeedListsEveryPublishedEssayNewestFirst()
    {
        var feed = await FeedAsync(site.Production);

        Assert.Equal("Test Essays", feed.Title.Text);
        Assert.Equal(LibrarySite.BaseUrl, feed.Id);
        Assert.Equal(["Notes from the River", "Lessons of the Cold War", "A plain file", "Musings"], feed.Items.Select(item => item.Title.Text));
        Assert.Equal(
            ["/essays/river-notes", "/essays/cold-war-lessons", "/essays/a-plain-file", "/essays/musings"],
            feed.Items.Select(item => LibrarySite.PathOf(Assert.Single(item.Links).Uri.AbsoluteUri)));
        Assert.All(feed.Items, item => Assert.Equal(item.Links[0].Uri.AbsoluteUri, item.Id));
        Assert.Equal(feed.Items.Max(item => item.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task TheFeedCarriesOnlyTheNewestEssaysItIsConfiguredFor()
    {
        using var app = LibrarySite.Create("Production");
        app.Settings["Reader:Site:FeedEntries"] = "2";

        var feed = await FeedAsync(app);

        Assert.Equal(["Notes from the River", "Lessons of the Cold War"], feed.Items.Select(item => item.Title.Text));
    }

    [Fact]
    public async Task AFeedEntryCarriesItsAuthorDatesSummaryAndTags()
    {
        var entry = (await FeedAsync(site.Production)).Items.Single(item => item.Title.Text == "Notes from the River");

        Assert.Equal("Ben Walker", Assert.Single(entry.Authors).Name);
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.Zero), entry.PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), entry.LastUpdatedTime);
        Assert.Equal("We set out at dawn along the river. The boat was small and the current was strong.", entry.Summary.Text);
        Assert.Equal(["Travel", "History"], entry.Categories.Select(category => category.Label));
    }

    [Fact]
    public async Task EssaysWithoutAnAuthorFallBackOnTheFeedsAuthor()
    {
        var feed = await FeedAsync(site.Production);

        Assert.Equal("Test Essays", Assert.Single(feed.Authors).Name);
        Assert.Empty(feed.Items.Single(item => item.Title.Text == "Musings").Authors);
    }

    [Fact]
    public async Task DraftsAreInTheDevelopmentFeedOnly()
    {
        Assert.DoesNotContain("Unfinished Thoughts", (await FeedAsync(site.Production)).Items.Select(item => item.Title.Text));
        Assert.Contains("Unfinished Thoughts", (await FeedAsync(site.Development)).Items.Select(item => item.Title.Text));
    }

    [Fact]
    public async Task EveryAddressInTheSitemapAnswers()
    {
        var urls = await SitemapUrlsAsync(site.Production);
        var client = site.Production.CreateReader();

        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(LibrarySite.PathOf(url), UriKind.Relative));
            Assert.True(200 == (int)response.StatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task TheSitemapListsTheLibraryTagsAndEveryPageOfEveryPublishedEssay()
    {
        var paths = (await SitemapUrlsAsync(site.Production)).Select(LibrarySite.PathOf).ToArray();

        Assert.Contains("/", paths);
        Assert.Contains("/tags/history", paths);
        Assert.Contains("/essays/river-notes", paths);
        Assert.Contains("/essays/river-notes/all", paths);
        Assert.Contains("/essays/river-notes/evening", paths);
        Assert.Contains("/essays/cold-war-lessons/arms-control", paths);
        Assert.DoesNotContain(paths, path => path.Contains("unfinished", StringComparison.Ordinal) || path.Contains("work-in-progress", StringComparison.Ordinal));
        Assert.Equal(paths.Length, paths.Distinct().Count());
    }

    [Fact]
    public async Task RobotsTxtPointsAtTheSitemap()
    {
        var response = await site.Production.CreateReader().GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains($"Sitemap: {LibrarySite.BaseUrl}sitemap.xml", lines);
    }

    [Fact]
    public async Task CharactersXmlCannotCarryAreDroppedAndTheFeedStaysValid()
    {
        content.Write("odd.md", "---\ntitle: \"Bell\\a and \\x01 marks\"\ntags: [\"a\\x02b\"]\n---\nText with a \u0001 control character.");
        using var app = LibrarySite.Create("Production", content.FullName);

        var entry = Assert.Single((await FeedAsync(app)).Items);

        Assert.Equal("Bell and  marks", entry.Title.Text);
        Assert.Equal("Text with a  control character.", entry.Summary.Text);
        Assert.Equal(200, (int)(await app.CreateReader().GetAsync(new Uri("/sitemap.xml", UriKind.Relative))).StatusCode);
    }
}
