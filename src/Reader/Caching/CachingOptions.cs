namespace Reader.Caching;

/// <summary>The <c>Reader:Caching</c> configuration section.</summary>
internal sealed class CachingOptions
{
    public const string SectionName = "Reader:Caching";

    /// <summary>How long browsers may reuse a page before asking again (they revalidate with its ETag).</summary>
    public TimeSpan PageMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether rendered pages are kept in the output cache; off only to measure what it saves.</summary>
    public bool OutputCache { get; set; } = true;
}
