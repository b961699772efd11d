using Microsoft.Extensions.Configuration;
using Reader.Commands;

namespace Reader.Tests.Commands;

public sealed class HealthcheckCommandTests
{
    [Theory]
    [InlineData(null, null, 8080)]
    [InlineData("5000", null, 5000)]
    [InlineData("5000;5001", "http://+:9000", 5000)]
    [InlineData(null, "http://+:9000", 9000)]
    [InlineData(null, "https://+:8443;http://*:9001", 9001)]
    [InlineData(null, "http://[::]:9002/", 9002)]
    [InlineData(null, "http://localhost", 80)]
    [InlineData(null, "https://+:8443", 8080)]
    public void TheProbeAsksThePortTheSiteListensOn(string? httpPorts, string? urls, int expected)
    {
        // The keys the host makes of ASPNETCORE_HTTP_PORTS and ASPNETCORE_URLS.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["HTTP_PORTS"] = httpPorts, ["URLS"] = urls })
            .Build();

        Assert.Equal(expected, HealthcheckCommand.Port(configuration));
    }
}
