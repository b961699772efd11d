namespace Reader.Tests;

/// <summary>
/// The citation fixtures (Fixtures/citations: one, two, three and twenty-two authors, an organisation, an
/// undated essay and a section) served as in production. A folder of their own, so the library fixtures'
/// counts stay as they are.
/// </summary>
public sealed class CitationSite : IDisposable
{
    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "citations");

    public ReaderApp App { get; } = LibrarySite.Create("Production", ContentPath);

    public void Dispose() => App.Dispose();
}
