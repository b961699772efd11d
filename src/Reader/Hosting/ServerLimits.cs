using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Reader.Hosting;

/// <summary>
/// What the server itself accepts and reveals: no <c>Server</c> header, small request limits (a reader only
/// sends short GETs and one small form).
/// </summary>
internal static class ServerLimits
{
    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 4 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024;
        });

        // Registered after the defaults above, so that Kestrel__Limits__* settings override them.
        builder.Services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));

        return builder;
    }
}
