namespace Reader.Essays;

/// <summary>
/// A person or an organisation credited with an essay, in parts, so that each citation style can write the
/// name its own way ("Quill, M.", "Quill, Mara", "Mara Quill").
/// </summary>
/// <param name="Family">The family name, or an organisation's whole name.</param>
/// <param name="Particle">A "von" part written before the family name ("van", "de la"), kept with it in every style.</param>
/// <param name="Suffix">A generational suffix such as "Jr." or "III".</param>
/// <param name="IsOrganization">A name that is never inverted or abbreviated.</param>
internal sealed record Author(string Family, string? Given = null, string? Particle = null, string? Suffix = null, bool IsOrganization = false)
{
    public static Author Organization(string name) => new(name, IsOrganization: true);

    /// <summary>The family name with its particle: "van Beethoven".</summary>
    public string FullFamily => Particle is null ? Family : $"{Particle} {Family}";

    /// <summary>The name as a byline writes it: "Ludwig van Beethoven", "Martin Luther King Jr.".</summary>
    public string DisplayName => IsOrganization
        ? Family
        : string.Join(' ', new[] { Given, FullFamily, Suffix }.Where(part => part is not null));

    /// <summary>Family name first, as bibliographies sort: "King, Martin Luther, Jr."; an organisation as it is.</summary>
    public string Inverted => IsOrganization
        ? Family
        : string.Join(", ", new[] { FullFamily, Given, Suffix }.Where(part => part is not null));
}

/// <summary>
/// Reads names the way BibTeX does. "Given Family": the last word is the family name, and lowercase words
/// before it ("van", "de la") are its particle. "Family, Given" and "Family, Jr., Given" say the parts
/// outright. A trailing "Jr.", "Sr." or roman numeral is a suffix, with or without a comma before it.
/// "A and B" names two people.
/// </summary>
internal static class AuthorNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI",
    };

    public const string Forms = "'Given Family' (Mara Quill), 'Family, Given' (Quill, Mara) or 'Family, Jr., Given' (King, Jr., Martin Luther)";

    /// <summary>The people a text names, or the problem with it in the author's terms ("names 'x' with …").</summary>
    public static (IReadOnlyList<Author> Authors, string? Problem) ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], null);
        }

        var authors = new List<Author>();
        foreach (var name in SplitOnAnd(text))
        {
            var (author, problem) = Parse(name);
            if (author is null)
            {
                return ([], problem);
            }

            authors.Add(author);
        }

        return (authors, null);
    }

    /// <summary>One person's name, or the problem with it.</summary>
    public static (Author? Author, string? Problem) Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(part => part.Length == 0))
        {
            return (null, $"names '{text.Trim()}' with a comma that has nothing on one side of it; write {Forms}");
        }

        switch (parts.Length)
        {
            case 1:
                return Natural(Words(parts[0]), suffix: null, text);
            case 2 when Suffixes.Contains(parts[1]):
                // "Martin Luther King, Jr." is the common way to write a suffix, not "family, given".
                return Natural(Words(parts[0]), parts[1], text);
            case 2:
                return FamilyFirst(parts[0], suffix: null, parts[1]);
            case 3:
                return FamilyFirst(parts[0], parts[1], parts[2]);
            default:
                return (null, $"names '{text.Trim()}' with too many commas; write {Forms}");
        }
    }

    /// <summary>Names as a byline lists them: "A", "A and B", "A, B and C".</summary>
    public static string Byline(IReadOnlyList<Author> authors) => authors.Count switch
    {
        0 => "",
        1 => authors[0].DisplayName,
        _ => $"{string.Join(", ", authors.Take(authors.Count - 1).Select(author => author.DisplayName))} and {authors[^1].DisplayName}",
    };

    private static (Author?, string?) Natural(string[] words, string? suffix, string text)
    {
        if (suffix is null && words.Length > 1 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }

        if (words.Length == 0)
        {
            return (null, $"names '{text.Trim()}' without a family name; write {Forms}");
        }

        // BibTeX's "First von Last": the particle runs from the first lowercase word to the last lowercase
        // word before the family name's last word; the given names come before it.
        var first = Array.FindIndex(words, 0, words.Length - 1, IsLowercase);
        if (first < 0)
        {
            return (new Author(words[^1], Join(words[..^1]), Particle: null, suffix), null);
        }

        var last = Array.FindLastIndex(words, words.Length - 2, words.Length - 1 - first, IsLowercase);
        return (new Author(Join(words[(last + 1)..])!, Join(words[..first]), Join(words[first..(last + 1)]), suffix), null);
    }

    private static (Author?, string?) FamilyFirst(string family, string? suffix, string given)
    {
        // BibTeX's "von Last, First": leading lowercase words of the family part are its particle.
        var words = Words(family);
        var particle = words.TakeWhile(IsLowercase).Take(words.Length - 1).ToArray();
        return (new Author(Join(words[particle.Length..])!, Join(Words(given)), Join(particle), suffix), null);
    }

    private static List<string> SplitOnAnd(string text)
    {
        var names = new List<string>();
        var current = new List<string>();
        foreach (var word in Words(text))
        {
            if (word == "and" && current.Count > 0)
            {
                names.Add(string.Join(' ', current));
                current.Clear();
            }
            else
            {
                current.Add(word);
            }
        }

        names.Add(string.Join(' ', current));
        return names;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsLowercase(string word) => word.Length > 0 && char.IsLower(word[0]);

    private static string? Join(string[] words) => words.Length == 0 ? null : string.Join(' ', words);
}
