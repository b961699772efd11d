using Reader.Essays;
using Reader.Site;

namespace Reader.Tests.Site;

public sealed class CitationsTests
{
    private static readonly SiteOptions Site = new() { Title = "Reader", BaseUrl = new Uri("https://example.org/") };
    private static readonly DateOnly Accessed = new(2026, 12, 1);
    private const string Url = "https://example.org/essays/harbour-lights";

    private static Essay Essay(string frontMatter, string body = "# Harbour Lights\n\nThe lamps were lit at dusk.\n\n## Red to Port\n\nA red light marks the channel.") =>
        EssayParser.Parse("harbour-lights", $"---\n{frontMatter}\n---\n{body}", "harbour-lights.md", []) ?? throw new InvalidOperationException("The essay does not parse.");

    private static CitationBox Box(string frontMatter, bool section = false)
    {
        var essay = Essay(frontMatter);
        return Citations.For(essay, section ? essay.Sections[^1] : null, Site, Accessed);
    }

    private static string Cite(string style, string frontMatter, bool section = false) =>
        Box(frontMatter, section).References.Single(reference => reference.Style == style).Text;

    private static string Authors(int count) =>
        "author: [" + string.Join(", ", Enumerable.Range(1, count).Select(i => $"Given{i} Family{i}")) + "]";

    private const string Dated = "date: 2025-03-14";

    [Theory]
    [InlineData(1, "Family1, G.")]
    [InlineData(2, "Family1, G., & Family2, G.")]
    [InlineData(3, "Family1, G., Family2, G., & Family3, G.")]
    [InlineData(20, "Family1, G., Family2, G., Family3, G., Family4, G., Family5, G., Family6, G., Family7, G., Family8, G., Family9, G., Family10, G., Family11, G., Family12, G., Family13, G., Family14, G., Family15, G., Family16, G., Family17, G., Family18, G., Family19, G., & Family20, G.")]
    [InlineData(21, "Family1, G., Family2, G., Family3, G., Family4, G., Family5, G., Family6, G., Family7, G., Family8, G., Family9, G., Family10, G., Family11, G., Family12, G., Family13, G., Family14, G., Family15, G., Family16, G., Family17, G., Family18, G., Family19, G., … Family21, G.")]
    public void ApaListsUpToTwentyAuthorsAndThenTheFirstNineteenAndTheLast(int count, string authors) =>
        Assert.Equal($"{authors} (2025, March 14). Harbour lights. Reader. {Url}", Cite("APA", $"{Authors(count)}\n{Dated}"));

    [Theory]
    [InlineData(1, "Family1, Given1.")]
    [InlineData(2, "Family1, Given1, and Given2 Family2.")]
    [InlineData(3, "Family1, Given1, et al.")]
    [InlineData(25, "Family1, Given1, et al.")]
    public void MlaNamesOneOrTwoAuthorsAndTheFirstOfThreeOrMore(int count, string authors) =>
        Assert.Equal($"{authors} “Harbour Lights.” Reader, 14 Mar. 2025, {Url}.", Cite("MLA", $"{Authors(count)}\n{Dated}"));

    [Theory]
    [InlineData(1, "Family1, Given1.")]
    [InlineData(2, "Family1, Given1, and Given2 Family2.")]
    [InlineData(3, "Family1, Given1, Given2 Family2, and Given3 Family3.")]
    [InlineData(10, "Family1, Given1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, Given6 Family6, Given7 Family7, Given8 Family8, Given9 Family9, and Given10 Family10.")]
    [InlineData(11, "Family1, Given1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, Given6 Family6, Given7 Family7, et al.")]
    public void ChicagoListsUpToTenAuthorsAndThenTheFirstSeven(int count, string authors) =>
        Assert.Equal($"{authors} “Harbour Lights.” Reader. March 14, 2025. {Url}.", Cite("Chicago", $"{Authors(count)}\n{Dated}"));

    [Theory]
    [InlineData("APA", "Quill, M. (n.d.). Harbour lights. Reader. " + Url)]
    [InlineData("MLA", "Quill, Mara. “Harbour Lights.” Reader, " + Url + ". Accessed 1 Dec. 2026.")]
    [InlineData("Chicago", "Quill, Mara. “Harbour Lights.” Reader. Accessed December 1, 2026. " + Url + ".")]
    public void AnUndatedEssayHasNoDateInApaAndAnAccessDateInMlaAndChicago(string style, string reference) =>
        Assert.Equal(reference, Cite(style, "author: Mara Quill"));

    [Theory]
    [InlineData("APA", "Quill, M. (2025, March 14). Harbour lights. Reader. " + Url)]
    [InlineData("MLA", "Quill, Mara. “Harbour Lights.” Reader, 14 Mar. 2025, " + Url + ".")]
    [InlineData("Chicago", "Quill, Mara. “Harbour Lights.” Reader. March 14, 2025. " + Url + ".")]
    public void ADatedEssayHasNoAccessDate(string style, string reference) =>
        Assert.Equal(reference, Cite(style, $"author: Mara Quill\n{Dated}"));

    [Fact]
    public void ChicagoGivesARevisionDateInsteadOfAnAccessDate() =>
        Assert.Equal($"Quill, Mara. “Harbour Lights.” Reader. Last modified May 2, 2025. {Url}.", Cite("Chicago", "author: Mara Quill\nupdated: 2025-05-02"));

    [Theory]
    [InlineData("APA", "Quill, M. (2025, March 14). Red to port. In Harbour lights. Reader. " + Url + "/red-to-port")]
    [InlineData("MLA", "Quill, Mara. “Red to Port.” Harbour Lights, Reader, 14 Mar. 2025, " + Url + "/red-to-port.")]
    [InlineData("Chicago", "Quill, Mara. “Red to Port.” In Harbour Lights. Reader. March 14, 2025. " + Url + "/red-to-port.")]
    public void ASectionIsCitedAsAPartOfTheEssay(string style, string reference) =>
        Assert.Equal(reference, Cite(style, $"author: Mara Quill\n{Dated}", section: true));

    [Theory]
    [InlineData("APA", false, "Harbour lights")]
    [InlineData("APA", true, "Harbour lights")]
    [InlineData("MLA", false, "Reader")]
    [InlineData("MLA", true, "Harbour Lights")]
    [InlineData("Chicago", false, null)]
    [InlineData("Chicago", true, "Harbour Lights")]
    public void TheTitleTheStyleSetsInItalicsIsTheOnlyItalicRun(string style, bool section, string? italic)
    {
        var reference = Box($"author: Mara Quill\n{Dated}", section).References.Single(reference => reference.Style == style);

        Assert.Equal(italic is null ? [] : [italic], reference.Runs.Where(run => run.Italic).Select(run => run.Text));
    }

    [Fact]
    public void TheFormattedReferenceEncodesItsText()
    {
        var reference = Box("title: \"Fish & <Chips>\"\nauthor: Mara Quill").References[0];

        Assert.Equal($"Quill, M. (n.d.). <i>Fish &amp; &lt;chips&gt;</i>. Reader. {Url}", reference.Html);
    }

    [Theory]
    [InlineData("author:\n  - organization: World Health Organization", "APA", "World Health Organization. (2025, March 14). Harbour lights. Reader. " + Url)]
    [InlineData("author: Ludwig van Beethoven", "APA", "van Beethoven, L. (2025, March 14). Harbour lights. Reader. " + Url)]
    [InlineData("author: Martin Luther King Jr.", "APA", "King, M. L., Jr. (2025, March 14). Harbour lights. Reader. " + Url)]
    [InlineData("author: Jean-Paul Sartre", "APA", "Sartre, J.-P. (2025, March 14). Harbour lights. Reader. " + Url)]
    [InlineData("author: Martin Luther King Jr.", "MLA", "King, Martin Luther, Jr. “Harbour Lights.” Reader, 14 Mar. 2025, " + Url + ".")]
    [InlineData("author:\n  - organization: World Health Organization", "Chicago", "World Health Organization. “Harbour Lights.” Reader. March 14, 2025. " + Url + ".")]
    public void ParticlesSuffixesAndOrganisationsAreWrittenAsEachStyleWantsThem(string frontMatter, string style, string reference) =>
        Assert.Equal(reference, Cite(style, $"{frontMatter}\n{Dated}"));

    [Theory]
    [InlineData("APA", "Harbour lights. (2025, March 14). Reader. " + Url)]
    [InlineData("MLA", "“Harbour Lights.” Reader, 14 Mar. 2025, " + Url + ".")]
    [InlineData("Chicago", "“Harbour Lights.” Reader. March 14, 2025. " + Url + ".")]
    public void WithoutAnAuthorTheReferenceStartsWithTheTitle(string style, string reference) =>
        Assert.Equal(reference, Cite(style, Dated));

    /// <summary>The manuals' own examples of author lists, with the rule each comes from.</summary>
    [Theory]
    [InlineData("MLA Handbook 9th ed., 2.1.1 (one author)", "MLA", new[] { "Toni Morrison" }, "Morrison, Toni.")]
    [InlineData("MLA Handbook 9th ed., 2.1.2 (two authors)", "MLA", new[] { "Michael Dorris", "Louise Erdrich" }, "Dorris, Michael, and Louise Erdrich.")]
    [InlineData("MLA Handbook 9th ed., 2.1.3 (three or more authors)", "MLA", new[] { "Anne Burdick", "Johanna Drucker", "Peter Lunenfeld", "Todd Presner", "Jeffrey Schnapp" }, "Burdick, Anne, et al.")]
    [InlineData("MLA Handbook 9th ed., 2.1.1 (a suffix follows the given name)", "MLA", new[] { "Martin Luther King Jr." }, "King, Martin Luther, Jr.")]
    [InlineData("CMOS 17, 14.76 (two authors)", "Chicago", new[] { "Geoffrey C. Ward", "Ken Burns" }, "Ward, Geoffrey C., and Ken Burns.")]
    [InlineData("CMOS 17, 14.76 (three authors)", "Chicago", new[] { "Pamela S. Chasek", "David L. Downie", "Janet Welsh Brown" }, "Chasek, Pamela S., David L. Downie, and Janet Welsh Brown.")]
    [InlineData("CMOS 17, 14.76 (four to ten authors, all listed)", "Chicago", new[] { "Finn-Age Esbensen", "Dana Peterson", "Terrance J. Taylor", "Adrienne Freng" }, "Esbensen, Finn-Age, Dana Peterson, Terrance J. Taylor, and Adrienne Freng.")]
    [InlineData("CMOS 17, 14.76 (more than ten authors: the first seven, then et al.)", "Chicago", new[] { "A One", "B Two", "C Three", "D Four", "E Five", "F Six", "G Seven", "H Eight", "I Nine", "J Ten", "K Eleven" }, "One, A, B Two, C Three, D Four, E Five, F Six, G Seven, et al.")]
    [InlineData("APA Publication Manual 7th ed., 9.8 (up to 20 authors, & before the last)", "APA", new[] { "Andreas Jerrentrup", "Thomas Mueller", "Ulrich Glowalla", "Meike Herder", "Nadine Henrichs", "Andreas Neubauer", "Juergen R. Schaefer" }, "Jerrentrup, A., Mueller, T., Glowalla, U., Herder, M., Henrichs, N., Neubauer, A., & Schaefer, J. R.")]
    public void AuthorListsFollowTheManualsExamples(string rule, string style, string[] names, string expected)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        var yaml = "author:\n" + string.Concat(names.Select(name => $"  - {name}\n")) + Dated;

        Assert.StartsWith(expected + " ", Cite(style, yaml), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour Lights", "The lamps were lit.", "Harbour lights")]
    [InlineData("Harbour Lights", "Ships came into Falmouth Harbour at night.", "Harbour lights")]
    [InlineData("The Lights of Falmouth", "Ships came into Falmouth at night.", "The lights of Falmouth")]
    [InlineData("Arms Control: The Long Road", "Treaties took years.", "Arms control: The long road")]
    [InlineData("What NATO Learned", "Nothing.", "What NATO learned")]
    [InlineData("Why I Read McCarthy", "Nothing.", "Why I read McCarthy")]
    [InlineData("A Walk in Paris", "In Paris we walked. The paris of old is gone.", "A walk in paris")]
    [InlineData("Why Read? Because", "Nothing.", "Why read? Because")]
    public void ApaSentenceCaseKeepsWhatTheEssayCapitalisesMidSentence(string title, string text, string sentenceCase) =>
        Assert.Equal(sentenceCase, SentenceCase.Of(title, SentenceCase.ProperWords([text])));

    [Fact]
    public void BibTeXNamesEveryAuthorFamilyFirstAndBracesAnOrganisation()
    {
        var bibtex = Box("title: \"100% of {us} & you_too #1\"\nauthor:\n  - Mara Quill\n  - Ludwig van Beethoven\n  - King, Jr., Martin Luther\n  - organization: World Health Organization\n" + Dated).BibTeX;

        Assert.Equal(
            """
            @online{harbour-lights,
              author = {Quill, Mara and van Beethoven, Ludwig and King, Jr., Martin Luther and {World Health Organization}},
              title = {100\% of \{us\} \& you\_too \#1},
              date = {2025-03-14},
              year = {2025},
              organization = {Reader},
              url = {https://example.org/essays/harbour-lights},
            }
            """,
            bibtex);
    }

    [Fact]
    public void BibTeXGivesAnAccessDateOnlyForAnUndatedEssay() =>
        Assert.Contains("  urldate = {2026-12-01},\n", Box("author: Mara Quill").BibTeX, StringComparison.Ordinal);

    [Fact]
    public void ASectionsBibTeXKeyAndTitleNameTheSection()
    {
        var bibtex = Box($"author: Mara Quill\n{Dated}", section: true).BibTeX;

        Assert.StartsWith("@online{harbour-lights-red-to-port,\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  title = {Harbour Lights: Red to Port},\n", bibtex, StringComparison.Ordinal);
    }
}
