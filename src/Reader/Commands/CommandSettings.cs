using Reader.Content;
using Reader.Essays;

namespace Reader.Commands;

/// <summary>
/// The settings a verb sees without a host: appsettings.json beside the app and <c>Reader__…</c> environment
/// variables, bound to the same options classes the site uses.
/// </summary>
internal static class CommandSettings
{
    public static (ReaderOptions Reader, ContentOptions Content) Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var reader = new ReaderOptions();
        configuration.GetSection(ReaderOptions.SectionName).Bind(reader);
        var content = new ContentOptions();
        configuration.GetSection(ContentOptions.SectionName).Bind(content);
        return (reader, content);
    }
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
