using Reader.Essays;

namespace Reader.Tests.Essays;

public sealed class EssayParserTests
{
    private static Essay Parse(string markdown, string slug = "essay")
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse(slug, markdown, $"/content/{slug}.md", problems);
        Assert.DoesNotContain(problems, problem => problem.IsError);
        return Assert.IsType<Essay>(essay);
    }

    private static string[] Titles(Essay essay) => [.. essay.Sections.Select(section => section.Title)];

    [Theory]
    [InlineData("# T\n\nIntro.\n\n## A\n\nOne.\n\n## B\n\nTwo.", new[] { "T", "A", "B" })]
    [InlineData("# T\n\n## A\n\nOne.\n\n## B\n\nTwo.", new[] { "A", "B" })]
    [InlineData("Intro without a title.\n\n## A\n\nOne.", new[] { "Essay", "A" })]
    [InlineData("# T\n\nOnly an opening.", new[] { "T" })]
    [InlineData("# T\n\n## A\n\n### A.1\n\nDeep.\n\n#### A.1.a\n\nDeeper.\n\n## B\n\nTwo.", new[] { "A", "B" })]
    [InlineData("# T\n\n## A\n\n```\n## not a heading\n```\n\n## B\n\nTwo.", new[] { "A", "B" })]
    [InlineData("# T\n\n## A\n\n~~~md\n# nor this\n## nor this\n~~~", new[] { "A" })]
    [InlineData("# T\n\n## A\n\n> ## quoted heading\n\n- ## listed heading", new[] { "A" })]
    [InlineData("# T\n\n## A\n\n    ## indented code\n", new[] { "A" })]
    public void SectionsAreSplitAtTopLevelSecondLevelHeadingsOnly(string markdown, string[] expected) =>
        Assert.Equal(expected, Titles(Parse(markdown)));

    [Theory]
    [InlineData("Putin’s State Visit to China", "putins-state-visit-to-china")]
    [InlineData("US Policies and the Pivot to Asia", "us-policies-and-the-pivot-to-asia")]
    [InlineData("Factors Behind the Moscow-Beijing Alliance", "factors-behind-the-moscow-beijing-alliance")]
    [InlineData("Vis-à-vis Café", "vis-a-vis-cafe")]
    [InlineData("What *is* `code`?", "what-is-code")]
    public void SectionSlugsComeFromTheHeadingText(string heading, string slug) =>
        Assert.Equal(slug, Parse($"# T\n\n## {heading}\n\nText.").Sections[0].Slug);

    [Fact]
    public void RepeatedHeadingsGetDistinctSlugs()
    {
        var essay = Parse("# T\n\n## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## Notes\n\nThree.");
        Assert.Equal(["notes", "notes-1", "notes-2"], essay.Sections.Select(section => section.Slug));
    }

    [Fact]
    public void ASectionHeadedAllDoesNotTakeTheWholeEssayAddress()
    {
        var essay = Parse("# T\n\n## All\n\nEverything.");
        Assert.Equal("all-1", essay.Sections[0].Slug);
    }

    [Fact]
    public void AHeadingWithoutLettersStillGetsASlug()
    {
        var essay = Parse("# T\n\n## ???\n\nText.");
        Assert.False(string.IsNullOrEmpty(essay.Sections[0].Slug));
        Assert.Same(essay.Sections[0], essay.FindSection(essay.Sections[0].Slug));
    }

    [Fact]
    public void TheOpeningSectionIsNamedAfterTheEssayTitle()
    {
        var essay = Parse("# The Title\n\nOpening words.\n\n## Next\n\nMore.");
        Assert.Equal("The Title", essay.Title);
        Assert.Equal("The Title", essay.Sections[0].Title);
        Assert.Equal("the-title", essay.Sections[0].Slug);
        Assert.Equal("Opening words.", SectionText.Of(essay.Sections[0]).Text);
        Assert.DoesNotContain("<h1", essay.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATitleHeadingTheTitleComesFromTheFileName()
    {
        var essay = Parse("Some text.", slug: "a-quiet-morning");
        Assert.Equal("A quiet morning", essay.Title);
    }

    [Fact]
    public void DeeperHeadingsStayInTheirSectionOneLevelUpOnItsOwnPage()
    {
        var section = Parse("# T\n\n## A\n\nOne.\n\n### Detail\n\nTwo.").Sections[0];

        Assert.Contains("<h3 id=\"detail\"><a class=\"anchor\" href=\"#detail\">Detail</a></h3>", section.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"detail\"><a class=\"anchor\" href=\"#detail\">Detail</a></h2>", HeadingLevels.RaisedOneLevel(section.Html), StringComparison.Ordinal);
        Assert.Equal([new Subheading(3, "detail", "Detail")], section.Subheadings);
        Assert.Equal("One.\nDetail\nTwo.", SectionText.Of(section).Text);
    }

    [Fact]
    public void SectionsKnowTheirNeighbours()
    {
        var sections = Parse("# T\n\nIntro.\n\n## A\n\nOne.\n\n## B\n\nTwo.").Sections;

        Assert.Equal([1, 2, 3], sections.Select(section => section.Number));
        Assert.Null(sections[0].Previous);
        Assert.Equal(new SectionLink("a", "A"), sections[0].Next);
        Assert.Equal(new SectionLink("t", "T"), sections[1].Previous);
        Assert.Equal(new SectionLink("b", "B"), sections[1].Next);
        Assert.Equal(new SectionLink("a", "A"), sections[2].Previous);
        Assert.Null(sections[2].Next);
    }

    [Fact]
    public void ParagraphsAreNumberedThroughTheWholeEssay()
    {
        var sections = Parse("# T\n\nIntro.\n\n## A\n\nOne.\n\nTwo.\n\n## B\n\nThree.").Sections;

        Assert.Equal(Numbered(1, "Intro."), sections[0].Html);
        Assert.Equal(Numbered(2, "One.") + Numbered(3, "Two."), sections[1].Html);
        Assert.Equal(Numbered(4, "Three."), sections[2].Html);
    }

    private static string Numbered(int number, string text) =>
        $"<p id=\"p{number}\">{text}<a class=\"permalink\" href=\"#p{number}\" aria-label=\"Link to paragraph {number}\"></a></p>\n";

    [Theory]
    [InlineData("One two three.", 3, 1)]
    [InlineData("", 0, 1)]
    public void WordsAreCountedAndReadingTimeRoundsUp(string text, int words, int minutes)
    {
        Assert.Equal(words, Prose.CountWords(text));
        Assert.Equal(minutes, ReadingPace.Words.Minutes(words));
    }

    /// <summary>The count is the BCL regex engine's count of <c>\S+</c>, whose idea of a space is Unicode's.</summary>
    [Theory]
    [InlineData("  leading and trailing  ")]
    [InlineData("tabs\tand\nnew\r\nlines\vand\fform feeds")]
    [InlineData("no\u00a0break\u2009thin\u3000ideographic\u2028line\u2029paragraph\u0085next-line spaces")]
    [InlineData("zero\u200bwidth\u200djoiners\u2060are not spaces")]
    [InlineData("surrogates 😀 and 😀😀 count as letters")]
    [InlineData("—dash— … «quoted» ")]
    public void WordsAreCountedAsTheRegexCountsThem(string text) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(text, @"\S+"), Prose.CountWords(text));

    [Theory]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(690, 3)]
    public void ReadingTimeIsAtTwoHundredThirtyWordsAMinute(int words, int minutes) =>
        Assert.Equal(minutes, ReadingPace.Words.Minutes(words));

    [Theory]
    [InlineData("ja", "日本語の文章、読み方。", 9)]
    [InlineData("zh-Hans", "中文，不是单词。", 6)]
    [InlineData("ko", "한국어는 띄어쓰기를 합니다.", 3)]
    [InlineData("fr", "L'essai est court.", 3)]
    public void ChineseAndJapaneseAreMeasuredInCharactersOthersInWords(string language, string text, int length) =>
        Assert.Equal(length, ReadingPace.For(language).Measure(text));

    [Theory]
    [InlineData("ja", 400, 1)]
    [InlineData("ja", 401, 2)]
    [InlineData("zh", 1000, 2)]
    [InlineData("zh-TW", 1001, 3)]
    public void ChineseIsReadAtFiveHundredCharactersAMinuteAndJapaneseAtFourHundred(string language, int characters, int minutes) =>
        Assert.Equal(minutes, ReadingPace.For(language).Minutes(characters));

    [Theory]
    [InlineData("")]
    [InlineData("# Only a title")]
    [InlineData("\n\n---\n\n")]
    public void AnEssayWithoutTextIsRejected(string markdown)
    {
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse("empty", markdown, "content/empty.md", problems);

        Assert.Null(essay);
        Assert.Equal("content/empty.md:1:1: error: the essay has no text", Assert.Single(problems).ToString());
    }

    [Fact]
    public void RawHtmlIsShownAsTextNotInterpreted()
    {
        var section = Parse("# T\n\nHello <script>alert(1)</script> world.").Sections[0];
        Assert.DoesNotContain("<script>", section.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", section.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummaryIsTheFirstSentencesOfTheOpening()
    {
        var essay = Parse("# T\n\nFirst sentence is here. Second one follows it closely, and then there is more text to read. "
            + "Third sentence adds enough words to pass the wanted length of a summary for sure. Fourth is never shown.");
        Assert.Equal("First sentence is here. Second one follows it closely, and then there is more text to read. "
            + "Third sentence adds enough words to pass the wanted length of a summary for sure.", essay.Summary);
    }

    [Fact]
    public void AnOpeningThatIsOneLongAddressLoadsWithItsSummaryCutAtTheLimit()
    {
        var address = "https://example.com/" + new string('a', 380);

        var essay = Parse($"# Long\n\n{address}");

        Assert.Equal(address[..300] + "…", essay.Summary);
    }

    public static TheoryData<string, string> UnbrokenOpenings() => new()
    {
        { string.Concat(Enumerable.Repeat("😀", 200)), string.Concat(Enumerable.Repeat("😀", 150)) + "…" },
        { string.Concat(Enumerable.Repeat("e\u0301", 200)), string.Concat(Enumerable.Repeat("e\u0301", 150)) + "…" },
        { string.Concat(Enumerable.Repeat("👩‍👩‍👧", 50)), string.Concat(Enumerable.Repeat("👩‍👩‍👧", 37)) + "…" },
        { "Short words. " + new string('x', 400), "Short words." + "…" },
    };

    [Theory]
    [MemberData(nameof(UnbrokenOpenings))]
    public void ASummaryWithoutASpaceToCutAtIsCutBetweenWholeCharactersWithAnEllipsis(string opening, string summary) =>
        Assert.Equal(summary, Prose.Summarise(opening));

    [Theory]
    [InlineData("He said \"yes\" -- twice --- and 'left'...", "He said “yes” – twice — and ‘left’…")]
    [InlineData("Fish & chips < 5 > 2", "Fish & chips < 5 > 2")]
    public void PlainTextHasTypographicPunctuationAndNoEntities(string markdown, string text) =>
        Assert.Equal(text, SectionText.Of(Parse($"# T\n\n{markdown}").Sections[0]).Text);
}
