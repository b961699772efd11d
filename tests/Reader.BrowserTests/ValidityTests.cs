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
        using var result = await Tools.LighthouseAsync(
            new Uri(site.BaseAddress, Site.SectionPath), "lighthouse-section.json", "--preset=desktop", "--only-categories=accessibility,best-practices");
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
