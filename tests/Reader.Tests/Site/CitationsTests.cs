using Reader.Essays;
using Reader.Site;

namespace Reader.Tests.Site;

public sealed class CitationsTests
{
    private static readonly SiteOptions Site = new() { Title = "Essays & Co", BaseUrl = new Uri("https://example.org/") };
    private static readonly DateOnly Accessed = new(2025, 9, 1);

    private static Dictionary<string, string> Cite(string markdown, bool section = false)
    {
        var essay = EssayParser.Parse("why", markdown, "why.md", []) ?? throw new InvalidOperationException("The essay does not parse.");
        return Citations.For(essay, section ? essay.Sections[^1] : null, Site, Accessed).Styles.ToDictionary(style => style.Name, style => style.Text);
    }

    [Theory]
    [InlineData("APA", "Why Read? (n.d.). Essays & Co. Retrieved September 1, 2025, from https://example.org/essays/why")]
    [InlineData("MLA", "“Why Read?” Essays & Co, https://example.org/essays/why. Accessed 1 Sept. 2025.")]
    [InlineData("Chicago", "“Why Read?” Essays & Co. Accessed September 1, 2025. https://example.org/essays/why.")]
    public void ATitleEndingInPunctuationGetsNoExtraFullStop(string style, string citation) =>
        Assert.Equal(citation, Cite("# Why Read?\n\nBecause.")[style]);

    [Fact]
    public void BibTeXEscapesItsSpecialCharactersButNotTheAddress()
    {
        var bibtex = Cite("---\ntitle: \"100% of {us} & you_too #1\"\nauthor: A. N. Other\ndate: 2023-12-31\n---\nText.")["BibTeX"];

        Assert.Equal(
            """
            @online{why,
              author = {A. N. Other},
              title = {100\% of \{us\} \& you\_too \#1},
              date = {2023-12-31},
              year = {2023},
              organization = {Essays \& Co},
              url = {https://example.org/essays/why},
              urldate = {2025-09-01},
            }
            """,
            bibtex);
    }

    [Fact]
    public void ASectionCitationNamesTheSectionAndItsEssay()
    {
        var citations = Cite("---\nauthor: A. N. Other\ndate: 2023-12-31\n---\n# Why Read?\n\nBecause.\n\n## The Long Answer\n\nIt takes a while.", section: true);

        Assert.Equal(
            "A. N. Other. (2023, December 31). The Long Answer. In Why Read? Essays & Co. Retrieved September 1, 2025, from https://example.org/essays/why/the-long-answer",
            citations["APA"]);
        Assert.Equal(
            "A. N. Other. “The Long Answer.” In “Why Read?” Essays & Co. December 31, 2023. Accessed September 1, 2025. https://example.org/essays/why/the-long-answer.",
            citations["Chicago"]);
        Assert.StartsWith("@online{why-the-long-answer,\n", citations["BibTeX"], StringComparison.Ordinal);
    }
}
