using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Reader.Essays;

/// <summary>
/// A hash of everything pages show, so two libraries with the same text have the same version and any change
/// to the text gives a new one. Every field is hashed by name, never through a record's <c>ToString()</c>,
/// which prints a list as its type name: a field added to the model must be added here, and a test
/// (LibraryVersionTests) fails until it is.
/// </summary>
internal static class LibraryVersion
{
    /// <summary>The metadata fields the version covers, by name.</summary>
    public static readonly IReadOnlyList<string> MetadataFields =
        [nameof(EssayMetadata.Title), nameof(EssayMetadata.Subtitle), nameof(EssayMetadata.Authors), nameof(EssayMetadata.Date),
         nameof(EssayMetadata.Updated), nameof(EssayMetadata.Summary), nameof(EssayMetadata.Tags), nameof(EssayMetadata.Language),
         nameof(EssayMetadata.Draft), nameof(EssayMetadata.Modified), nameof(EssayMetadata.Cover),
         nameof(EssayMetadata.Series), nameof(EssayMetadata.Translation)];

    public static string Of(IReadOnlyList<Essay> essays)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            hash.AppendData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
            // A separator that no text holds, so that ("ab", "c") and ("a", "bc") differ; null and "" count alike.
            hash.AppendData([0, 0]);
        }

        void AddNumber(long number) => Add(number.ToString(CultureInfo.InvariantCulture));

        foreach (var essay in essays)
        {
            Add(essay.Slug);
            var metadata = essay.Metadata;
            Add(metadata.Title);
            Add(metadata.Subtitle);
            AddNumber(metadata.Authors.Count);
            foreach (var author in metadata.Authors)
            {
                Add(author.Family);
                Add(author.Given);
                Add(author.Particle);
                Add(author.Suffix);
                Add(author.IsOrganization ? "organization" : "person");
            }

            Add(metadata.Date?.ToString("O", CultureInfo.InvariantCulture));
            Add(metadata.Updated?.ToString("O", CultureInfo.InvariantCulture));
            Add(metadata.Summary);
            AddNumber(metadata.Tags.Count);
            foreach (var tag in metadata.Tags)
            {
                Add(tag.Name);
                Add(tag.Slug);
            }

            Add(metadata.Language);
            Add(metadata.Draft ? "draft" : "published");
            AddNumber(metadata.Modified.UtcTicks);
            // The cover's address and words appear on cards and in page heads, never in a section's HTML.
            Add(metadata.Cover?.Figure.Url);
            Add(metadata.Cover?.Alt);
            Add(metadata.Series?.Name);
            Add(metadata.Series?.Slug);
            AddNumber(metadata.Series?.Part ?? 0);
            // Every version's pages link to the others, so a key changes the pages of every essay sharing it.
            Add(metadata.Translation?.Key);
            AddNumber(essay.Sections.Count);
            foreach (var section in essay.Sections)
            {
                Add(section.Slug);
                Add(section.Title);
                Add(section.Html);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }
}
