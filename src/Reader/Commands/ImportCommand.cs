using System.Text;
using Reader.Content;

namespace Reader.Commands;

/// <summary>
/// <c>import essay.txt [--out folder] [--force]</c>: turns a plain-text essay into a content file named after
/// the text file, and prints the lines it took for headings so the author can check them.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "usage: import essay.txt [--out content-folder] [--force] [--Section:Key=value ...]";

    public static int Run(IReadOnlyList<string> commandLine, TextWriter output)
    {
        var (args, configuration) = CommandSettings.Read(commandLine);
        string? source = null;
        string? folder = null;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count:
                    folder = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                case var path when source is null && !path.StartsWith('-'):
                    source = path;
                    break;
                default:
                    output.WriteLine(Usage);
                    return 2;
            }
        }

        if (source is null)
        {
            output.WriteLine(Usage);
            return 2;
        }

        var baseFolder = CommandPaths.BaseFolder(source);
        source = Path.GetFullPath(source, baseFolder);
        folder = Path.GetFullPath(folder ?? CommandSettings.Content(configuration).Reader.ContentPath, baseFolder);
        var target = Path.Combine(folder, PlainTextImport.SlugFor(source) + ContentFolder.MarkdownExtension);
        var shown = CommandPaths.Display(target, baseFolder);
        if (File.Exists(target) && !force)
        {
            output.WriteLine($"{shown}: error: the file exists; import with --force to replace it");
            return 1;
        }

        ImportedEssay essay;
        try
        {
            essay = PlainTextImport.Convert(File.ReadAllText(source, new UTF8Encoding(false, throwOnInvalidBytes: true)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException)
        {
            output.WriteLine($"{CommandPaths.Display(source, baseFolder)}: error: {exception.Message}");
            return 1;
        }

        output.WriteLine($"Title: {essay.Title}");
        output.WriteLine($"Headings ({essay.Headings.Count}):");
        foreach (var heading in essay.Headings)
        {
            output.WriteLine($"  ## {heading}");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(target, essay.Markdown);
        output.WriteLine($"Wrote {shown}");
        return 0;
    }
}
