namespace Reader.Search;

internal static class SearchExtensions
{
    /// <summary>Registers the index of the served library, rebuilt whenever the library is replaced.</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LibrarySearch>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LibrarySearch>());
        return builder;
    }
}
