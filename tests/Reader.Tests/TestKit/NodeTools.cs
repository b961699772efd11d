using System.Diagnostics;

namespace Reader.Tests;

/// <summary>
/// The reference tools in tests/tools, run with node: a script reads its input on stdin and prints its answer.
/// A tool that is not installed fails the test that needs it, with how to install it; it never skips it.
/// </summary>
internal static class NodeTools
{
    /// <summary>What <paramref name="script"/> prints for <paramref name="input"/>; <paramref name="packages"/> must be installed.</summary>
    public static async Task<string> RunAsync(string script, string input, string[] packages, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder(packages), RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"node is not on the PATH: {script} needs Node.js (.ci/install-test-tools installs it).", exception);
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(process.ExitCode == 0, $"node {script} failed: {await errors}");
            return await output;
        }
    }

    private static string Folder(string[] packages)
    {
        var root = Reader.Content.SiteFolders.RepositoryRoot ?? throw new InvalidOperationException("Reader.sln not found above the test assembly.");
        var tools = Path.Combine(root, "tests", "tools");
        var missing = packages.Where(package => !Directory.Exists(Path.Combine(tools, "node_modules", package))).ToArray();
        return missing.Length == 0
            ? tools
            : throw new InvalidOperationException($"{string.Join(" and ", missing)} not installed in {tools}: run `npm ci --ignore-scripts` there (.ci/install-test-tools does).");
    }
}
