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
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
