using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reader.Tests.Books;

/// <summary>
/// The W3C's EPUB checker, the reference for what a valid EPUB is: Debian's <c>epubcheck</c> package, installed by
/// <c>.ci/install-test-tools</c>, run as <c>java -jar</c> (the package's wrapper script needs binfmt support).
/// </summary>
public static partial class Epubcheck
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    /// <summary>Checks the bytes of an EPUB; returns the checker's report, whose summary line says what it found.</summary>
    public static async Task<EpubcheckReport> CheckAsync(byte[] epub, string name)
    {
        Assert.True(File.Exists(Jar), $"epubcheck is not installed at {Jar}: run .ci/install-test-tools");
        var folder = Directory.CreateTempSubdirectory("reader-epubcheck-");
        try
        {
            var path = Path.Combine(folder.FullName, name + ".epub");
            await File.WriteAllBytesAsync(path, epub);
            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-jar", Jar, path })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new EpubcheckReport(process.ExitCode, (await output) + (await errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"Messages: (?<fatals>\d+) fatals? / (?<errors>\d+) errors? / (?<warnings>\d+) warnings?")]
    internal static partial Regex Summary();
}

public sealed record EpubcheckReport(int ExitCode, string Output)
{
    /// <summary>The fatals, errors and warnings of the summary line; fails when there is none.</summary>
    public (int Fatals, int Errors, int Warnings) Counts
    {
        get
        {
            var match = Epubcheck.Summary().Match(Output);
            Assert.True(match.Success, $"epubcheck gave no summary:\n{Output}");
            return (int.Parse(match.Groups["fatals"].Value), int.Parse(match.Groups["errors"].Value), int.Parse(match.Groups["warnings"].Value));
        }
    }
}
