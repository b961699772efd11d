using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Reader.Tests;

/// <summary>
/// Asks the test host as if on another port: the test server has no ports, but a request's
/// <c>Connection.LocalPort</c> is what the app reads to tell the scrape port from the site's own.
/// </summary>
internal static class Scrapes
{
    public static async Task<(int Status, string ContentType, string Body)> GetOnPortAsync(this ReaderApp app, int port, string path)
    {
        var context = await app.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = path;
            request.Connection.LocalPort = port;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, context.Response.ContentType ?? "", await reader.ReadToEndAsync());
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Scrapes until <paramref name="settled"/> holds, for at most 10 s: the framework records a request's
    /// duration as the request ends, which may be just after its client has read the whole response.
    /// </summary>
    public static async Task<PrometheusText> ScrapeWhenAsync(this ReaderApp app, int port, Func<PrometheusText, bool> settled)
    {
        var deadline = DateTime.UtcNow + Patience;
        var scrape = await app.ScrapeAsync(port);
        while (!settled(scrape) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            scrape = await app.ScrapeAsync(port);
        }

        return scrape;
    }

    /// <summary>Scrapes <c>/metrics</c> on the scrape port, checks that it answered, and parses what it said.</summary>
    public static async Task<PrometheusText> ScrapeAsync(this ReaderApp app, int port)
    {
        var (status, contentType, body) = await app.GetOnPortAsync(port, "/metrics");
        Assert.Equal(200, status);
        Assert.StartsWith("text/plain", contentType, StringComparison.Ordinal);
        return PrometheusText.Parse(body);
    }
}
