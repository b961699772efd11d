using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Reader.Security;

/// <summary>The <c>Reader:RateLimiting:Search</c> section: how many searches one client may make per window.</summary>
internal sealed class SearchRateLimitOptions
{
    public const string SectionName = "Reader:RateLimiting:Search";

    public int PermitLimit { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Limits searches per client address with the framework's rate limiter. The limiter is keyed on the path, not
/// attached to an endpoint, so it guards <c>/search</c> whatever serves that address; other requests never
/// reach it, so they take none of its locks.
/// </summary>
internal static class SearchRateLimit
{
    public const string SearchPath = "/search";

    public static WebApplicationBuilder AddSearchRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchRateLimitOptions>()
            .BindConfiguration(SearchRateLimitOptions.SectionName)
            .Validate(options => options.PermitLimit > 0, "Reader:RateLimiting:Search:PermitLimit must be at least 1.")
            .Validate(options => options.Window > TimeSpan.Zero, "Reader:RateLimiting:Search:Window must be a positive time span such as 00:01:00.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<SearchRateLimitOptions>>((limiter, search) =>
            {
                var limit = search.Value;
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }));
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = WriteTooManyRequestsAsync;
            });
        return builder;
    }

    public static IApplicationBuilder UseSearchRateLimit(this IApplicationBuilder app) =>
        app.UseWhen(context => IsSearch(context.Request.Path), search => search.UseRateLimiter());

    private static bool IsSearch(PathString path) => path.StartsWithSegments(SearchPath, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(TooManyRequestsPage(seconds), cancellationToken);
    }

    /// <summary>
    /// A whole page written by the limiter itself: the rejected request never reaches Razor Pages. It holds no
    /// text from the request, only the number of seconds to wait.
    /// </summary>
    private static string TooManyRequestsPage(int seconds) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Too many searches</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
            <main id="main">
                <h1>Too many searches</h1>
                <p>You have searched a lot in a short time. Please wait {seconds} {(seconds == 1 ? "second" : "seconds")} and try again.</p>
                <p><a href="/">Browse all essays</a></p>
            </main>
        </body>
        </html>
        """;
}
