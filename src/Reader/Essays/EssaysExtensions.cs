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
            .Validate(options => options.PollingInterval is null || options.PollingInterval > TimeSpan.Zero, "Reader:Content:PollingInterval must be a positive time span (for example 00:00:02).")
            .ValidateOnStart();
        builder.Services.AddSingleton<LibraryStore>();
        builder.Services.AddSingleton<EssayLoader>();
        builder.Services.AddHostedService<LibraryLoading>();
        return builder;
    }
}

/// <summary>
/// Loads the library before the server takes its first request. With <c>Reader:Content:Strict</c> any content
/// error stops the start instead, so that CI and image builds cannot ship a library with essays missing.
/// </summary>
internal sealed class LibraryLoading(EssayLoader loader, LibraryStore store, IOptions<ContentOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var load = loader.Load();
        if (options.Value.Strict && load.ErrorCount > 0)
        {
            throw new InvalidOperationException(
                $"Reader:Content:Strict is set and the content in {loader.ContentPath} has {load.ErrorCount} error(s), logged above; the site does not start.");
        }

        store.Replace(load.Library);
        // Parsing leaves several times the library's size in dead syntax trees; one compacting collection now
        // returns that memory before the first request instead of whenever the heap next fills up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
