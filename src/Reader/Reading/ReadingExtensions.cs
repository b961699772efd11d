using Microsoft.Extensions.Primitives;

namespace Reader.Reading;

internal static class ReadingExtensions
{
    /// <summary>How long a reader's settings are remembered after the last change.</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddReadingSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReadingStylesheet>();
        return builder;
    }

    /// <summary>
    /// Answers the settings stylesheet for the cookie the request carries. It is <c>private</c>, so no shared
    /// cache ever holds one reader's choice, and <c>no-cache</c> with an ETag, so a browser asks again on every
    /// page (a 304 without a body while nothing changed): Chromium's in-memory cache reuses a stylesheet across
    /// pages without looking at <c>Vary: Cookie</c>, so a longer lifetime kept the old settings after a change.
    /// The tag is weak because response compression sends the same CSS in several codings under it.
    /// </summary>
    public static WebApplication MapReadingSettings(this WebApplication app)
    {
        app.MapMethods(ReadingStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ReadingStylesheet stylesheet) =>
        {
            var settings = ReadingSettings.For(context.Request);
            var entityTag = $"W/\"{stylesheet.EntityTag(settings)}\"";
            var headers = context.Response.Headers;
            headers.CacheControl = "private, no-cache";
            headers.Vary = "Cookie";
            headers.ETag = entityTag;
            if (WeaklyMatches(context.Request.Headers.IfNoneMatch, entityTag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(stylesheet.For(settings), "text/css; charset=utf-8");
        });
        return app;
    }

    /// <summary>If-None-Match compares tags weakly (RFC 9110 §13.1.2): <c>W/"x"</c> and <c>"x"</c> are the same tag.</summary>
    private static bool WeaklyMatches(StringValues ifNoneMatch, string entityTag)
    {
        var opaque = Opaque(entityTag);
        return ifNoneMatch.SelectMany(value => (value ?? "").Split(','))
            .Select(tag => tag.Trim())
            .Any(tag => tag == "*" || Opaque(tag) == opaque);
    }

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    /// <summary>Stores the settings in the reader's cookie, or removes the cookie when they are all defaults.</summary>
    public static void Remember(this HttpResponse response, ReadingSettings settings)
    {
        var options = new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = Remembered,
        };
        if (settings.IsDefault)
        {
            response.Cookies.Delete(ReadingSettings.CookieName, options);
        }
        else
        {
            response.Cookies.Append(ReadingSettings.CookieName, settings.ToCookie(), options);
        }
    }
}
