using System.Diagnostics.Metrics;

namespace Reader.Store;

/// <summary>
/// The library's part of the app's own meter, <c>Reader</c>: which edition is served, how many essays it has,
/// and how each reload while the site runs ended. The framework's meters cannot know any of it.
/// </summary>
internal sealed class LibraryMetrics
{
    /// <summary>The meter of every instrument the app defines itself; instruments of the same name share one meter.</summary>
    public const string MeterName = "Reader";

    private readonly Counter<long> reloads;

    public LibraryMetrics(IMeterFactory meters, LibraryStore store)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("reader.library.essays", () => store.Current.Essays.Count, "{essay}",
            "Essays in the library being served.");
        // An info-style gauge: always 1, the edition is in its label, so a dashboard can show when replicas disagree.
        meter.CreateObservableGauge("reader.library.version", () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", store.Current.Version)),
            description: "The version (content hash) of the library being served, as its label; the value is always 1.");
        reloads = meter.CreateCounter<long>("reader.library.reloads", "{reload}",
            "Reloads of the content folder while the site runs, by result: failed when the folder was missing, a file had an error or the load threw.");
    }

    public void Reloaded(bool succeeded) =>
        reloads.Add(1, new KeyValuePair<string, object?>("result", succeeded ? "succeeded" : "failed"));
}
