using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Reader.Store;

namespace Reader.Metrics;

internal static class MetricsExtensions
{
    /// <summary>
    /// The framework's own meters, which already measure what an operator asks about: requests by route and
    /// status with their latency (Hosting), connections (Kestrel), refused searches (RateLimiting), unhandled
    /// errors (Diagnostics), and the garbage collector, heap, thread pool and CPU (System.Runtime, built into .NET).
    /// </summary>
    private static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Diagnostics",
        "System.Runtime",
    ];

    /// <summary>
    /// OpenTelemetry metrics exported for Prometheus on a port of their own (<c>Reader:Metrics:Port</c>), off
    /// without one: then no meter is listened to and nothing is measured.
    /// </summary>
    public static WebApplicationBuilder AddMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.SectionName)
            .Validate(options => options.Port is null or (> 0 and <= 65535), "Reader:Metrics:Port must be a port number from 1 to 65535.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SearchQueries>();
        builder.Services.AddSingleton<LibraryGauges>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("reader"))
            .WithMetrics(metrics => metrics
                // Prometheus asks every 15 s or so; each scrape should see the counts as they are.
                .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        // Decided once the options are bound, so that every source of configuration counts.
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, meters) =>
        {
            if (services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port is not null)
            {
                meters.AddMeter([.. FrameworkMeters, LibraryMetrics.MeterName]);
            }
        });

        // The server's addresses are settled before the host is built, so the port is read now, as written.
        if (builder.Configuration[ScrapePort.Key] is { Length: > 0 } written)
        {
            ScrapePort.Listen(builder, ScrapePort.Parse(written));
        }

        return builder;
    }

    /// <summary>
    /// On the scrape port, <c>/metrics</c> and a bare 404 for anything else; on the site's own port <c>/metrics</c>
    /// is an unknown address like any other. It stands before the rate limit, the page cache and the request log,
    /// and scrapes are left out of the request metrics, so scraping never shows up in what it reports.
    /// </summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port is not { } port)
        {
            return app;
        }

        _ = app.Services.GetRequiredService<LibraryGauges>();
        app.MapWhen(context => context.Connection.LocalPort == port, scrapes =>
        {
            scrapes.Use((context, next) =>
            {
                context.Features.Get<IHttpMetricsTagsFeature>()?.MetricsDisabled = true;
                return next(context);
            });
            scrapes.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == MetricsOptions.ScrapePath);
            scrapes.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }

    /// <summary>Counts searches; belongs after the search rate limit and before the page cache (<see cref="SearchQueries"/>).</summary>
    public static WebApplication UseSearchMetrics(this WebApplication app)
    {
        var queries = app.Services.GetRequiredService<SearchQueries>();
        app.Use(queries.CountAsync);
        return app;
    }
}
