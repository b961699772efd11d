using Microsoft.Extensions.Options;
using Reader.Content;

namespace Reader.Essays;

internal static class EssaysExtensions
{
    /// <summary>Registers the content store, loaded from the content folder when the host starts.</summary>
    public static WebApplicationBuilder AddEssays(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReaderOptions>()
            .BindConfiguration(ReaderOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.ContentPath), "Reader:ContentPath must name a folder.")
            .ValidateOnStart();
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .Validate(options => options.MaxFileBytes > 0, "Reader:Content:MaxFileBytes must be a positive number of bytes.")
            .Validate(options => options.MaxImageBytes > 0, "Reader:Content:MaxImageBytes must be a positive number of bytes.")
            .Validate(options => options.PollingInterval is null || options.PollingInterval > TimeSpan.Zero, "Reader:Content:PollingInterval must be a positive time span (for example 00:00:02).")
            .ValidateOnStart();
        builder.Services.AddSingleton<LibraryStore>();
        builder.Services.AddSingleton<EssayLoader>();
        builder.Services.AddSingleton<StartupLoad>();
        builder.Services.AddHostedService<LibraryLoading>();
        return builder;
    }

    /// <summary>
    /// Starts reading the content folder now, on another thread, so that it overlaps building the middleware
    /// pipeline and starting the host; the server still takes no request before the library is in place.
    /// </summary>
    public static WebApplication BeginLoadingEssays(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<StartupLoad>().Begin();
        return app;
    }
}

/// <summary>The read of the content folder at start-up, begun as early as the app can begin it.</summary>
internal sealed class StartupLoad(EssayLoader loader)
{
    private Task<LibraryLoad>? loading;

    public string ContentPath => loader.ContentPath;

    /// <summary>The load, started now unless it has started already.</summary>
    public Task<LibraryLoad> Begin() => loading ??= Task.Run(loader.Load);
}

/// <summary>
/// Puts the start-up load in place before the server takes its first request. With <c>Reader:Content:Strict</c>
/// any content error stops the start instead, so that CI and image builds cannot ship a library with essays missing.
/// </summary>
internal sealed class LibraryLoading(StartupLoad startup, LibraryStore store, IOptions<ContentOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var load = await startup.Begin().WaitAsync(cancellationToken);
        if (options.Value.Strict && load.ErrorCount > 0)
        {
            throw new InvalidOperationException(
                $"Reader:Content:Strict is set and the content in {startup.ContentPath} has {load.ErrorCount} error(s), logged above; the site does not start.");
        }

        store.Replace(load.Library);
        // Parsing leaves several times the library's size in dead syntax trees; one compacting collection now
        // returns that memory before the first request instead of whenever the heap next fills up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
