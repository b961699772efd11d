using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reader.Essays;
using Reader.Store;

namespace Reader.Health;

/// <summary>
/// <c>/healthz</c> answers while the process can serve at all (liveness); <c>/readyz</c> only once the library is
/// loaded (readiness). Both are answered from memory and sent with <c>Cache-Control: no-store</c>.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    private const string ReadinessTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<LibraryLoadedCheck>("library", tags: [ReadinessTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });
        return endpoints;
    }

    public static bool IsProbe(HttpRequest request) =>
        request.Path.Equals(LivenessPath, StringComparison.OrdinalIgnoreCase)
        || request.Path.Equals(ReadinessPath, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Ready once the first library has been swapped into the store.</summary>
internal sealed class LibraryLoadedCheck(LibraryStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The library is still loading."));
}
