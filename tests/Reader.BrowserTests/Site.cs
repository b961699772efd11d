using Microsoft.Playwright;

namespace Reader.BrowserTests;

/// <summary>The seed essay's addresses and the themes a reader can pick, as the tests use them.</summary>
internal static class Site
{
    public const string EssayPath = "/essays/putins-state-visit-to-china";
    public const string SectionPath = EssayPath + "/us-policies-and-the-pivot-to-asia";
    public const string LastSectionPath = EssayPath + "/the-future-of-the-sino-russian-partnership";

    public const string FiguresEssay = "harbour-in-pictures";
    public const string PhotoSectionPath = "/essays/" + FiguresEssay + "/a-harbour-in-pictures";
    public const string DiagramSectionPath = "/essays/" + FiguresEssay + "/charts-and-plans";

    /// <summary>Every page type the site has, by name.</summary>
    public static readonly (string Name, string Path)[] PageTypes =
    [
        ("library", "/"),
        ("essay", EssayPath),
        ("section", SectionPath),
        ("section-with-notes", "/essays/notes-and-details/where-the-claim-comes-from"),
        ("section-with-margin-notes", "/essays/notes-and-details/in-the-margin"),
        ("whole-essay", EssayPath + "/all"),
        ("section-with-figures", DiagramSectionPath),
        ("whole-essay-with-figures", "/essays/" + FiguresEssay + "/all"),
        ("series", "/series/tide-tables"),
        ("section-in-series", "/essays/spring-tides/the-second-high-water"),
        ("not-found", "/no/such/page"),
        ("settings", "/settings?returnUrl=" + Uri.EscapeDataString(SectionPath)),
    ];

    /// <summary>Each theme as a reader meets it: chosen in the settings, or "auto" under a dark-preferring browser.</summary>
    public static readonly (string Name, string Cookie, ColorScheme Scheme)[] Themes =
    [
        ("light", "light.normal.normal.serif", ColorScheme.Light),
        ("sepia", "sepia.normal.normal.serif", ColorScheme.Light),
        ("dark", "dark.normal.normal.serif", ColorScheme.Light),
        ("auto-dark", "", ColorScheme.Dark),
    ];

    public static async Task<IBrowserContext> OpenAsync(
        this Browser browser, SiteServer site, int width = 1280, int height = 900, string settings = "",
        ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await browser.Chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        if (settings.Length > 0)
        {
            await context.AddCookiesAsync([new() { Name = "reader-settings", Value = settings, Url = site.BaseAddress.ToString() }]);
        }

        return context;
    }

    /// <summary>Where test artefacts (screenshots, reports) go: TestResults/ beside the test assembly.</summary>
    public static string Artefact(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
