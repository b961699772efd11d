using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reader.Reading;

namespace Reader.Pages;

/// <summary>
/// The reading-settings page (<c>GET /settings?returnUrl=…</c>) and its form: the settings go into the reader's
/// cookie and the reader goes back to the page they came from (303, so a reload doesn't post again). This works
/// without JavaScript, and the page is the same for every reader of its address.
/// </summary>
/// <remarks>
/// No antiforgery token: the post only changes how pages look for the one who sends it, and a token would make
/// every replica depend on machine-local data-protection keys.
/// </remarks>
[IgnoreAntiforgeryToken]
internal sealed class SettingsModel : PageModel
{
    /// <summary>The page the reader came from and goes back to.</summary>
    public string ReturnPath { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnPath = SettingsPage.ReturnPath(returnUrl);

    public IActionResult OnPost(string? theme, string? size, string? width, string? font, string? align, string? returnUrl)
    {
        // The form checks nothing (every reader gets the same page), so a group the reader left alone is not sent
        // and keeps its current value.
        var current = ReadingSettings.For(Request);
        Response.Remember(ReadingSettings.From(
            theme ?? current.Theme, size ?? current.TextSize, width ?? current.LineWidth, font ?? current.Typeface, align ?? current.Alignment));
        Response.Headers.Location = SettingsPage.ReturnPath(returnUrl);
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
