using System.Diagnostics;
using System.Text.Json;
using Reader.Content;

namespace Reader.BrowserTests;

/// <summary>
/// The npm tools in tests/tools (Lighthouse, the Nu Html Checker). They must be installed (`npm ci` there):
/// a missing tool fails the test that needs it, it never skips it.
/// </summary>
internal static class Tools
{
    public static string RepositoryRoot =>
        SiteFolders.RepositoryRoot ?? throw new InvalidOperationException("Reader.sln not found above the test assembly.");

    private static string Folder => Path.Combine(RepositoryRoot, "tests", "tools", "node_modules");

    public static string Lighthouse => Require(Path.Combine(Folder, ".bin", "lighthouse"));

    public static string NuHtmlChecker => Require(Path.Combine(Folder, "vnu-jar", "build", "dist", "vnu.jar"));

    private static string Require(string path) => File.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing: run `npm ci` in tests/tools.");

    /// <summary>
    /// Runs Lighthouse on <paramref name="page"/> in Debian's Chromium with <paramref name="options"/> and returns
    /// its JSON report, kept as the artefact <paramref name="reportName"/>.
    /// </summary>
    public static async Task<JsonDocument> LighthouseAsync(Uri page, string reportName, params string[] options)
    {
        var report = Site.Artefact(reportName);
        var (exitCode, _, errors) = await RunAsync(
            Lighthouse,
            [
                page.ToString(),
                .. options,
                "--quiet",
                "--output=json",
                "--output-path=" + report,
                "--chrome-flags=" + string.Join(' ', ["--headless", .. Browser.ChromiumArgs]),
            ],
            new Dictionary<string, string> { ["CHROME_PATH"] = Browser.ExecutablePath });
        Assert.True(exitCode == 0, errors);
        return JsonDocument.Parse(await File.ReadAllTextAsync(report));
    }

    /// <summary>Runs a program to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
