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
    /// </summary>
    public static WebApplication MapReadingSettings(this WebApplication app)
    {
        app.MapMethods(ReadingStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ReadingStylesheet stylesheet) =>
        {
            var settings = ReadingSettings.For(context.Request);
            var entityTag = $"\"{stylesheet.EntityTag(settings)}\"";
            var headers = context.Response.Headers;
            headers.CacheControl = "private, no-cache";
            headers.Vary = "Cookie";
            headers.ETag = entityTag;
            if (context.Request.Headers.IfNoneMatch.Any(tag => tag is not null && tag.Split(',').Any(one => one.Trim() == entityTag || one.Trim() == "*")))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(stylesheet.For(settings), "text/css; charset=utf-8");
        });
        return app;
    }

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
