using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Reader.Metrics;

namespace Reader.Tests.Metrics;

/// <summary>The scrape port joins the addresses the site is configured with, wherever they are configured.</summary>
public sealed class ScrapePortTests
{
    private static WebApplicationBuilder BuilderWith(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)));
        return builder;
    }

    [Theory]
    [InlineData("urls", "http://+:8080", "urls", "http://+:8080;http://*:9464")]
    [InlineData("http_ports", "8080", "http_ports", "8080;9464")]
    [InlineData("https_ports", "8443", "http_ports", "9464")]
    [InlineData("Kestrel:Endpoints:Site:Url", "http://*:8080", "Kestrel:Endpoints:Metrics:Url", "http://*:9464")]
    public void TheScrapePortIsAddedBesideTheSitesAddresses(string key, string value, string resultKey, string result)
    {
        var builder = BuilderWith((key, value));

        ScrapePort.Listen(builder, 9464);

        Assert.Equal(result, builder.Configuration[resultKey]);
        if (resultKey != key)
        {
            Assert.Equal(value, builder.Configuration[key]);
        }
    }

    [Fact]
    public void WithNoAddressConfiguredTheSiteKeepsKestrelsDefault()
    {
        var builder = BuilderWith();

        ScrapePort.Listen(builder, 9464);

        Assert.Equal("http://localhost:5000;http://*:9464", builder.Configuration["urls"]);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:8080;https://+:8443/")]
    [InlineData("http_ports", "80;8443")]
    [InlineData("https_ports", "8443")]
    public void TheSitesOwnPortIsRefusedAsTheScrapePort(string key, string value)
    {
        var builder = BuilderWith((key, value));

        var refusal = Assert.Throws<InvalidOperationException>(() => ScrapePort.Listen(builder, 8443));

        Assert.Equal("Reader:Metrics:Port is 8443, the site's own port; give metrics a port of their own.", refusal.Message);
    }

    [Theory]
    [InlineData("metrics")]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("94 64")]
    public void APortThatIsNotAPortNumberIsRefusedAsWritten(string written)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => ScrapePort.Parse(written));

        Assert.Equal($"Reader:Metrics:Port must be a port number from 1 to 65535, not '{written}'.", refusal.Message);
    }

    [Fact]
    public void APortNumberIsAccepted() => Assert.Equal(9464, ScrapePort.Parse("9464"));
}
