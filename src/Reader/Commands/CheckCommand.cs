using Reader.Content;
using Reader.Essays;

namespace Reader.Commands;

/// <summary>
/// <c>check [path]</c>: reads a content folder as the site would, without serving it, and prints every
/// problem the way compilers do (<c>path:line:column: error|warning: message</c>), then a summary.
/// Exits 1 when there is an error, so CI can stop on broken content.
/// </summary>
internal static class CheckCommand
{
    public const string Usage = "usage: check [content-folder] [--Section:Key=value ...]";

    public static int Run(IReadOnlyList<string> commandLine, TextWriter output)
    {
        var (args, configuration) = CommandSettings.Read(commandLine);
        if (args.Count > 1 || args.Any(arg => arg.StartsWith('-')))
        {
            output.WriteLine(Usage);
            return 2;
        }

        var (reader, content) = CommandSettings.Content(configuration);
        var given = args.Count == 1 ? args[0] : null;
        var baseFolder = CommandPaths.BaseFolder(given);
        var load = LibraryBuilder.Build(Path.GetFullPath(given ?? reader.ContentPath, baseFolder), content);
        foreach (var problem in load.Problems)
        {
            output.WriteLine(problem with { Path = CommandPaths.Display(problem.Path, baseFolder) });
        }

        output.WriteLine($"{Count(load.ErrorCount, "error")}, {Count(load.WarningCount, "warning")} in {Count(load.FileCount, "file")}");
        return load.ErrorCount > 0 ? 1 : 0;
    }

    internal static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
