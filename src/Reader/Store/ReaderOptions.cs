using Reader.Content;

namespace Reader.Store;

/// <summary>The <c>Reader</c> configuration section.</summary>
internal sealed class ReaderOptions
{
    public const string SectionName = "Reader";

    /// <summary>The folder essays are read from; relative paths are taken from the app's content root.</summary>
    public string ContentPath { get; set; } = SiteFolders.Locate("content");
}
