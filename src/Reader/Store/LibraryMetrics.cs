using System.Diagnostics.Metrics;

namespace Reader.Store;

/// <summary>
/// How each reload while the site runs ended, on the app's own meter, <c>Reader</c>; the framework's meters
/// cannot know it. The served library's version and essay count are gauges the metrics set up when enabled.
/// </summary>
internal sealed class LibraryMetrics(IMeterFactory meters)
{
    /// <summary>The meter of every instrument the app defines itself; instruments of the same name share one meter.</summary>
    public const string MeterName = "Reader";

    private readonly Counter<long> reloads = meters.Create(MeterName).CreateCounter<long>("reader.library.reloads", "{reload}",
        "Reloads of the content folder while the site runs, by result: failed when the folder was missing, a file had an error or the load threw.");

    public void Reloaded(bool succeeded) =>
        reloads.Add(1, new KeyValuePair<string, object?>("result", succeeded ? "succeeded" : "failed"));
}
