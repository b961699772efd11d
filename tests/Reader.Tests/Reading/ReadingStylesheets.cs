namespace Reader.Tests.Reading;

/// <summary>The rules a reading setting adds, as the files in wwwroot/css/reading hold them.</summary>
internal static class ReadingStylesheets
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../wwwroot/css/reading"));

    public static string Of(params string[] choices) =>
        string.Concat(choices.Select(choice => File.ReadAllText(Path.Combine(Folder, choice + ".css"))));
}
