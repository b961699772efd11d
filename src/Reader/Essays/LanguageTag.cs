using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Reader.Essays;

/// <summary>The shape of a BCP 47 language tag as Reader accepts it: a primary language and optional subtags (<c>en</c>, <c>pt-BR</c>).</summary>
internal static partial class LanguageTag
{
    public const string Example = "a language tag such as 'en' or 'pt-BR'";

    /// <summary>Languages whose usual script runs right to left, when the tag names no script.</summary>
    private static readonly FrozenSet<string> RightToLeftLanguages = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

    /// <summary>Scripts written right to left (ISO 15924), for tags that name one: <c>az-Arab</c>, <c>pa-Arab</c>.</summary>
    private static readonly FrozenSet<string> RightToLeftScripts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa");

    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    /// <summary>The language itself, the first subtag: <c>pt</c> for <c>pt-BR</c>.</summary>
    public static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();

    /// <summary>
    /// The HTML <c>dir</c> of text in the language: from the script subtag if the tag has one (the four-letter
    /// subtag straight after the language), else from the language's usual script. A small table rather than
    /// ICU's culture data, so a tag ICU doesn't know still gets its direction, and the answer is the same
    /// on every machine.
    /// </summary>
    public static string Direction(string tag)
    {
        var subtags = tag.Split('-');
        if (subtags.Length > 1 && subtags[1].Length == 4 && subtags[1].All(char.IsAsciiLetter))
        {
            return RightToLeftScripts.Contains(subtags[1]) ? "rtl" : "ltr";
        }

        return RightToLeftLanguages.Contains(subtags[0]) ? "rtl" : "ltr";
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    internal static partial Regex Pattern();
}
