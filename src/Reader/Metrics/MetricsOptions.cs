namespace Reader.Metrics;

/// <summary>The <c>Reader:Metrics</c> section: metrics are off unless a scrape port is given.</summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Reader:Metrics";

    /// <summary>Where Prometheus scrapes, on the scrape port only.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>The port that answers <see cref="ScrapePath"/> and nothing else; without one nothing is measured or exported.</summary>
    public int? Port { get; set; }
}
