namespace Reader.Essays;

/// <summary>Titles made from file names, for essays and section files that give none of their own.</summary>
internal static class Titles
{
    /// <summary><c>cold-war_lessons</c> → <c>Cold war lessons</c>; null when the name has no words.</summary>
    public static string? FromFileName(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? null : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
