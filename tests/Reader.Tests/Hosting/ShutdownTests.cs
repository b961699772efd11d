using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Reader.Tests.Hosting;

/// <summary>A container stop (SIGTERM) stops the host; a reader whose page is on its way still gets all of it.</summary>
[Collection(AppCollection.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task ARequestInFlightWhenTheHostStopsIsAnsweredInFull()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var app = new ReaderApp(environment: "Production");
        // Any free loopback port: without an address of its own the host takes the default, localhost:5000,
        // which another server on the machine (the browser tests' site, a developer's) may hold.
        app.Settings["urls"] = "http://127.0.0.1:0";
        var slow = app.With("/test/slow", async context =>
        {
            arrived.SetResult();
            await release.Task;
            await context.Response.WriteAsync("the whole answer");
        });
        slow.UseKestrel(0);
        slow.StartServer();
        // A client of our own: the factory disposes the clients it made as it stops, which would cancel the request.
        var address = slow.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slow.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult);

        var answer = client.GetAsync(new Uri("/test/slow", UriKind.Relative));
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopped = slow.DisposeAsync().AsTask();
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        release.SetResult();

        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("the whole answer", await response.Content.ReadAsStringAsync());
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
