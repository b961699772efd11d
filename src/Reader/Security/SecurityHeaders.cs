namespace Reader.Security;

/// <summary>
/// The headers every response carries, pages, static files, errors and probes alike. They are added when the
/// response starts, so that a response cleared by the exception handler still gets them.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Every powerful feature a reading site never needs, denied to the page and anything it embeds.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), ambient-light-sensor=(), autoplay=(), bluetooth=(), browsing-topics=(), camera=(), "
        + "display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
        + "interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
        + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            // A response with a stricter policy of its own (an SVG figure's) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
