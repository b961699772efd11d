namespace Reader.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class AllowedMethodsTests(SeedSite site)
{
    private async Task<HttpResponseMessage> SendAsync(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        return await site.App.CreateReader().SendAsync(request);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/essays/" + SeedEssay.Slug)]
    [InlineData("PATCH", "/essays/" + SeedEssay.Slug + "/all")]
    [InlineData("OPTIONS", "/")]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/healthz")]
    [InlineData("POST", "/css/site.css")]
    [InlineData("POST", "/search")]
    public async Task AnyMethodButGetAndHeadIsRefusedWith405(string method, string path)
    {
        using var response = await SendAsync(method, path);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task TheSettingsFormMayBePostedButNotPut()
    {
        const string EssayPath = "/essays/" + SeedEssay.Slug;
        using var form = new HttpRequestMessage(HttpMethod.Post, "/settings")
        {
            Content = new FormUrlEncodedContent([new("theme", "dark"), new("returnUrl", EssayPath)]),
        };
        using var post = await site.App.CreateReader().SendAsync(form);
        using var put = await SendAsync("PUT", "/settings");

        Assert.Equal(303, (int)post.StatusCode);
        Assert.Equal(EssayPath, post.Headers.Location?.OriginalString);
        Assert.Equal(405, (int)put.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], put.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/essays/" + SeedEssay.Slug + "/all")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    public async Task HeadIsAnsweredWhereGetIs(string path)
    {
        using var response = await SendAsync("HEAD", path);

        Assert.Equal(200, (int)response.StatusCode);
    }
}
