using System.Globalization;

namespace Reader.Commands;

/// <summary>
/// <c>healthcheck</c>: asks the site running on this machine for <c>/healthz</c> and exits 0 when it answers
/// 200, 1 otherwise. The container's HEALTHCHECK runs it because the runtime image has no curl or shell.
/// </summary>
internal static class HealthcheckCommand
{
    private const int DefaultPort = 8080;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync()
    {
        var address = new Uri($"http://localhost:{Port(Environment.GetEnvironmentVariable)}/healthz");
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(address);
            var healthy = response.IsSuccessStatusCode;
            (healthy ? Console.Out : Console.Error).WriteLine($"{(healthy ? "healthy" : "unhealthy")}: {address} answered {(int)response.StatusCode}");
            return healthy ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"unhealthy: {address} did not answer within {Timeout.TotalSeconds} s: {exception.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The port the site listens on, read as Kestrel reads it: <c>ASPNETCORE_HTTP_PORTS</c> first, else the first
    /// <c>http://</c> address in <c>ASPNETCORE_URLS</c>, else the container default.
    /// </summary>
    public static int Port(Func<string, string?> environment)
    {
        if (environment("ASPNETCORE_HTTP_PORTS") is { } ports
            && int.TryParse(ports.Split([';', ','], StringSplitOptions.TrimEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return port;
        }

        var http = (environment("ASPNETCORE_URLS") ?? "")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (http is null)
        {
            return DefaultPort;
        }

        // Kestrel accepts hosts such as + and * that Uri does not, so only the authority's port is read.
        var authority = http["http://".Length..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        return colon > authority.LastIndexOf(']')
            && int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var urlPort)
            ? urlPort
            : 80;
    }
}
