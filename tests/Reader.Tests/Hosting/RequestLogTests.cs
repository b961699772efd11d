using System.Text.Json;

namespace Reader.Tests.Hosting;

/// <summary>
/// In Production the configuration (appsettings.Production.json) makes the console log one compact JSON object
/// per line; these tests read the console as a container runtime would.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RequestLogTests
{
    private const string EssayPath = "/essays/" + SeedEssay.Slug;

    /// <summary>
    /// The console's lines while <paramref name="visit"/> makes <paramref name="requests"/> logged requests. The
    /// request log writes a line after its response has gone (in a batch a few milliseconds later), so the client
    /// can have the response before the line exists: wait for every line before the app is disposed.
    /// </summary>
    private static async Task<IReadOnlyList<JsonElement>> LogLinesOfAsync(int requests, Func<ReaderApp, Task> visit)
    {
        var console = new ConsoleCapture();
        var original = Console.Out;
        try
        {
            using (var app = new ReaderApp(environment: "Production"))
            {
                // Starting the host gives standard output its own writer; read the console from then on.
                _ = app.Services;
                Console.SetOut(console);
                await visit(app);
                for (var wait = 0; wait < 300 && RequestLines(console.ToString()) < requests; wait++)
                {
                    await Task.Delay(100);
                }
            }

            // The collection's shared site, in Development, may write a plain-text line meanwhile.
            return [.. console.ToString()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith('{'))
                .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static int RequestLines(string console) =>
        console.Split('\n').Count(line => line.Contains("\"RequestPath\"", StringComparison.Ordinal));

    private static JsonElement RequestTo(IReadOnlyList<JsonElement> lines, string path) =>
        Assert.Single(lines, line => line.TryGetProperty("RequestPath", out var logged) && logged.GetString() == path);

    [Fact]
    public async Task EachRequestIsOneJsonLineWithMethodPathStatusElapsedEssayAndSection()
    {
        string section = "";
        var lines = await LogLinesOfAsync(2, async app =>
        {
            var front = await app.GetPageAsync(EssayPath);
            section = front.Href("nav[aria-label=Contents] a") ?? "";
            await app.GetPageAsync(section);
        });

        Assert.StartsWith(EssayPath + "/", section, StringComparison.Ordinal);
        var logged = RequestTo(lines, section);
        Assert.Equal("GET", logged.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, logged.GetProperty("StatusCode").GetInt32());
        Assert.True(logged.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.Equal(SeedEssay.Slug, logged.GetProperty("Essay").GetString());
        Assert.Equal(section.Split('/')[^1], logged.GetProperty("Section").GetString());
        Assert.True(logged.TryGetProperty("@t", out _));
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms", logged.GetProperty("@mt").GetString());
        Assert.False(logged.TryGetProperty("@r", out _), "no property is rendered a second time");
        Assert.Equal(SeedEssay.Slug, RequestTo(lines, EssayPath).GetProperty("Essay").GetString());
    }

    [Fact]
    public async Task OnlyTheSearchTermsOfAQueryAreLoggedAndNeverCookiesOrProbes()
    {
        var lines = await LogLinesOfAsync(2, async app =>
        {
            var client = app.CreateReader();
            using var search = new HttpRequestMessage(HttpMethod.Get, "/search?q=gas+pipeline&token=hunter2");
            search.Headers.Add("Cookie", "session=cookie-secret");
            (await client.SendAsync(search)).Dispose();
            using var page = new HttpRequestMessage(HttpMethod.Get, "/?utm_source=query-secret");
            page.Headers.Add("Cookie", "session=cookie-secret");
            (await client.SendAsync(page)).Dispose();
            (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).Dispose();
            (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).Dispose();
        });

        Assert.Equal("gas pipeline", RequestTo(lines, "/search").GetProperty("SearchQuery").GetString());
        Assert.False(RequestTo(lines, "/").TryGetProperty("SearchQuery", out _));
        var everything = string.Join('\n', lines.Select(line => line.GetRawText()));
        Assert.DoesNotContain("hunter2", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("query-secret", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie-secret", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.TryGetProperty("RequestPath", out var path) && path.GetString() is "/healthz" or "/readyz");
    }

    [Fact]
    public async Task EachRequestsLineCarriesItsTraceIdContinuingTheTraceAProxyStarted()
    {
        const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        const string ProxySpanId = "00f067aa0ba902b7";
        var lines = await LogLinesOfAsync(2, async app =>
        {
            var client = app.CreateReader();
            using var traced = new HttpRequestMessage(HttpMethod.Get, EssayPath);
            traced.Headers.Add("traceparent", $"00-{TraceId}-{ProxySpanId}-01");
            (await client.SendAsync(traced)).Dispose();
            (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        });

        var traced = RequestTo(lines, EssayPath);
        Assert.Equal(TraceId, traced.GetProperty("@tr").GetString());
        var span = traced.GetProperty("@sp").GetString() ?? "";
        Assert.Matches("^[0-9a-f]{16}$", span);
        Assert.NotEqual(ProxySpanId, span);
        // A request that arrives without a trace starts its own.
        var untraced = RequestTo(lines, "/").GetProperty("@tr").GetString() ?? "";
        Assert.Matches("^[0-9a-f]{32}$", untraced);
        Assert.NotEqual(TraceId, untraced);
    }
}
