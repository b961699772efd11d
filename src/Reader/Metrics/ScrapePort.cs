using Microsoft.AspNetCore.Hosting;

namespace Reader.Metrics;

/// <summary>
/// Adds the scrape port to the addresses the server would listen on anyway. Kestrel takes its addresses from one
/// place only: <c>Kestrel:Endpoints</c> if there are any, else <c>urls</c>, else <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c>,
/// else its default; an endpoint added in code would replace them all. So the port joins whichever the host uses.
/// </summary>
internal static class ScrapePort
{
    /// <summary>What Kestrel listens on when nothing at all is configured.</summary>
    private const string KestrelDefault = "http://localhost:5000";

    public static void Listen(WebApplicationBuilder builder, int port)
    {
        var configuration = builder.Configuration;
        if (configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            configuration["Kestrel:Endpoints:Metrics:Url"] = $"http://*:{port}";
        }
        else if (configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls)
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{urls};http://*:{port}");
        }
        else if (configuration[WebHostDefaults.HttpPortsKey] is { Length: > 0 } httpPorts)
        {
            // Adding to the ports rather than setting urls, which would make the host warn that it overrides them.
            builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, $"{httpPorts};{port}");
        }
        else if (configuration[WebHostDefaults.HttpsPortsKey] is { Length: > 0 })
        {
            builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, $"{port}");
        }
        else
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"{KestrelDefault};http://*:{port}");
        }
    }
}
