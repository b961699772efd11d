using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Reader.Hosting;

using Reader.Tests.Security;

namespace Reader.Tests.Hosting;

/// <summary>The site as deployed: Production environment, optionally behind a reverse proxy.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionTests
{
    private const string SecretMessage = "connection string Password=hunter2 in /srv/secret/path.cs";

    private static Task EchoAddress(HttpContext context) =>
        context.Response.WriteAsync($"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path} from {context.Connection.RemoteIpAddress}");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? forwardedProto = null, string? forwardedHost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task AnErrorShowsAFriendlyPageWithARequestIdAndNothingElse()
    {
        using var app = new ReaderApp(environment: "Production");
        using var failing = app.With("/test/throw", _ => throw new InvalidOperationException(SecretMessage));

        var page = await app.GetPageAsync("/test/throw", failing.CreateReader());

        Assert.Equal(500, page.Status);
        Assert.Equal("Something went wrong", page.Text("h1"));
        Assert.NotEmpty(page.Text("main code"));
        var text = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", text.Replace("site.css", "", StringComparison.Ordinal).Replace("settings.css", "", StringComparison.Ordinal), StringComparison.Ordinal);
        SecurityHeadersTests.AssertSecurityHeaders(page.Response);
    }

    [Fact]
    public async Task ForwardedSchemeHostAndClientAreUsedWhenEnabled()
    {
        using var app = new ReaderApp(environment: "Production") { Settings = { ["Reader:ForwardedHeaders:Enabled"] = "true" } };
        using var echo = app.With("/test/address", EchoAddress);
        var client = echo.CreateReader();

        using var address = await GetAsync(client, "/test/address", "https", "reader.example");
        using var library = await GetAsync(client, "/", "https", "reader.example");

        Assert.Equal("https://reader.example/test/address from 203.0.113.7", await address.Content.ReadAsStringAsync());
        Assert.True(library.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedHeadersAreIgnoredUnlessEnabled()
    {
        using var app = new ReaderApp(environment: "Production");
        using var echo = app.With("/test/address", EchoAddress);
        var client = echo.CreateReader();

        using var address = await GetAsync(client, "/test/address", "https", "reader.example");
        using var library = await GetAsync(client, "/", "https", "reader.example");

        Assert.StartsWith("http://localhost/test/address", await address.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(library.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void ProxyAddressesThatAreNotAddressesAreRejectedByName()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reader:ForwardedHeaders:Enabled"] = "true",
            ["Reader:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
            ["Reader:ForwardedHeaders:KnownProxies:0"] = "proxy.internal",
        });
        builder.AddReverseProxy();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value);
        Assert.Equal("Reader:ForwardedHeaders:KnownProxies must list IP addresses.", error.Message);
    }

    [Fact]
    public void KnownProxiesAndNetworksComeFromConfiguration()
    {
        using var app = new ReaderApp(environment: "Production")
        {
            Settings =
            {
                ["Reader:ForwardedHeaders:KnownProxies:0"] = "10.1.2.3",
                ["Reader:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
                ["Reader:ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
            },
        };

        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Contains(IPAddress.Parse("10.1.2.3"), forwarded.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("10.0.0.0/8"), forwarded.KnownIPNetworks);
        Assert.Contains(System.Net.IPNetwork.Parse("fd00::/8"), forwarded.KnownIPNetworks);
    }

    [Fact]
    public void KestrelSendsNoServerHeaderAndItsLimitsCanBeChangedByConfiguration()
    {
        using var app = new ReaderApp(environment: "Production") { Settings = { ["Kestrel:Limits:MaxRequestHeaderCount"] = "20" } };

        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
        Assert.Equal(20, kestrel.Limits.MaxRequestHeaderCount);
        Assert.Equal(4 * 1024, kestrel.Limits.MaxRequestLineSize);
        Assert.Equal(16 * 1024, kestrel.Limits.MaxRequestHeadersTotalSize);
    }

    [Fact]
    public void TheShutdownTimeoutIsTheHostsOwnSetting()
    {
        using var app = new ReaderApp(environment: "Production") { Settings = { ["shutdownTimeoutSeconds"] = "12" } };

        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(12), host.ShutdownTimeout);
    }
}
