using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reader.Essays;
using Reader.Store;

namespace Reader.Tests.Health;

[Collection(AppCollection.Name)]
public sealed class HealthTests(SeedSite site)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task AStartedSiteIsAliveAndReadyAndTheAnswerIsNeverCached(string path)
    {
        using var response = await site.App.CreateReader().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task TheSiteIsAliveButNotReadyUntilTheLibraryIsLoaded()
    {
        using var app = new ReaderApp();
        using var unloaded = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var loading = services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(InitialLoadGate));
            services.Remove(loading);
        }));
        var client = unloaded.CreateReader();

        using var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var loading = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        unloaded.Services.GetRequiredService<LibraryStore>().Replace(Library.Empty);
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(200, (int)alive.StatusCode);
        Assert.Equal(503, (int)loading.StatusCode);
        Assert.True(loading.Headers.CacheControl?.NoStore);
        Assert.Equal(200, (int)ready.StatusCode);
    }
}
