using Microsoft.Extensions.Options;
using Reader.Content;
using Reader.Essays;

namespace Reader.Store;

internal static class StoreExtensions
{
    /// <summary>
    /// Registers the library store, loaded from the content folder (<c>Reader:ContentPath</c>, read by the
    /// <c>Reader:Content</c> rules) when the host starts. The defaults for essays that name no author or
    /// language are an <see cref="EssayDefaults"/> the site registers.
    /// </summary>
    public static WebApplicationBuilder AddLibrary(this WebApplicationBuilder builder)
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
        builder.Services.AddOptions<FigureOptions>()
            .BindConfiguration(FigureOptions.SectionName)
            .Validate(options => options.Widths.All(width => width is > 0 and <= FigureOptions.MaxVariantWidth), $"Reader:Figures:VariantWidths must be widths in pixels from 1 to {FigureOptions.MaxVariantWidth}.")
            .Validate(options => options.VariantCacheBytes >= 0, "Reader:Figures:VariantCacheBytes must be a number of bytes (0 keeps none).")
            .ValidateOnStart();
        builder.Services.AddSingleton<LibraryStore>();
        builder.Services.AddSingleton<LibraryMetrics>();
        builder.Services.AddSingleton<LibraryLoader>();
        builder.Services.AddSingleton<InitialLoad>();
        builder.Services.AddHostedService<InitialLoadGate>();
        return builder;
    }

    /// <summary>
    /// Starts reading the content folder now, on another thread, so that it overlaps building the middleware
    /// pipeline and starting the host; the server still takes no request before the library is in place.
    /// </summary>
    public static WebApplication BeginLoadingLibrary(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<InitialLoad>().Start();
        return app;
    }
}

/// <summary>The first read of the content folder, begun as early as the app can begin it.</summary>
internal sealed class InitialLoad(LibraryLoader loader)
{
    private Task<LibraryBuild>? loading;

    public string ContentPath => loader.ContentPath;

    /// <summary>The load, started now unless it has started already.</summary>
    public Task<LibraryBuild> Start() => loading ??= Task.Run(loader.Load);
}

/// <summary>
/// Holds the server's start until the initial load is in place. With <c>Reader:Content:Strict</c> any content
/// error stops the start instead, so that CI and image builds cannot ship a library with essays missing.
/// </summary>
internal sealed class InitialLoadGate(InitialLoad initial, LibraryStore store, IOptions<ContentOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var load = await initial.Start().WaitAsync(cancellationToken);
        if (options.Value.Strict && load.ErrorCount > 0)
        {
            throw new InvalidOperationException(
                $"Reader:Content:Strict is set and the content in {initial.ContentPath} has {load.ErrorCount} error(s), logged above; the site does not start.");
        }

        // The syntax trees the parse leaves behind are handed back by the collection that follows the search
        // index, which is built once the server is up (LibrarySearch): a collection here would hold pages back.
        store.Replace(load.Library);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
