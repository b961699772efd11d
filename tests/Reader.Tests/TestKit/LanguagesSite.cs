namespace Reader.Tests;

/// <summary>
/// Fixtures/languages: an English essay with its French and Arabic translations (translationKey 'keepers'),
/// and a Japanese essay of its own, served as in production under a public base URL.
/// </summary>
public sealed class LanguagesSite : IDisposable
{
    public const string English = "keepers-of-the-light";
    public const string French = "gardiens-de-la-lumiere";
    public const string Arabic = "hurras-al-nur";
    public const string Japanese = "tsuki-no-umi";

    public static readonly string[] Versions = [English, French, Arabic];

    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "languages");

    public ReaderApp App { get; } = LibrarySite.Create("Production", ContentPath);

    public void Dispose() => App.Dispose();
}
