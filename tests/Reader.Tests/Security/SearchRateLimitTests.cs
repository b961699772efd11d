using AngleSharp.Html.Parser;

namespace Reader.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class SearchRateLimitTests
{
    [Fact]
    public async Task ABurstOfSearchesFromOneClientIsAnswered429WithWhenToRetry()
    {
        using var app = new ReaderApp
        {
            Settings =
            {
                ["Reader:RateLimiting:Search:PermitLimit"] = "3",
                ["Reader:RateLimiting:Search:Window"] = "00:10:00",
            },
        };
        var client = app.CreateReader();

        var allowed = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var search = await client.GetAsync(new Uri($"/search?q=china{i}", UriKind.Relative));
            allowed.Add((int)search.StatusCode);
        }

        using var limited = await client.GetAsync(new Uri("/search?q=russia", UriKind.Relative));
        using var library = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain(429, allowed);
        Assert.Equal(429, (int)limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        Assert.True(limited.Headers.CacheControl?.NoStore);
        SecurityHeadersTests.AssertSecurityHeaders(limited);

        var seconds = (int)retryAfter.Value.TotalSeconds;
        var page = await new HtmlParser().ParseDocumentAsync(await limited.Content.ReadAsStringAsync());
        Assert.Equal("Too many searches", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            $"You have searched a lot in a short time. Please wait {seconds} {(seconds == 1 ? "second" : "seconds")} and try again.",
            page.QuerySelector("main p")?.TextContent);

        Assert.Equal(200, (int)library.StatusCode);
    }
}
