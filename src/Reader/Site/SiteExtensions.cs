using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Reader.Site;

internal static class SiteExtensions
{
    /// <summary>Registers the validated site settings (<c>Reader:Site</c>) and the clock citations date themselves by.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
