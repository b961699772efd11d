using AngleSharp.Html.Parser;

namespace Reader.Tests.Site;

/// <summary>
/// Reader's APA references against an oracle that is not Reader's code: citation-js (citeproc-js with the
/// official APA 7 CSL style, tests/tools/apa.js), fed the CSL-JSON the site serves for the same essay. It needs
/// node on the PATH and `npm ci` in tests/tools; without them these tests fail, they never skip.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ApaOracleTests(CitationSite site) : IClassFixture<CitationSite>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>What citation-js prints for the CSL-JSON, in "text" or "html".</summary>
    private static async Task<string> OracleAsync(string cslJson, string format) =>
        (await NodeTools.RunAsync("apa.js", cslJson, ["@citation-js/plugin-csl"], format)).Trim();

    private async Task<(string Text, string[] Italics, string CslJson)> OursAsync(string path)
    {
        var page = await site.App.GetPageAsync(path);
        var apa = page.Document.QuerySelectorAll("details.citation dt").Single(term => term.TextContent.Trim() == "APA").NextElementSibling!;
        var cslJson = await site.App.CreateReader().GetStringAsync(new Uri(path + "/cite.json", UriKind.Relative));
        return (apa.QuerySelector("textarea")!.TextContent, [.. apa.QuerySelectorAll("p.reference i").Select(italic => italic.TextContent)], cslJson);
    }

    [Theory]
    [InlineData("/essays/harbour-lights")]
    [InlineData("/essays/two-keepers")]
    [InlineData("/essays/three-hands")]
    [InlineData("/essays/many-hands")]
    [InlineData("/essays/harbour-lights/red-to-port")]
    public async Task OurApaReferenceIsTheOneCitationJsMakesFromOurCslJson(string path)
    {
        var (text, italics, cslJson) = await OursAsync(path);

        Assert.Equal(await OracleAsync(cslJson, "text"), text);
        var html = await Parser.ParseDocumentAsync(await OracleAsync(cslJson, "html"));
        Assert.Equal(html.QuerySelectorAll(".csl-entry i").Select(italic => italic.TextContent), italics);
    }

    /// <summary>
    /// The one known difference: the APA CSL style puts "Retrieved" before the address of every undated web
    /// page. APA 7 (9.16) asks for a retrieval date only for a page designed to change, which an essay is not,
    /// so Reader gives none.
    /// </summary>
    [Fact]
    public async Task AnUndatedEssayDiffersFromCitationJsOnlyByTheRetrievalWordApaDoesNotAskFor()
    {
        var (text, _, cslJson) = await OursAsync("/essays/health-at-sea");
        const string Url = LibrarySite.BaseUrl + "essays/health-at-sea";

        Assert.Equal("World Health Organization. (n.d.). Health at sea. Test Essays. " + Url, text);
        Assert.Equal(text.Replace(Url, "Retrieved " + Url, StringComparison.Ordinal), await OracleAsync(cslJson, "text"));
    }
}
