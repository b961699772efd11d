using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reader.Site;

namespace Reader.Tests.Site;

public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("https://essays.example.org", "/essays/a", "https://essays.example.org/essays/a")]
    [InlineData("https://essays.example.org/", "/", "https://essays.example.org/")]
    [InlineData("https://example.org/blog", "/essays/a", "https://example.org/blog/essays/a")]
    [InlineData("https://example.org/blog/", "/feed.xml", "https://example.org/blog/feed.xml")]
    public void LinksKeepTheBaseUrlsPath(string baseUrl, string path, string link) =>
        Assert.Equal(link, new SiteOptions { BaseUrl = new Uri(baseUrl) }.Link(path).AbsoluteUri);

    [Fact]
    public void TheDefaultsAreValid() =>
        Assert.True(new SiteOptionsValidator().Validate(null, new SiteOptions()).Succeeded);

    [Theory]
    [InlineData("ftp://example.org/", "en", "Reader:Site:BaseUrl must be an absolute http or https address")]
    [InlineData("https://example.org/?x=1", "en", "Reader:Site:BaseUrl must be an absolute http or https address")]
    [InlineData("https://example.org/", "English", "Reader:Site:Language must be a language tag")]
    public void BadSettingsAreNamedByTheirKey(string baseUrl, string language, string failure)
    {
        var result = new SiteOptionsValidator().Validate(null, new SiteOptions { BaseUrl = new Uri(baseUrl), Language = language });

        Assert.True(result.Failed);
        Assert.StartsWith(failure, Assert.Single(result.Failures ?? []), StringComparison.Ordinal);
    }

    [Fact]
    public void ABadDefaultAuthorIsNamedByItsKeyInTheFrontMattersTerms()
    {
        var result = new SiteOptionsValidator().Validate(null, new SiteOptions { DefaultAuthor = "Quill," });

        Assert.StartsWith("Reader:Site:DefaultAuthor names 'Quill,' with a comma that has nothing on one side of it", Assert.Single(result.Failures ?? []), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultAuthorIsReadAsNames() =>
        Assert.Equal(["Quill, Mara", "Other, Ann"], new SiteOptions { DefaultAuthor = "Mara Quill and Other, Ann" }.DefaultAuthors.Select(author => author.Inverted));

    [Theory]
    [InlineData("Reader:Site:BaseUrl", "essays.example.org")]
    [InlineData("Reader:Site:Title", " ")]
    [InlineData("Reader:Site:Language", "en_GB")]
    [InlineData("Reader:Site:FeedEntries", "0")]
    public void ConfiguredSettingsAreValidatedAndTheWrongKeyIsNamed(string key, string value)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration[key] = value;
        builder.AddSite();
        using var services = builder.Services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SiteOptions>>().Value);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
