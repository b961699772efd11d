namespace Reader.Store;

internal static class ContentReloadExtensions
{
    /// <summary>Reloads the library while the site runs when content files change (<c>Reader:Content:Watch</c>).</summary>
    public static WebApplicationBuilder AddContentReload(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LibraryReloader>();
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }
}
