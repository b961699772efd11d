using Reader.Health;
using Reader.Security;
using Serilog;

namespace Reader.Hosting;

/// <summary>
/// One log event per request (Serilog's request logging): method, path without its query, status, elapsed time,
/// and the essay and section read. Health probes are left out; of query strings only the search terms are kept.
/// </summary>
internal static class RequestLogging
{
    /// <summary>
    /// Serilog's default template, but for <c>{Elapsed:0.0000}</c>: a format makes every line render the number a
    /// second time through a custom numeric format (the compact JSON's <c>@r</c>), which took a sixth of the CPU
    /// of serving a cached page (tests/load/README.md, 'What the request log costs').
    /// </summary>
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseWhen(context => !HealthEndpoints.IsProbe(context.Request), logged => logged.UseSerilogRequestLogging(options =>
        {
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = MessageTemplate;
            options.EnrichDiagnosticContext = Enrich;
        }));

    private static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        if (context.GetRouteValue("essay") is string essay)
        {
            diagnostics.Set("Essay", essay);
        }

        if (context.GetRouteValue("section") is string section)
        {
            diagnostics.Set("Section", section);
        }

        if (context.Request.Path.StartsWithSegments(SearchRateLimit.SearchPath, StringComparison.OrdinalIgnoreCase)
            && context.Request.Query.TryGetValue("q", out var query))
        {
            diagnostics.Set("SearchQuery", query.ToString());
        }
    }
}
