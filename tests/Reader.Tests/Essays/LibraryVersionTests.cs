using Reader.Essays;

namespace Reader.Tests.Essays;

public sealed class LibraryVersionTests
{
    private static string VersionWith(string author) =>
        new Library([EssayParser.Parse("e", $"---\n{author}\n---\n# Title\n\nText.", "e.md", []) ?? throw new InvalidOperationException("The essay does not parse.")]).Version;

    [Theory]
    [InlineData("author: Mara Quill", "author: Mara Quill and Ann Other")]
    [InlineData("author: Mara Quill", "author: Maria Quill")]
    [InlineData("author: Ludwig van Beethoven", "author: \"Beethoven, Ludwig van\"")]
    [InlineData("author: Martin Luther King Jr.", "author: Martin Luther King")]
    [InlineData("author: [organization: Quill]", "author: Quill")]
    public void TheVersionChangesWhenTheAuthorsDo(string before, string after) =>
        Assert.NotEqual(VersionWith(before), VersionWith(after));

    [Fact]
    public void TheSameAuthorsGiveTheSameVersion() =>
        Assert.Equal(VersionWith("author: Mara Quill"), VersionWith("author: \"Quill, Mara\""));

    [Fact]
    public void EveryMetadataFieldIsPartOfTheVersion() =>
        Assert.Equal(
            typeof(EssayMetadata).GetProperties().Select(property => property.Name).Order(StringComparer.Ordinal),
            LibraryVersion.MetadataFields.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("subtitle: One", "subtitle: Two")]
    [InlineData("date: 2024-01-01", "date: 2024-01-02")]
    [InlineData("updated: 2024-01-01", "updated: 2024-01-02")]
    [InlineData("summary: One", "summary: Two")]
    [InlineData("tags: [a]", "tags: [a, b]")]
    [InlineData("lang: en", "lang: fr")]
    [InlineData("draft: false", "draft: true")]
    [InlineData("series: Tides\npart: 1", "series: Tides\npart: 2")]
    [InlineData("series: Tides\npart: 1", "series: Tide\npart: 1")]
    [InlineData("translationKey: one", "translationKey: two")]
    public void TheVersionChangesWhenAnyMetadataDoes(string before, string after) =>
        Assert.NotEqual(VersionWith(before), VersionWith(after));
}
