namespace Reader.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(SeedSite site)
{
    private const string EssayPath = "/essays/" + SeedEssay.Slug;

    public static TheoryData<string> EveryKindOfResponse => new()
    {
        "/",
        EssayPath,
        EssayPath + "/all",
        "/no-such-page",
        EssayPath + "/no-such-section",
        "/css/site.css",
        "/favicon.svg",
        "/healthz",
        "/readyz",
    };

    private async Task<HttpResponseMessage> GetAsync(string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        return await site.App.CreateReader().SendAsync(request);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.NotNull(permissions);
        var denied = permissions.Split(", ");
        Assert.All(denied, feature => Assert.EndsWith("=()", feature, StringComparison.Ordinal));
        Assert.Superset(
            new HashSet<string> { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()" },
            denied.ToHashSet());
        Assert.Null(Header(response, "Server"));
        Assert.Null(Header(response, "X-Powered-By"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await GetAsync(path);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task EverySectionPageCarriesTheSecurityHeaders()
    {
        var front = await site.App.GetPageAsync(EssayPath);
        var sections = front.Document.QuerySelectorAll("nav[aria-label=Contents] a").Select(link => link.GetAttribute("href") ?? "").ToArray();

        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            using var response = await GetAsync(section);
            Assert.Equal(200, (int)response.StatusCode);
            AssertSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task AHeadRequestAndARefusedMethodCarryTheSecurityHeadersToo()
    {
        using var head = await GetAsync("/", HttpMethod.Head);
        using var delete = await GetAsync("/", HttpMethod.Delete);

        AssertSecurityHeaders(head);
        AssertSecurityHeaders(delete);
    }

    [Fact]
    public async Task HstsIsNotSentOverPlainHttp()
    {
        using var response = await GetAsync("/");

        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task PagesNameNoGeneratorOrVersion()
    {
        var library = await site.App.GetPageAsync("/");

        Assert.Empty(library.Document.QuerySelectorAll("meta[name=generator]"));
        Assert.DoesNotContain(library.Response.Headers, header => header.Key.StartsWith("X-AspNet", StringComparison.OrdinalIgnoreCase));
    }
}
