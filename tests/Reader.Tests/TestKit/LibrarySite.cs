namespace Reader.Tests;

/// <summary>
/// The fixture library (Fixtures/library: single-file and folder essays, a draft, tags, essays without front
/// matter) served as in production and as in development, under a public base URL.
/// </summary>
public sealed class LibrarySite : IDisposable
{
    public const string BaseUrl = "https://essays.example.org/";

    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "library");

    public ReaderApp Production { get; } = Create("Production");

    public ReaderApp Development { get; } = Create("Development");

    public static ReaderApp Create(string environment, string? contentPath = null)
    {
        var app = new ReaderApp(contentPath ?? ContentPath, environment);
        app.Settings["Reader:Site:BaseUrl"] = BaseUrl;
        app.Settings["Reader:Site:Title"] = "Test Essays";
        return app;
    }

    /// <summary>The site-relative path of one of the site's absolute addresses.</summary>
    public static string PathOf(string url)
    {
        Assert.StartsWith(BaseUrl, url, StringComparison.Ordinal);
        return "/" + url[BaseUrl.Length..];
    }

    public void Dispose()
    {
        Production.Dispose();
        Development.Dispose();
    }
}
