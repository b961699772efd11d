using System.Text.Json;

namespace Reader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ValidityTests(SiteServer site)
{
    [Fact]
    public async Task EveryPageTypeIsValidHtmlToTheNuHtmlChecker()
    {
        var checker = Tools.NuHtmlChecker;
        var folder = Directory.CreateTempSubdirectory("reader-html-");
        try
        {
            var client = site.CreateClient();
            var files = new List<string>();
            foreach (var (name, path) in Site.PageTypes)
            {
                var file = Path.Combine(folder.FullName, name + ".html");
                await File.WriteAllBytesAsync(file, await (await client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsByteArrayAsync());
                files.Add(file);
            }

            var (_, output, errors) = await Tools.RunAsync("java", ["-jar", checker, "--errors-only", "--format", "json", "--stdout", .. files]);

            using var report = JsonDocument.Parse(output.Length > 0 ? output : errors);
            var messages = report.RootElement.GetProperty("messages").EnumerateArray()
                .Select(message => $"{Path.GetFileName(message.GetProperty("url").GetString())}:{(message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)} {message.GetProperty("message").GetString()}")
                .ToArray();
            Assert.True(messages.Length == 0, string.Join('\n', messages));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ASectionPageScoresFullMarksInLighthouseForAccessibilityAndBestPractices()
    {
        var report = Site.Artefact("lighthouse-section.json");
        var (exitCode, _, errors) = await Tools.RunAsync(
            Tools.Lighthouse,
            [
                new Uri(site.BaseAddress, Site.SectionPath).ToString(),
                "--preset=desktop",
                "--quiet",
                "--output=json",
                "--output-path=" + report,
                "--only-categories=accessibility,best-practices",
                "--chrome-flags=" + string.Join(' ', ["--headless", .. Browser.ChromiumArgs]),
            ],
            new Dictionary<string, string> { ["CHROME_PATH"] = Browser.ExecutablePath });
        Assert.True(exitCode == 0, errors);

        using var result = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var categories = result.RootElement.GetProperty("categories");
        var failing = result.RootElement.GetProperty("audits").EnumerateObject()
            .Where(audit => audit.Value.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.GetDouble() < 1)
            .Select(audit => audit.Name);
        Assert.True(
            categories.GetProperty("accessibility").GetProperty("score").GetDouble() == 1
                && categories.GetProperty("best-practices").GetProperty("score").GetDouble() == 1,
            "Audits below full marks: " + string.Join(", ", failing));
    }
}
