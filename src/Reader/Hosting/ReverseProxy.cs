using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Reader.Hosting;

/// <summary>The <c>Reader:ForwardedHeaders</c> section: whether to trust X-Forwarded-* headers, and from whom.</summary>
internal sealed class ReverseProxyOptions
{
    public const string SectionName = "Reader:ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of trusted proxies; with neither list set, only loopback is trusted.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Trusted proxy networks in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a load balancer or CDN the public scheme, host and client address arrive in X-Forwarded-* headers;
/// honouring them (only from known proxies) makes redirects, HSTS and per-client limits use the public values.
/// </summary>
internal static class ReverseProxy
{
    public static WebApplicationBuilder AddReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>()
            .BindConfiguration(ReverseProxyOptions.SectionName)
            .Validate(options => options.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _)),
                "Reader:ForwardedHeaders:KnownProxies must list IP addresses.")
            .Validate(options => options.KnownNetworks.All(network => System.Net.IPNetwork.TryParse(network, out _)),
                "Reader:ForwardedHeaders:KnownNetworks must list networks in CIDR notation, such as 10.0.0.0/8.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                foreach (var address in proxy.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(address));
                }

                foreach (var network in proxy.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }

    public static IApplicationBuilder UseReverseProxyHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Enabled
            ? app.UseForwardedHeaders()
            : app;
}
