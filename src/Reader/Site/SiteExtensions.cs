using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reader.Essays;

namespace Reader.Site;

internal static class SiteExtensions
{
    /// <summary>Registers the validated site settings (<c>Reader:Site</c>), the essay defaults they give, and the clock citations date themselves by.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        // What an essay that says nothing of its language or author is taken to be: the store reads essays
        // with these, and knows nothing of the site.
        builder.Services.AddSingleton(services =>
        {
            var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
            return new EssayDefaults(site.Language, site.DefaultAuthors);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<BaseUrlCheck>();
        return builder;
    }
}

/// <summary>
/// A loopback base URL is right on a laptop and wrong anywhere else: every canonical link, feed entry and
/// citation would point readers at their own machine. It is a valid setting, so it is only a warning.
/// </summary>
internal sealed partial class BaseUrlCheck(IOptions<SiteOptions> site, IHostEnvironment environment, ILogger<BaseUrlCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() && site.Value.BaseUrl.IsLoopback)
        {
            LogLoopbackBaseUrl(site.Value.BaseUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reader:Site:BaseUrl is {BaseUrl}: canonical links, the feed, the sitemap and citations will point there; set it to the site's public address")]
    private partial void LogLoopbackBaseUrl(Uri baseUrl);
}
