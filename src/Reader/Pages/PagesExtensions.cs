using System.Text.Encodings.Web;
using System.Text.Unicode;
using Reader.Reading;

namespace Reader.Pages;

internal static class PagesExtensions
{
    /// <summary>
    /// Registers the Razor Pages and an HTML encoder that leaves every script as it is: essays in Cyrillic or
    /// Chinese stay readable in the page source, and only the characters HTML needs escaped are escaped. Which
    /// methods reach a page at all is decided before routing (<c>UseAllowedMethods</c>), and each page has a
    /// handler for every method let through.
    /// </summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.AddReadingSettings();
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}
