using System.Globalization;

namespace Reader.Site;

/// <summary>
/// A language's name in the language itself (<c>Français</c>, <c>العربية</c>, <c>日本語</c>), as a 'Read in'
/// link shows it, from ICU's culture data: the app runs with <c>InvariantGlobalization</c> off, and the
/// ASP.NET Core runtime image carries ICU.
/// </summary>
internal static class LanguageNames
{
    /// <summary>The native name with its first letter capitalised by the language's own rules; the tag itself for a language ICU doesn't know.</summary>
    public static string Native(string languageTag)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(languageTag);
        }
        catch (CultureNotFoundException)
        {
            return languageTag;
        }

        var name = culture.NativeName;
        if (name.Length == 0 || string.Equals(name, languageTag, StringComparison.OrdinalIgnoreCase) || name.StartsWith("Unknown", StringComparison.Ordinal))
        {
            return languageTag;
        }

        var first = StringInfo.GetNextTextElementLength(name, 0);
        return culture.TextInfo.ToUpper(name[..first]) + name[first..];
    }
}
