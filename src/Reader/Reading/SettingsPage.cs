namespace Reader.Reading;

/// <summary>
/// The reading-settings page, <c>/settings?returnUrl=…</c>: every page's header links to it with its own address,
/// and its form sends the reader back there. Only a path on this site, in plain ASCII (a Location header can't
/// carry anything else), is a place to return to; anything else is the library.
/// </summary>
internal static class SettingsPage
{
    public const string Path = "/settings";
    public const string ReturnKey = "returnUrl";

    private const string Library = "/";

    /// <summary>The settings page's address for a reader coming from <paramref name="returnPath"/>.</summary>
    public static string For(string returnPath) => Path + Query(ReturnPath(returnPath));

    /// <summary>The query the settings page reads, in one form: none for the library, else the escaped return path.</summary>
    public static string Query(string returnPath) =>
        returnPath == Library ? "" : QueryString.Create(ReturnKey, returnPath).Value ?? "";

    public static string ReturnPath(string? returnUrl) => IsOnThisSite(returnUrl) ? returnUrl : Library;

    private static bool IsOnThisSite([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is ['/', ..] && url is not ['/', '/' or '\\', ..] && url.All(c => c is > ' ' and < '\u007f');
}
