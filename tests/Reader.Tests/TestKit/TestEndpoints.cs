using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Tests;

/// <summary>
/// Adds an address that exists only in a test host, behind the app's whole pipeline: it answers requests that no
/// page matched, so it meets exactly the middleware a real page meets.
/// </summary>
internal sealed class TestEndpoint(string path, RequestDelegate handler) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, rest) => context.Request.Path == path ? handler(context) : rest(context));
    };
}

internal static class TestEndpoints
{
    public static WebApplicationFactory<Program> With(this ReaderApp app, string path, RequestDelegate handler) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new TestEndpoint(path, handler))));

    public static HttpClient CreateReader(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
