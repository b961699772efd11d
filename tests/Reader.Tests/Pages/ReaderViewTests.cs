using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Tests.Pages;

/// <summary>
/// Every section page and the whole-essay page read well in Firefox's Reader View: @mozilla/readability, the
/// library it uses, run with jsdom (tests/tools/readability.js), keeps every paragraph and every footnote. It
/// needs node on the PATH and `npm ci` in tests/tools; without them these tests fail, they never skip.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReaderViewTests(SeedSite site) : IDisposable
{
    private const string NotesEssay = "field-notes";
    private static readonly HtmlParser Parser = new();
    private readonly ReaderApp notes = LibrarySite.Create("Production", Path.Combine(AppContext.BaseDirectory, "Fixtures", "books"));

    public void Dispose() => notes.Dispose();

    private sealed record ReaderView(bool Readerable, string? Title, string? Content);

    /// <summary>What Readability makes of the page's HTML at its address.</summary>
    private static async Task<ReaderView> ReadabilityAsync(string html, Uri address) =>
        JsonSerializer.Deserialize<ReaderView>(
            await NodeTools.RunAsync("readability.js", html, ["@mozilla/readability", "jsdom"], address.AbsoluteUri), JsonSerializerOptions.Web)!;

    /// <summary>Text as a reader sees it: the margin copies of notes left out (Readability drops aria-hidden), white space as one space.</summary>
    private static string Shown(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".sidenote, [aria-hidden=true]"))
        {
            hidden.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static TheoryData<string> Essays => new(SeedEssay.Slug, NotesEssay);

    [Theory]
    [MemberData(nameof(Essays))]
    public async Task ReaderViewKeepsEveryParagraphAndFootnoteOfEverySectionAndOfTheWholeEssay(string essay)
    {
        var app = essay == NotesEssay ? notes : site.App;
        string[] paths = [.. await app.SectionPathsAsync(essay), $"/essays/{essay}/all"];
        Assert.True(paths.Length > 2);
        var footnotes = 0;
        foreach (var path in paths)
        {
            var page = await app.GetPageAsync(path);
            var html = await page.Response.Content.ReadAsStringAsync();
            var view = await ReadabilityAsync(html, new Uri(new Uri("https://reader.example/"), path));

            Assert.True(view.Content is not null, $"Reader View keeps nothing of {path}.");
            var kept = Parser.ParseDocument(view.Content);
            var keptParagraphs = kept.QuerySelectorAll("p").Select(Shown).ToHashSet(StringComparer.Ordinal);
            var keptText = Shown(kept.Body!);
            var paragraphs = page.Document.QuerySelectorAll("article p[id^=p]").Select(Shown).ToArray();
            Assert.NotEmpty(paragraphs);
            Assert.All(paragraphs, paragraph => Assert.True(keptParagraphs.Contains(paragraph), $"Reader View loses this paragraph of {path}: {paragraph}"));
            var notesHere = page.Document.QuerySelectorAll("article .footnotes li").Select(Shown).ToArray();
            footnotes += notesHere.Length;
            Assert.All(notesHere, note => Assert.True(keptText.Contains(note, StringComparison.Ordinal), $"Reader View loses this footnote of {path}: {note}"));
        }

        Assert.True(essay != NotesEssay || footnotes > 0, "The fixture's footnotes were not found on its pages.");
    }
}
