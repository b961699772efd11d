using System.Globalization;
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

    public const string Key = MetricsOptions.SectionName + ":" + nameof(MetricsOptions.Port);

    public static int Parse(string written) =>
        int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"{Key} must be a port number from 1 to 65535, not '{written}'.");

    public static void Listen(WebApplicationBuilder builder, int port)
    {
        var configuration = builder.Configuration;
        if (SitePorts(configuration).Contains(port))
        {
            // The scrape port answers nothing but /metrics, so sharing it would take the site down.
            throw new InvalidOperationException($"{Key} is {port}, the site's own port; give metrics a port of their own.");
        }

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

    /// <summary>The ports the site is configured to listen on through <c>urls</c> or <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c>.</summary>
    private static IEnumerable<int> SitePorts(ConfigurationManager configuration)
    {
        var urls = (configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            // Wildcard hosts (*, +) are not host names a Uri accepts; the port is what counts.
            var colon = url.LastIndexOf(':');
            if (colon > 0 && int.TryParse(url.AsSpan(colon + 1).TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                yield return port;
            }
        }

        foreach (var key in new[] { WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey })
        {
            foreach (var written in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                {
                    yield return port;
                }
            }
        }
    }
}
