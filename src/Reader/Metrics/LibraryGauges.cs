using System.Diagnostics.Metrics;
using Reader.Store;

namespace Reader.Metrics;

/// <summary>
/// The served library's version and essay count, read at each scrape. Made only when metrics are on: an
/// observable gauge is asked for its value by every listener to its meter's name in the process, so a second
/// host in the same process (tests run several) would otherwise report its own library into this one's scrape.
/// </summary>
internal sealed class LibraryGauges
{
    public LibraryGauges(IMeterFactory meters, LibraryStore store)
    {
        var meter = meters.Create(LibraryMetrics.MeterName);
        meter.CreateObservableGauge("reader.library.essays", () => store.Current.Essays.Count, "{essay}",
            "Essays in the library being served.");
        // An info-style gauge: always 1, the edition is in its label, so a dashboard can show when replicas disagree.
        meter.CreateObservableGauge("reader.library.version", () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", store.Current.Version)),
            description: "The version (content hash) of the library being served, as its label; the value is always 1.");
    }
}
