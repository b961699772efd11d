using Reader.Content;
using Reader.Essays;
using Reader.Store;

namespace Reader.Commands;

/// <summary>
/// The settings a verb sees: the configuration the site itself would read if it were started here, from the
/// same sources in the same order (appsettings files, environment variables, then <c>--Key=value</c> arguments),
/// bound to the same options classes.
/// </summary>
internal static class CommandSettings
{
    /// <summary>Splits a verb's arguments into its own and the <c>--Section:Key=value</c> settings the site would take.</summary>
    public static (IReadOnlyList<string> Arguments, IConfiguration Configuration) Read(IReadOnlyList<string> args)
    {
        var settings = args.Where(IsSetting).ToArray();
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings }).Configuration;
        return ([.. args.Where(arg => !IsSetting(arg))], configuration);
    }

    public static (ReaderOptions Reader, ContentOptions Content) Content(IConfiguration configuration)
    {
        var reader = new ReaderOptions();
        configuration.GetSection(ReaderOptions.SectionName).Bind(reader);
        var content = new ContentOptions();
        configuration.GetSection(ContentOptions.SectionName).Bind(content);
        return (reader, content);
    }

    /// <summary>A setting names a configuration key, which has a section (<c>--Reader:Content:Strict=true</c>) or is a host key (<c>--urls=…</c>).</summary>
    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);
}

/// <summary>
/// Paths on a verb's command line are the author's, taken from the folder the command was typed in. Under
/// <c>dotnet run --project</c> the app starts in the project's folder instead, so the shell's own folder
/// (<c>PWD</c>) is tried when the path is not found from the app's.
/// </summary>
internal static class CommandPaths
{
    public static string BaseFolder(string? path)
    {
        var current = Directory.GetCurrentDirectory();
        if (path is null || Path.IsPathRooted(path) || Path.Exists(Path.Combine(current, path)))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathRooted(shell) && Path.Exists(Path.Combine(shell, path))
            ? shell
            : current;
    }

    /// <summary>A path as the author would type it: relative to <paramref name="baseFolder"/> when inside it.</summary>
    public static string Display(string path, string baseFolder)
    {
        var relative = Path.GetRelativePath(baseFolder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
