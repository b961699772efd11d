using AngleSharp.Dom;
using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>
/// Known cross-site scripting payloads, written into an essay, never reach a page as something a browser
/// would run, whether raw HTML is escaped (the default) or sanitized (<c>Reader:Content:AllowHtml</c>).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SafeHtmlTests : IDisposable
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "<a href=\"&#106;avascript:alert(1)\">click</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">styled</div>",
        "<style>body { background: red }</style>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)><summary>s</summary></details>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "[link](javascript:alert(1))",
        "[link](JaVaScRiPt:alert(1))",
        "[link](java&#115;cript:alert(1))",
        "[link](vbscript:msgbox(1))",
        "[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![image](javascript:alert(1))",
        "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[reference][r]\n\n[r]: javascript:alert(1)",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "Footnote[^x].\n\n[^x]: <script>alert(1)</script> [note](javascript:alert(1))",
        "<a href=\"https://example.com\" onclick=\"alert(1)\" onmouseover=\"alert(1)\">hover</a>",
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster", "background"];

    private readonly TempContent content = new();

    public SafeHtmlTests()
    {
        var sections = Payloads.Select((payload, i) => $"## Payload {i + 1}\n\nBefore.\n\n{payload}\n\nAfter.");
        content.Write("xss.md", "# XSS <script>alert(1)</script>\n\n" + string.Join("\n\n", sections));
    }

    public void Dispose() => content.Dispose();

    private static IEnumerable<string> PagePaths() =>
        ["/", "/essays/xss", "/essays/xss/all", .. Enumerable.Range(1, Payloads.Length).Select(i => $"/essays/xss/payload-{i}")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NoPageCarriesAScriptAnEventHandlerOrAScriptAddress(bool allowHtml)
    {
        using var app = new ReaderApp(content.FullName);
        app.Settings["Reader:Content:AllowHtml"] = allowHtml ? "true" : "false";
        var client = app.CreateReader();

        foreach (var path in PagePaths())
        {
            var page = await app.GetPageAsync(path, client);
            Assert.Equal(200, page.Status);
            var elements = page.Document.All;
            // The site's own script is a file; JSON-LD is a data block browsers never run.
            Assert.All(
                elements.Where(element => element.LocalName == "script" && element.GetAttribute("type") != "application/ld+json"),
                script => Assert.StartsWith("/", script.GetAttribute("src") ?? "", StringComparison.Ordinal));
            Assert.DoesNotContain(elements, element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(elements, element => element.HasAttribute("style") || element.LocalName is "style" or "iframe" or "object" or "embed" or "base");
            // The site's own forms (search, reading settings) sit outside the essay's text.
            Assert.Empty(page.Document.QuerySelectorAll("article form"));
            Assert.DoesNotContain(elements, element => element.LocalName == "meta" && element.HasAttribute("http-equiv"));
            Assert.DoesNotContain(elements, element => UrlAttributes.Any(name => SafeLinksExtension.IsUnsafe(element.GetAttribute(name))));
        }
    }

    [Fact]
    public async Task AllowedHtmlKeepsHarmlessMarkup()
    {
        content.Write("markup.md", "# Markup\n\nWater is H<sub>2</sub>O, <abbr title=\"for example\">e.g.</abbr> <script>alert(1)</script>");
        using var app = new ReaderApp(content.FullName);
        app.Settings["Reader:Content:AllowHtml"] = "true";

        var paragraph = (await app.GetPageAsync("/essays/markup/markup")).One("article p#p1");

        Assert.Equal("2", paragraph.QuerySelector("sub")?.TextContent);
        Assert.Equal("for example", paragraph.QuerySelector("abbr")?.GetAttribute("title"));
        Assert.Null(paragraph.QuerySelector("script"));
    }

    [Fact]
    public async Task RawHtmlIsShownAsTextByDefault()
    {
        content.Write("markup.md", "# Markup\n\nWater is H<sub>2</sub>O.");
        using var app = new ReaderApp(content.FullName);

        var paragraph = (await app.GetPageAsync("/essays/markup/markup")).One("article p#p1");

        Assert.Equal("Water is H<sub>2</sub>O.", paragraph.TextContent);
        Assert.DoesNotContain(paragraph.Children, child => !child.ClassList.Contains("permalink"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "x")]
    [InlineData("[x](  JAVASCRIPT:alert(1))", "x")]
    [InlineData("[x](vbscript:msgbox)", "x")]
    [InlineData("[x](data:text/html,hi)", "x")]
    [InlineData("![alt](javascript:alert(1))", "alt")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void UnsafeMarkdownLinksKeepOnlyTheirText(string markdown, string text)
    {
        var essay = EssayParser.Parse("essay", $"# T\n\n{markdown}", "essay.md", new List<ContentProblem>());

        var section = Assert.IsType<Essay>(essay).Sections[0];
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(section.Html);
        Assert.Empty(html.QuerySelectorAll("a:not(.permalink), img"));
        Assert.Equal(text, SectionText.Of(section).Text);
    }

    [Theory]
    [InlineData("[x](https://example.com)", "https://example.com")]
    [InlineData("[x](/essays/other)", "/essays/other")]
    [InlineData("[x](#p1)", "#p1")]
    [InlineData("[x](mailto:someone@example.com)", "mailto:someone@example.com")]
    public void SafeLinksStayLinks(string markdown, string href)
    {
        var essay = EssayParser.Parse("essay", $"# T\n\n{markdown}", "essay.md", new List<ContentProblem>());

        Assert.Contains($"href=\"{href}\"", Assert.IsType<Essay>(essay).Sections[0].Html, StringComparison.Ordinal);
    }
}
