namespace Reader.Essays;

/// <summary>The files an essay is read from: one Markdown file, or a folder's index and section files in order.</summary>
/// <param name="Path">Where the essay lives: its file, or its folder.</param>
/// <param name="Modified">When its files last changed, for essays that give no date.</param>
internal sealed record EssaySource(string Slug, string Path, IReadOnlyList<EssayFile> Files, DateTimeOffset Modified);

/// <param name="SectionTitle">For a section file of a folder essay: the section's title if the file has no heading of its own.</param>
internal sealed record EssayFile(string Path, string Markdown, string? SectionTitle = null);

/// <summary>What an essay that doesn't say otherwise is taken to be: the site's language and author.</summary>
internal sealed record EssayDefaults(string Language = "en", IReadOnlyList<Author>? Authors = null)
{
    public static readonly EssayDefaults Standard = new();
}
