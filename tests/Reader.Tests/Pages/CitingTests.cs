using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Microsoft.Extensions.DependencyInjection;
using Reader.Caching;

namespace Reader.Tests.Pages;

/// <summary>Authors on every page that names them, and the reference as meta tags and files to import.</summary>
[Collection(AppCollection.Name)]
public sealed class CitingTests(CitationSite site) : IClassFixture<CitationSite>
{
    private readonly ReaderApp app = site.App;

    private static JsonElement StructuredData(Page page) =>
        JsonDocument.Parse(page.One("head script[type='application/ld+json']").TextContent).RootElement;

    private static string[] MetaTags(Page page, string name) =>
        [.. page.Document.QuerySelectorAll($"head meta[name='{name}']").Select(meta => meta.GetAttribute("content") ?? "")];

    [Theory]
    [InlineData("harbour-lights", "Mara Quill")]
    [InlineData("two-keepers", "Mara Quill and Ann Other")]
    [InlineData("three-hands", "Mara Quill, Ludwig van Beethoven and Martin Luther King Jr.")]
    [InlineData("health-at-sea", "World Health Organization")]
    public async Task TheBylineNamesEveryAuthor(string essay, string byline) =>
        Assert.Equal(byline, (await app.GetPageAsync($"/essays/{essay}")).Text(".byline .author"));

    [Fact]
    public async Task StructuredDataDescribesEachAuthorAsAPersonOrAnOrganization()
    {
        var three = StructuredData(await app.GetPageAsync("/essays/three-hands")).GetProperty("author").EnumerateArray().ToArray();
        var organisation = Assert.Single(StructuredData(await app.GetPageAsync("/essays/health-at-sea")).GetProperty("author").EnumerateArray());

        Assert.Equal(["Person", "Person", "Person"], three.Select(author => author.GetProperty("@type").GetString()));
        Assert.Equal(["Mara Quill", "Ludwig van Beethoven", "Martin Luther King Jr."], three.Select(author => author.GetProperty("name").GetString()));
        Assert.Equal(["Quill", "van Beethoven", "King"], three.Select(author => author.GetProperty("familyName").GetString()));
        Assert.Equal("Jr.", three[2].GetProperty("honorificSuffix").GetString());
        Assert.Equal("Organization", organisation.GetProperty("@type").GetString());
        Assert.Equal("World Health Organization", organisation.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheFeedHasAnAuthorElementForEachAuthor()
    {
        var response = await app.CreateReader().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var entries = SyndicationFeed.Load(reader).Items.ToDictionary(item => item.Title.Text);

        Assert.Equal(["Mara Quill", "Ludwig van Beethoven", "Martin Luther King Jr."], entries["Three Hands: A Chorus"].Authors.Select(author => author.Name));
        Assert.Equal(22, entries["Many Hands"].Authors.Count);
        Assert.Equal(["World Health Organization"], entries["Health at Sea"].Authors.Select(author => author.Name));
    }

    [Theory]
    [InlineData("/essays/three-hands")]
    [InlineData("/essays/three-hands/all")]
    public async Task AnEssayPageCarriesTheCitationTagsReferenceManagersRead(string path)
    {
        var page = await app.GetPageAsync(path);

        Assert.Equal(["Three Hands: A Chorus"], MetaTags(page, "citation_title"));
        Assert.Equal(["Quill, Mara", "van Beethoven, Ludwig", "King, Martin Luther, Jr."], MetaTags(page, "citation_author"));
        Assert.Equal(["2023/06/30"], MetaTags(page, "citation_publication_date"));
        Assert.Equal(["Test Essays"], MetaTags(page, "citation_publisher"));
        Assert.Equal([LibrarySite.BaseUrl + "essays/three-hands"], MetaTags(page, "citation_fulltext_html_url"));
        Assert.Empty(MetaTags(page, "citation_inbook_title"));
    }

    [Fact]
    public async Task ASectionPageCarriesTheSectionsTitleWithinItsEssay()
    {
        var page = await app.GetPageAsync("/essays/harbour-lights/red-to-port");

        Assert.Equal(["Red to Port"], MetaTags(page, "citation_title"));
        Assert.Equal(["Harbour Lights"], MetaTags(page, "citation_inbook_title"));
        Assert.Equal(["Quill, Mara"], MetaTags(page, "citation_author"));
        Assert.Equal([LibrarySite.BaseUrl + "essays/harbour-lights/red-to-port"], MetaTags(page, "citation_fulltext_html_url"));
    }

    [Fact]
    public async Task AnUndatedEssayClaimsNoPublicationDate() =>
        Assert.Empty(MetaTags(await app.GetPageAsync("/essays/health-at-sea"), "citation_publication_date"));

    [Fact]
    public async Task TheCitationBoxLinksTheFilesToImport()
    {
        var links = (await app.GetPageAsync("/essays/harbour-lights/red-to-port")).Document.QuerySelectorAll("details.citation .reference-files a[download]");

        Assert.Equal(["RIS", "BibTeX", "CSL-JSON"], links.Select(link => link.TextContent.Trim()));
        Assert.Equal(
            ["/essays/harbour-lights/red-to-port/cite.ris", "/essays/harbour-lights/red-to-port/cite.bib", "/essays/harbour-lights/red-to-port/cite.json"],
            links.Select(link => link.GetAttribute("href")));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return await app.CreateReader().SendAsync(request);
    }

    [Fact]
    public async Task TheRisFileNamesEveryAuthorFamilyFirst()
    {
        using var response = await GetAsync("/essays/three-hands/cite.ris");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "TY  - ELEC\r\nAU  - Quill, Mara\r\nAU  - van Beethoven, Ludwig\r\nAU  - King, Martin Luther, Jr.\r\nTI  - Three Hands: A Chorus\r\nT2  - Test Essays\r\n"
            + "PB  - Test Essays\r\nPY  - 2023\r\nDA  - 2023/06/30\r\nUR  - https://essays.example.org/essays/three-hands\r\nLA  - en\r\nER  - \r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheBibTeXFileBracesAnOrganisationAndHasNoAccessDate()
    {
        using var response = await GetAsync("/essays/health-at-sea/cite.bib");

        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "@online{health-at-sea,\n  author = {{World Health Organization}},\n  title = {Health at Sea},\n  organization = {Test Essays},\n  url = {https://essays.example.org/essays/health-at-sea},\n}\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheCslJsonOfASectionIsADocumentWithinTheEssay()
    {
        using var response = await GetAsync("/essays/harbour-lights/red-to-port/cite.json");

        Assert.Equal("application/vnd.citationstyles.csl+json", response.Content.Headers.ContentType?.MediaType);
        var item = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal("document", item.GetProperty("type").GetString());
        Assert.Equal("Red to port", item.GetProperty("title").GetString());
        Assert.Equal("Harbour lights", item.GetProperty("container-title").GetString());
        Assert.Equal("Test Essays", item.GetProperty("publisher").GetString());
        Assert.Equal("Quill", Assert.Single(item.GetProperty("author").EnumerateArray()).GetProperty("family").GetString());
        Assert.Equal([2025, 3, 14], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(part => part.GetInt32()));
    }

    [Theory]
    [InlineData("/essays/no-such-essay/cite.ris")]
    [InlineData("/essays/harbour-lights/no-such-section/cite.bib")]
    [InlineData("/essays/harbour-lights/cite.pdf")]
    public async Task AnUnknownEssaySectionOrFormatIsNotFound(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AReferenceFileIsCachedAndValidatedLikeAPage()
    {
        using var first = await GetAsync("/essays/harbour-lights/cite.json");
        var tag = Assert.IsType<EntityTagHeaderValue>(first.Headers.ETag);
        using var second = await GetAsync("/essays/harbour-lights/cite.json");
        using var revalidated = await GetAsync("/essays/harbour-lights/cite.json", tag.Tag);

        Assert.Equal("public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400", first.Headers.CacheControl?.ToString());
        Assert.True(app.Services.GetRequiredService<ReadyPages>().Current.Pages.ContainsKey(("/essays/harbour-lights/cite.json", ContentCoding.Identity)));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }
}
