using System.Net;
using Reader.Reading;
using Reader.Tests.Reading;

namespace Reader.Tests.Pages;

/// <summary>What a reader gets beyond the text: position, contents, settings, and a page light enough for a phone.</summary>
[Collection(AppCollection.Name)]
public sealed class ReadingExperienceTests(SeedSite site)
{
    private const string EssayPath = "/essays/" + SeedEssay.Slug;
    private const string SectionPath = EssayPath + "/us-policies-and-the-pivot-to-asia";
    private readonly ReaderApp app = site.App;

    private static async Task<HttpResponseMessage> PostSettingsAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
        return await client.PostAsync(new Uri("/settings", UriKind.Relative), form);
    }

    private static HttpClient WithCookie(HttpClient client, string value)
    {
        client.DefaultRequestHeaders.Add("Cookie", $"{ReadingSettings.CookieName}={value}");
        return client;
    }

    [Fact]
    public async Task ASectionPageShowsItsPositionReadingTimeAndTimeLeftInTheEssay()
    {
        var page = await app.GetPageAsync(SectionPath);

        Assert.Equal("Section 6 of 10", page.Text(".position"));
        Assert.Equal("1 min read", page.Text(".reading-time"));
        Assert.Equal("3 min left in the essay", page.Text(".time-left"));
        var progress = page.One("article header progress");
        Assert.Equal("Progress through the essay", progress.GetAttribute("aria-label"));
        Assert.True(int.Parse(progress.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture)
            < int.Parse(progress.GetAttribute("max")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheLastSectionsProgressIsComplete()
    {
        var page = await app.GetPageAsync(EssayPath + "/the-future-of-the-sino-russian-partnership");

        var progress = page.One("article header progress");
        Assert.Equal(progress.GetAttribute("max"), progress.GetAttribute("value"));
        Assert.Equal("1 min left in the essay", page.Text(".time-left"));
    }

    [Fact]
    public async Task TheSectionPagesContentsFoldIntoADetailsElementWithTheCurrentSectionMarked()
    {
        var page = await app.GetPageAsync(SectionPath);

        var contents = page.One("nav[aria-label=Contents]");
        Assert.Equal("Contents", contents.QuerySelector("details > summary")!.TextContent.Trim());
        Assert.Equal(SectionPath, contents.QuerySelector("details [aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryParagraphHasAPermalinkToItself()
    {
        var page = await app.GetPageAsync(SectionPath);

        var paragraph = page.One("article.section p[id]");
        var link = Assert.Single(paragraph.QuerySelectorAll("a.permalink"));
        Assert.Equal("#" + paragraph.Id, link.GetAttribute("href"));
        Assert.Equal($"Link to paragraph {paragraph.Id![1..]}", link.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task WithoutACookieThePageFollowsTheBrowsersColourScheme()
    {
        var page = await app.GetPageAsync(SectionPath);
        using var stylesheet = await app.CreateReader().GetAsync(new Uri(page.Href("link[rel=stylesheet][href^='/settings.css']")!, UriKind.Relative));

        Assert.Empty(await stylesheet.Content.ReadAsStringAsync());
        Assert.Empty(page.Document.QuerySelectorAll("input[checked]"));
    }

    [Theory]
    [InlineData(SectionPath)]
    [InlineData("/search?q=pivot%20asia&p=2")]
    public async Task EveryPagesHeaderLinksToTheSettingsPageWhichLeadsBackToIt(string path)
    {
        var page = await app.GetPageAsync(path);
        var link = page.One("header.site-header a[href^='/settings']");
        var settings = await app.GetPageAsync(link.GetAttribute("href")!);

        Assert.Equal("Settings", link.TextContent.Trim());
        Assert.Empty(page.Document.QuerySelectorAll("form[method=post]"));
        Assert.Equal(200, settings.Status);
        Assert.Equal(path, settings.One("form[action='/settings'][method=post] input[type=hidden][name=returnUrl]").GetAttribute("value"));
        Assert.Equal(path, settings.Href("main .settings-back a"));
    }

    [Fact]
    public async Task TheSettingsPageOffersEveryChoiceWithNoneCheckedAndStaysOutOfSearchEngines()
    {
        var page = await app.GetPageAsync("/settings?returnUrl=" + Uri.EscapeDataString(SectionPath));

        Assert.Equal("Reading settings", page.Text("main h1"));
        Assert.StartsWith("Reading settings", page.Document.Title, StringComparison.Ordinal);
        Assert.Equal("noindex", page.One("meta[name=robots]").GetAttribute("content"));
        string[] groups = ["Theme", "Text size", "Line width", "Typeface", "Text alignment"];
        Assert.Equal(groups, page.Document.QuerySelectorAll("form fieldset legend").Select(legend => legend.TextContent.Trim()));
        Assert.Equal(["ragged", "justify"], page.Document.QuerySelectorAll("input[name=align]").Select(input => input.GetAttribute("value")));
        Assert.Equal(["Ragged", "Justified"], page.Document.QuerySelectorAll("input[name=align]").Select(input => input.ParentElement!.TextContent.Trim()));
        Assert.Empty(page.Document.QuerySelectorAll("input[checked]"));
        Assert.Equal("page", page.One("header.site-header a[href^='/settings']").GetAttribute("aria-current"));
        Assert.Equal("/settings?returnUrl=" + Uri.EscapeDataString(SectionPath), page.Href("header.site-header a[href^='/settings']"));
    }

    [Fact]
    public async Task EachPlaceToReturnToIsASettingsPageOfItsOwnEvenFromThePageCache()
    {
        var client = app.CreateReader();
        var toSection = await app.GetPageAsync("/settings?returnUrl=" + Uri.EscapeDataString(SectionPath), client);
        var toEssay = await app.GetPageAsync("/settings?returnUrl=" + Uri.EscapeDataString(EssayPath), client);
        var toSectionAgain = await app.GetPageAsync("/settings?returnUrl=" + Uri.EscapeDataString(SectionPath), client);

        Assert.Equal(SectionPath, toSection.One("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal(EssayPath, toEssay.One("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal(SectionPath, toSectionAgain.One("input[name=returnUrl]").GetAttribute("value"));
        Assert.NotEqual(toSection.Response.Headers.ETag, toEssay.Response.Headers.ETag);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/essays/caf\u00e9")]
    [InlineData("")]
    public async Task TheSettingsPageNeverLeadsOffTheSite(string returnUrl)
    {
        var page = await app.GetPageAsync("/settings?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(200, page.Status);
        Assert.Equal("/", page.One("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal("/", page.Href("main .settings-back a"));
    }

    [Fact]
    public async Task PostingSettingsStoresThemInTheCookieAndGoesBackToThePage()
    {
        var response = await PostSettingsAsync(app.CreateReader(),
            ("theme", "sepia"), ("size", "large"), ("width", "wide"), ("font", "sans"), ("align", "justify"), ("returnUrl", SectionPath));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(SectionPath, response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{ReadingSettings.CookieName}=sepia.large.wide.sans.justify;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSettingsStylesheetCarriesTheChosenSettingsAndThePageDoesNot()
    {
        var client = WithCookie(app.CreateReader(), "dark.larger.narrow.sans");
        var page = await app.GetPageAsync(SectionPath, client);
        using var stylesheet = await client.GetAsync(new Uri(page.Href("link[rel=stylesheet][href^='/settings.css']")!, UriKind.Relative));

        Assert.Null(page.Document.DocumentElement.GetAttribute("data-theme"));
        Assert.Empty(page.Document.QuerySelectorAll("input[checked]"));
        Assert.Equal(ReadingStylesheets.Of("theme-dark", "size-larger", "width-narrow", "font-sans"), await stylesheet.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AForgedCookieIsNeverEchoed()
    {
        var client = WithCookie(app.CreateReader(), "x%22onload%3D1.large.wide.sans");
        using var stylesheet = await client.GetAsync(new Uri("/settings.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(ReadingStylesheets.Of("size-large", "width-wide", "font-sans"), await stylesheet.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChoosingTheDefaultsAgainRemovesTheCookie()
    {
        var response = await PostSettingsAsync(WithCookie(app.CreateReader(), "dark.large.wide.sans.justify"),
            ("theme", "auto"), ("size", "normal"), ("width", "normal"), ("font", "serif"), ("align", "ragged"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{ReadingSettings.CookieName}=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/essays/x\r\nSet-Cookie: a=b")]
    [InlineData("/essays/caf\u00e9")]
    [InlineData("")]
    public async Task SettingsNeverRedirectOffTheSite(string returnUrl)
    {
        var response = await PostSettingsAsync(app.CreateReader(), ("theme", "dark"), ("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownSettingValuesAreStoredAsDefaults()
    {
        var response = await PostSettingsAsync(app.CreateReader(), ("theme", "neon"), ("size", "large"), ("align", "centre"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{ReadingSettings.CookieName}=auto.large.normal.serif.ragged;", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesSetNoCookieOfTheirOwn()
    {
        var page = await app.GetPageAsync(SectionPath);

        Assert.False(page.Response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheSeedSectionPageWithItsStylesheetAndScriptFitsTheBudget()
    {
        const int PageBudget = 30 * 1024;
        const int ScriptBudget = 5 * 1024;
        var client = app.CreateReader();
        var page = await app.GetPageAsync(SectionPath, client);
        var html = (await page.Response.Content.ReadAsByteArrayAsync()).Length;

        var assets = page.Document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .ToArray();
        Assert.All(assets, address => Assert.StartsWith("/", address, StringComparison.Ordinal));
        // JSON-LD is a data block the browser never runs; anything else inline would break the CSP.
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
        var sizes = new Dictionary<string, int>();
        foreach (var address in assets)
        {
            var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            sizes[address] = (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        var script = Assert.Single(sizes, size => size.Key.StartsWith("/js/", StringComparison.Ordinal)).Value;
        Assert.InRange(script, 1, ScriptBudget);
        Assert.InRange(html + sizes.Values.Sum(), 1, PageBudget);
    }

    [Fact]
    public async Task TheScriptIsDeferredSoItNeverHoldsUpTheText()
    {
        var page = await app.GetPageAsync("/");

        var script = page.One("script[src]");
        Assert.True(script.HasAttribute("defer"));
        Assert.StartsWith("/js/reader.js?v=", script.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(EssayPath)]
    public async Task TheLibraryAndFrontPageHaveAPlaceToContinueReading(string path)
    {
        var page = await app.GetPageAsync(path);

        var slot = page.One("[data-continue]");
        Assert.Equal(SeedEssay.Slug, slot.GetAttribute("data-continue"));
        Assert.True(slot.HasAttribute("hidden"));
    }
}
