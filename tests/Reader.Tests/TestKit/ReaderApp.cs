using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Tests;

/// <summary>
/// The site as a test sees it: the real app, reading essays from <paramref name="contentPath"/> (by default
/// the repository's content/), in the given environment.
/// </summary>
public sealed class ReaderApp(string? contentPath = null, string environment = "Development") : WebApplicationFactory<Program>
{
    private static readonly HtmlParser Parser = new();

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Runs after the app's own registrations, to observe a service without changing what it does.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (contentPath is not null)
        {
            builder.UseSetting("Reader:ContentPath", contentPath);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs a page and parses it; the response is kept for status and header assertions.</summary>
    public async Task<Page> GetPageAsync(string path, HttpClient? client = null)
    {
        client ??= CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStreamAsync());
        return new Page(response, document);
    }
}

public sealed record Page(HttpResponseMessage Response, IDocument Document)
{
    public int Status => (int)Response.StatusCode;

    public IElement One(string selector) =>
        Assert.Single(Document.QuerySelectorAll(selector));

    public string Text(string selector) => One(selector).TextContent.Trim();

    public string? Href(string selector) => Document.QuerySelector(selector)?.GetAttribute("href");
}

/// <summary>Every test that starts the app runs in this collection: Serilog's bootstrap logger can be frozen only once at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<SeedSite>
{
    public const string Name = "app";
}

/// <summary>One running site over the repository's content, shared by the tests that only read it.</summary>
public sealed class SeedSite : IDisposable
{
    public ReaderApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
