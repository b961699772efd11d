using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Reading;

namespace Reader.Pages;

/// <summary>
/// The reading-settings form posts here: the settings go into the reader's cookie and the reader goes back to
/// the page they came from (303, so a reload doesn't post again). This works without JavaScript.
/// </summary>
/// <remarks>
/// No antiforgery token: the post only changes how pages look for the one who sends it, and a token would make
/// every replica depend on machine-local data-protection keys.
/// </remarks>
[IgnoreAntiforgeryToken]
internal sealed class SettingsModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? theme, string? size, string? width, string? font, string? returnUrl)
    {
        // The form checks nothing (every reader gets the same page), so a group the reader left alone is not sent
        // and keeps its current value.
        var current = ReadingSettings.For(Request);
        Response.Remember(ReadingSettings.From(theme ?? current.Theme, size ?? current.TextSize, width ?? current.LineWidth, font ?? current.Typeface));
        Response.Headers.Location = IsSafeReturn(returnUrl) ? returnUrl : "/";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Only a path on this site, in plain ASCII (a header can't carry anything else), is a place to return to.</summary>
    private bool IsSafeReturn([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith('/') && returnUrl.All(c => c is > ' ' and < '\u007f');
}
