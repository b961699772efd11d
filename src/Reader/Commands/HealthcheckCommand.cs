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

    public static async Task<int> RunAsync(IReadOnlyList<string> commandLine)
    {
        var (_, configuration) = CommandSettings.Read(commandLine);
        var address = new Uri($"http://localhost:{Port(configuration)}/healthz");
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
    /// The port the site listens on, read as Kestrel reads it: <c>HTTP_PORTS</c> (<c>ASPNETCORE_HTTP_PORTS</c>)
    /// first, else the first <c>http://</c> address in <c>URLS</c> (<c>ASPNETCORE_URLS</c>, <c>--urls</c>), else
    /// the container default.
    /// </summary>
    public static int Port(IConfiguration configuration)
    {
        if (configuration["HTTP_PORTS"] is { } ports
            && int.TryParse(ports.Split([';', ','], StringSplitOptions.TrimEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return port;
        }

        var http = (configuration["URLS"] ?? "")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(BindingAddress.Parse)
            .FirstOrDefault(binding => binding.Scheme == Uri.UriSchemeHttp);
        return http?.Port ?? DefaultPort;
    }
}
