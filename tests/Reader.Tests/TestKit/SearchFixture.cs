namespace Reader.Tests;

/// <summary>A content folder for search: accented words, markup in the text, a heading-only match.</summary>
public static class SearchFixture
{
    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "search");
}
