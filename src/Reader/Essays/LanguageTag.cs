using System.Text.RegularExpressions;

namespace Reader.Essays;

/// <summary>The shape of a BCP 47 language tag as Reader accepts it: a primary language and optional subtags (<c>en</c>, <c>pt-BR</c>).</summary>
internal static partial class LanguageTag
{
    public const string Example = "a language tag such as 'en' or 'pt-BR'";

    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    internal static partial Regex Pattern();
}
