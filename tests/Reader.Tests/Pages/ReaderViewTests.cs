using System.Diagnostics;
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

    private static string ToolsFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Reader.sln")))
                {
                    var tools = Path.Combine(folder.FullName, "tests", "tools");
                    return Directory.Exists(Path.Combine(tools, "node_modules", "@mozilla", "readability")) && Directory.Exists(Path.Combine(tools, "node_modules", "jsdom"))
                        ? tools
                        : throw new InvalidOperationException($"@mozilla/readability and jsdom are not installed in {tools}: run `npm ci --ignore-scripts` there (.ci/install-test-tools does).");
                }
            }

            throw new InvalidOperationException("Reader.sln not found above the test assembly.");
        }
    }

    /// <summary>What Readability makes of the page's HTML at its address.</summary>
    private static async Task<ReaderView> ReadabilityAsync(string html, Uri address)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = ToolsFolder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("readability.js");
        start.ArgumentList.Add(address.AbsoluteUri);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node is not on the PATH: the Reader View check needs Node.js (.ci/install-test-tools installs it).", exception);
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(html);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(process.ExitCode == 0, $"node readability.js failed: {await errors}");
            return JsonSerializer.Deserialize<ReaderView>(await output, JsonSerializerOptions.Web)!;
        }
    }

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
