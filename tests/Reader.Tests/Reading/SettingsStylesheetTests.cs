using System.Net;
using Reader.Reading;

namespace Reader.Tests.Reading;

/// <summary>The reading settings reach a page through /settings.css, the one response that depends on the reader.</summary>
[Collection(AppCollection.Name)]
public sealed class SettingsStylesheetTests(SeedSite site)
{
    private const string SectionPath = "/essays/" + SeedEssay.Slug + "/us-policies-and-the-pivot-to-asia";
    private readonly ReaderApp app = site.App;

    private async Task<string> LinkedAddressAsync() =>
        (await app.GetPageAsync(SectionPath)).Href("link[rel=stylesheet][href^='/settings.css']")!;

    private async Task<HttpResponseMessage> GetAsync(string address, string? cookie = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{ReadingSettings.CookieName}={cookie}");
        }

        return await app.CreateReader().SendAsync(request);
    }

    [Fact]
    public async Task EveryPageLinksTheSettingsStylesheetAfterTheSiteStylesheet()
    {
        var page = await app.GetPageAsync(SectionPath);

        var stylesheets = page.Document.QuerySelectorAll("head link[rel=stylesheet]").Select(link => link.GetAttribute("href")!).ToList();
        Assert.Equal(2, stylesheets.Count);
        Assert.StartsWith("/css/site.css?v=", stylesheets[0], StringComparison.Ordinal);
        Assert.Equal("/settings.css", stylesheets[1]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sepia.large.wide.sans")]
    public async Task TheStylesheetIsKeptOnlyByTheReadersOwnBrowserRevalidatedAndVariesByCookie(string? cookie)
    {
        using var response = await GetAsync(await LinkedAddressAsync(), cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Private);
        Assert.True(cacheControl.NoCache);
        Assert.False(cacheControl.Public);
        Assert.Null(cacheControl.SharedMaxAge);
        Assert.True(response.Headers.ETag!.IsWeak);
        Assert.Equal(["Cookie"], response.Headers.Vary);
    }

    [Fact]
    public async Task ACompressedStylesheetCarriesAWeakTagThatRevalidatesInEitherCoding()
    {
        const string Cookie = "dark.larger.normal.serif";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/settings.css", UriKind.Relative));
        request.Headers.Add("Cookie", $"{ReadingSettings.CookieName}={Cookie}");
        request.Headers.Add("Accept-Encoding", "br");
        using var compressed = await app.CreateReader().SendAsync(request);
        using var plain = await GetAsync("/settings.css", Cookie);

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.True(compressed.Headers.ETag!.IsWeak);
        Assert.Equal(compressed.Headers.ETag, plain.Headers.ETag);
        using var revalidated = await GetAsync("/settings.css", Cookie, compressed.Headers.ETag.ToString());
        using var strongForm = await GetAsync("/settings.css", Cookie, compressed.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, strongForm.StatusCode);
    }

    [Fact]
    public async Task EachChosenSettingAddsItsOwnRulesAndTheDefaultsAddNone()
    {
        var address = await LinkedAddressAsync();
        using var sepia = await GetAsync(address, "sepia.normal.normal.serif");
        using var light = await GetAsync(address, "light.small.wide.serif");
        using var defaults = await GetAsync(address, "auto.normal.normal.serif");

        Assert.Equal(ReadingStylesheets.Of("theme-sepia"), await sepia.Content.ReadAsStringAsync());
        Assert.Equal(ReadingStylesheets.Of("theme-light", "size-small", "width-wide"), await light.Content.ReadAsStringAsync());
        Assert.Empty(await defaults.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARevalidationWithTheSameSettingsIsNotModifiedAndWithOthersGetsTheirRules()
    {
        using var first = await GetAsync("/settings.css", "dark.normal.normal.serif");
        var tag = first.Headers.ETag!.ToString();

        using var same = await GetAsync("/settings.css", "dark.normal.normal.serif", tag);
        using var changed = await GetAsync("/settings.css", "sepia.normal.normal.serif", tag);
        using var removed = await GetAsync("/settings.css", null, tag);

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(ReadingStylesheets.Of("theme-sepia"), await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await removed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangingOneSettingKeepsTheOthers()
    {
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("size", "larger"), KeyValuePair.Create("returnUrl", "/")]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/settings", UriKind.Relative)) { Content = form };
        request.Headers.Add("Cookie", $"{ReadingSettings.CookieName}=dark.normal.wide.sans");

        using var response = await app.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{ReadingSettings.CookieName}=dark.larger.wide.sans.ragged;", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JustifiedTextAddsItsOwnRulesAfterTheOthersAndRaggedTextNone()
    {
        var address = await LinkedAddressAsync();
        using var justified = await GetAsync(address, "sepia.normal.normal.serif.justify");
        using var ragged = await GetAsync(address, "auto.normal.normal.serif.ragged");

        Assert.Equal(ReadingStylesheets.Of("theme-sepia", "align-justify"), await justified.Content.ReadAsStringAsync());
        Assert.Empty(await ragged.Content.ReadAsStringAsync());
    }
}
