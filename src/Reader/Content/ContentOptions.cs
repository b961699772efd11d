namespace Reader.Content;

/// <summary>The <c>Reader:Content</c> configuration section: how content is checked, rendered and watched.</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Reader:Content";

    public const long DefaultMaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Start-up fails on any content error instead of leaving the broken essays out (for CI and image builds).</summary>
    public bool Strict { get; set; }

    /// <summary>Raw HTML in Markdown is sanitized and kept instead of being shown as text.</summary>
    public bool AllowHtml { get; set; }

    /// <summary>Larger files are reported as errors and left out.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    public const long DefaultMaxImageBytes = 25 * 1024 * 1024;

    /// <summary>Larger images are reported as errors and left out of their essay; the default admits a camera's photo.</summary>
    public long MaxImageBytes { get; set; } = DefaultMaxImageBytes;

    /// <summary>Reload the library when content files change while the site runs.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// When set, the content folder is scanned at this interval instead of waiting for file-system events, for
    /// volumes (network shares, some container mounts) where change events never arrive.
    /// </summary>
    public TimeSpan? PollingInterval { get; set; }
}
