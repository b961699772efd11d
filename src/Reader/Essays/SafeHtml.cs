using Ganss.Xss;

namespace Reader.Essays;

/// <summary>
/// Rendered essay HTML with raw HTML allowed, cleaned by HtmlSanitizer: no scripts, event handlers,
/// <c>javascript:</c> addresses, frames, forms or styles survive. What Markdown itself produces (ids, footnote
/// classes) is kept.
/// </summary>
internal static class SafeHtml
{
    // A configured HtmlSanitizer is safe to share between threads.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        // An essay has no use for forms, and a form is how a page is made to ask for a reader's password.
        foreach (var tag in new[] { "style", "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // Margin notes are hidden from assistive technology, their links from the keyboard (Sidenotes.cs).
        sanitizer.AllowedAttributes.Add("aria-hidden");
        sanitizer.AllowedAttributes.Add("tabindex");
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
