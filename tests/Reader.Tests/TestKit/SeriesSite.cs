namespace Reader.Tests;

/// <summary>
/// The series fixture (Fixtures/series): 'Letters from the Coast' in three parts, the second a folder essay, their
/// dates in another order than their parts, and one essay in no series; served as in production.
/// </summary>
public sealed class SeriesSite : IDisposable
{
    public const string Name = "Letters from the Coast";

    public const string Path = "/series/letters-from-the-coast";

    public static string ContentPath => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "series");

    public ReaderApp App { get; } = LibrarySite.Create("Production", ContentPath);

    public void Dispose() => App.Dispose();
}
