using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>The seed essay's content file holds the author's text verbatim, with only Markdown structure added.</summary>
public sealed class SeedContentTests
{
    private static readonly Essay Essay = EssayParser.Parse(
        SeedEssay.Slug,
        File.ReadAllText(Path.Combine(SeedEssay.ContentPath, SeedEssay.Slug + ".md")),
        SeedEssay.Slug + ".md",
        problems: []) ?? throw new InvalidOperationException("The seed essay does not parse.");

    [Fact]
    public void TheTitleIsTheSeedsFirstLine() => Assert.Equal("Putin’s State Visit to China", Essay.Title);

    [Fact]
    public void TheEssayHasTheOpeningAndNineHeadedSectionsInTheSeedsOrder() =>
        Assert.Equal(SeedEssay.Sections.Select(section => section.Heading), Essay.Sections.Select(section => section.Title));

    [Theory]
    [MemberData(nameof(SeedEssay.SectionIndexes), MemberType = typeof(SeedEssay))]
    public void EverySectionHoldsTheSeedsParagraphVerbatim(int index) =>
        Assert.Equal(SeedEssay.Sections[index].Paragraph, SectionText.Of(Essay.Sections[index]).Text);
}
