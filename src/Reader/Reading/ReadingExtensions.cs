namespace Reader.Reading;

internal static class ReadingExtensions
{
    /// <summary>How long a reader's settings are remembered after the last change.</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

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
