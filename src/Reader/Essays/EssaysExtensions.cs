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
        builder.Services.AddSingleton<LibraryStore>();
        builder.Services.AddSingleton<EssayLoader>();
        builder.Services.AddHostedService<LibraryLoading>();
        return builder;
    }
}

/// <summary>Loads the library before the server takes its first request.</summary>
internal sealed class LibraryLoading(EssayLoader loader, LibraryStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replace(loader.Load().Library);
        // Parsing leaves several times the library's size in dead syntax trees; one compacting collection now
        // returns that memory before the first request instead of whenever the heap next fills up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
