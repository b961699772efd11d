using AngleSharp.Html.Parser;
using Reader.Essays;
using Reader.Search;
using Reader.Content;

namespace Reader.Tests.Search;

/// <summary>The index on its own, over the seed essay and a fixture folder with accents and markup.</summary>
public sealed class SearchIndexTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<SearchIndex> Seed = new(() => SearchIndex.Build(LibraryBuilder.Build(SeedEssay.ContentPath).Library));

    private static readonly Lazy<SearchIndex> Fixture = new(() => SearchIndex.Build(LibraryBuilder.Build(SearchFixture.ContentPath).Library));

    private static SearchResults InSeed(string query) => Seed.Value.Search(SearchQuery.Parse(query));

    private static SearchResults InFixture(string query) => Fixture.Value.Search(SearchQuery.Parse(query));

    private static string[] Headings(SearchResults results) => [.. results.Hits.Select(hit => hit.Section.Title)];

    private static AngleSharp.Dom.IElement Html(Microsoft.AspNetCore.Html.HtmlString html) =>
        Parser.ParseDocument($"<p>{html.Value}</p>").QuerySelector("p") ?? throw new InvalidOperationException("no paragraph");

    private static string[] Marked(Microsoft.AspNetCore.Html.HtmlString html) =>
        [.. Html(html).QuerySelectorAll("mark").Select(mark => mark.TextContent)];

    [Theory]
    [InlineData("sanction")]
    [InlineData("sanctions")]
    [InlineData("SANCTIONING")]
    public void AnyFormOfAWordFindsTheSectionWhereAnotherFormAppears(string query)
    {
        var results = InSeed(query);

        Assert.Equal(["The Catalyst of the Ukraine Conflict"], Headings(results));
        Assert.Equal(["sanctioned"], Marked(results.Hits[0].Snippet));
    }

    [Theory]
    [InlineData("VIS-A-VIS")]
    [InlineData("vis-à-vis")]
    [InlineData("Vis-À-Vis")]
    public void CaseAndAccentsDoNotMatter(string query)
    {
        Assert.Equal(["US Policies and the Pivot to Asia"], Headings(InSeed(query)));
    }

    [Theory]
    [InlineData("zurich", "Letters from Zürich")]
    [InlineData("ZÜRICH", "Letters from Zürich")]
    [InlineData("naive resume", "Letters from Zürich")]
    [InlineData("NAÏVE RÉSUMÉ", "Letters from Zürich")]
    public void AccentedWordsAreFoundWithOrWithoutTheirAccents(string query, string heading)
    {
        Assert.Equal([heading], Headings(InFixture(query)));
    }

    [Fact]
    public void AQuotedPhraseMatchesOnlyItsWordsInThatOrder()
    {
        var inOrder = InSeed("\"multi polar world\"");
        var outOfOrder = InSeed("\"world polar multi\"");

        Assert.NotEmpty(inOrder.Hits);
        Assert.All(inOrder.Hits, hit => Assert.Contains("multi polar world", SectionText.Of(hit.Section).Text, StringComparison.Ordinal));
        Assert.Equal(0, outOfOrder.Total);
        Assert.True(InSeed("world polar multi").Total > 0, "the same words unquoted match anywhere in a section");
    }

    [Fact]
    public void APhraseIsHighlightedAsAWhole()
    {
        var hit = InSeed("\"multi polar world\"").Hits[0];

        Assert.All(Marked(hit.Snippet), marked => Assert.Equal("multi polar world", marked));
        Assert.NotEmpty(Marked(hit.Snippet));
    }

    [Fact]
    public void EveryWordOfAPhraseCountsEvenTheCommonOnes()
    {
        Assert.Equal(["US Policies and the Pivot to Asia"], Headings(InSeed("\"rivalry and partnership\"")));
        Assert.Empty(Headings(InSeed("\"rivalry or partnership\"")));
    }

    [Fact]
    public void CommonWordsTypedOnTheirOwnNeedNotAppear()
    {
        Assert.Equal(Headings(InFixture("harbour")).Order(), Headings(InFixture("the harbour")).Order());
        Assert.Contains("Harbour Notes", Headings(InFixture("the harbour")));
    }

    [Fact]
    public void ASectionWithTheWordInItsHeadingRanksAboveSectionsWithItOnlyInTheirText()
    {
        var results = InSeed("containment");

        Assert.Equal("China’s Rapid Ascent and US Containment Strategies", results.Hits[0].Section.Title);
        Assert.Equal(3, results.Total);
        Assert.Equal(["Containment"], Marked(results.Hits[0].Heading));
        Assert.All(results.Hits.Skip(1), hit => Assert.DoesNotContain("containment", hit.Section.Title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryWordMustAppearInTheSection()
    {
        Assert.Equal(["Cargo"], Headings(InFixture("harbour grain")));
    }

    [Fact]
    public void SnippetsMarkTheMatchedWordsAsTheyAreWritten()
    {
        var hit = Assert.Single(InFixture("cafe lake").Hits);

        Assert.Equal(["café", "lake"], Marked(hit.Snippet));
    }

    [Fact]
    public void MarkupInTheTextIsShownAsTextInSnippets()
    {
        var hit = Assert.Single(InFixture("alert").Hits);
        var snippet = Html(hit.Snippet);

        Assert.Empty(snippet.QuerySelectorAll("script"));
        Assert.Equal(["mark"], snippet.QuerySelectorAll("*").Select(element => element.LocalName).Distinct());
        Assert.Contains("<script>alert(1)</script> & more", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionMatchedOnlyByItsHeadingShowsItsOpeningWords()
    {
        var hit = Assert.Single(InFixture("dawn fog").Hits);

        Assert.Equal(["Dawn"], Marked(hit.Heading));
        Assert.StartsWith("Fog lifts late", Html(hit.Snippet).TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    [InlineData("~")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    public void AQueryWithNoWordsToSearchForFindsNothingWithoutFailing(string query)
    {
        var results = InSeed(query);

        Assert.False(results.HasWords);
        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("russia AND china", "russia china")]
    [InlineData("(russia OR china)", "russia china")]
    [InlineData("+russia -china", "russia china")]
    [InlineData("russia~ ^china", "russia china")]
    [InlineData("*russia china?", "russia china")]
    [InlineData("\"unbalanced russia", "\"unbalanced russia\"")]
    [InlineData("<script>sanction</script>", "script sanction script")]
    public void SearchSyntaxFromOtherEnginesIsReadAsPlainWords(string query, string plain)
    {
        Assert.Equal(Headings(InSeed(plain)), Headings(InSeed(query)));
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title:russia")]
    [InlineData("\\ [ ] { } ^ && ||")]
    [InlineData("\"\"\"")]
    public void QueriesThatWouldBeLuceneSyntaxErrorsAreSearchedWithoutFailing(string query)
    {
        var results = InSeed(query);

        Assert.Equal(query, results.Query.Text);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void ResultsComeTenToAPageAndTheTotalCountsEveryMatch()
    {
        var first = InFixture("lighthouse");
        var second = Fixture.Value.Search(SearchQuery.Parse("lighthouse"), page: 2);

        Assert.Equal(13, first.Total);
        Assert.Equal((10, 1, 10, false, true), (first.Hits.Count, first.FirstNumber, first.LastNumber, first.HasPreviousPage, first.HasNextPage));
        Assert.Equal((3, 11, 13, true, false), (second.Hits.Count, second.FirstNumber, second.LastNumber, second.HasPreviousPage, second.HasNextPage));
        Assert.Empty(first.Hits.Select(hit => hit.Section).Intersect(second.Hits.Select(hit => hit.Section)));
        Assert.All(first.Hits.Concat(second.Hits), hit =>
            Assert.Contains("lighthouse", Marked(hit.Heading).Concat(Marked(hit.Snippet)), StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(99, 2)]
    [InlineData(int.MaxValue, 2)]
    public void APageOutOfRangeShowsTheNearestPage(int asked, int shown)
    {
        var results = Fixture.Value.Search(SearchQuery.Parse("lighthouse"), asked);

        Assert.Equal(shown, results.Page);
        Assert.NotEmpty(results.Hits);
    }
}
