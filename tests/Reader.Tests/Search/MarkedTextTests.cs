using Reader.Search;

namespace Reader.Tests.Search;

/// <summary>How matches become the HTML of a result: which passages are shown, where ellipses go, what is marked.</summary>
public sealed class MarkedTextTests
{
    private const string Long =
        "The winter was long. Ships waited in the harbour for weeks while the ice held the bay. " +
        "Nobody in the village remembered a colder winter, and the old winter stories were told again. " +
        "In spring the harbour opened and the ships left for the south with their winter cargo.";

    /// <summary>Every occurrence of each word, as the pattern's index in <paramref name="words"/>.</summary>
    private static List<TextMatch> Find(string text, params string[] words)
    {
        var matches = new List<TextMatch>();
        for (var pattern = 0; pattern < words.Length; pattern++)
        {
            for (var at = text.IndexOf(words[pattern], StringComparison.Ordinal); at >= 0; at = text.IndexOf(words[pattern], at + 1, StringComparison.Ordinal))
            {
                matches.Add(new TextMatch(at, at + words[pattern].Length, pattern));
            }
        }

        return [.. matches.OrderBy(match => match.Start)];
    }

    [Fact]
    public void AHeadingIsShownWholeWithEachMatchMarked()
    {
        const string heading = "Harbours & Winter <Notes>";

        Assert.Equal(
            "Harbours &amp; <mark>Winter</mark> &lt;Notes&gt;",
            MarkedText.Whole(heading, Find(heading, "Winter")));
    }

    [Fact]
    public void MatchesThatOverlapAreMarkedOnce()
    {
        const string text = "a multi polar world";
        List<TextMatch> matches = [new(2, 19, 0), new(8, 13, 1)];

        Assert.Equal("a <mark>multi polar world</mark>", MarkedText.Whole(text, matches));
    }

    [Fact]
    public void ThePassageWithTheMostDifferentWordsIsChosenOverOneWithTheMostMatches()
    {
        const string text = "Winter, winter, winter: the fleet waited all winter long for news. Much later a ship came into the harbour one winter night.";

        var snippet = MarkedText.Snippet(text, Find(text, "inter", "harbour"), length: 60, passages: 1);

        Assert.Contains("<mark>harbour</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Winter, winter, winter", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void AmongPassagesWithAsManyDifferentWordsTheOneWithMoreMatchesIsChosen()
    {
        var snippet = MarkedText.Snippet(Long, Find(Long, "winter", "harbour"), length: 100, passages: 1);

        Assert.Equal(
            "… a colder <mark>winter</mark>, and the old <mark>winter</mark> stories were told again. In spring the <mark>harbour</mark> opened and the …",
            snippet);
    }

    [Fact]
    public void APassageStartsAtItsSentenceWhenThatIsNearAndEllipsesShowWhereTextIsLeftOut()
    {
        var snippet = MarkedText.Snippet(Long, Find(Long, "colder"), length: 120, passages: 1);

        Assert.Equal(
            "… Nobody in the village remembered a <mark>colder</mark> winter, and the old winter stories were told again. In spring the harbour …",
            snippet);
    }

    [Fact]
    public void FarFromItsSentenceAPassageStartsAFewWordsBeforeTheMatch()
    {
        var snippet = MarkedText.Snippet(Long, Find(Long, "stories"), length: 60, passages: 1);

        Assert.Equal("… and the old winter <mark>stories</mark> were told again. In spring the …", snippet);
    }

    [Fact]
    public void TwoPassagesAreShownInReadingOrder()
    {
        var snippet = MarkedText.Snippet(Long, Find(Long, "spring", "bay"), length: 60, passages: 2);

        Assert.Equal(
            "… the ice held the <mark>bay</mark>. Nobody in the village remembered a … In <mark>spring</mark> the harbour opened and the ships left for the …",
            snippet);
    }

    [Fact]
    public void APassageNearTheStartOfTheTextBeginsAtTheStart()
    {
        var snippet = MarkedText.Snippet(Long, Find(Long, "long"), length: 60, passages: 1);

        Assert.Equal("The winter was <mark>long</mark>. Ships waited in the harbour for weeks …", snippet);
    }

    [Fact]
    public void APassageIsNeverCutInsideAMatchedPhrase()
    {
        const string text = "A multi polar world order is what both leaders spoke of.";
        List<TextMatch> matches = [new(2, 19, 0)];

        Assert.Equal("A <mark>multi polar world</mark> …", MarkedText.Snippet(text, matches, length: 10, passages: 1));
    }

    [Fact]
    public void WithNoMatchesTheSnippetIsTheOpeningWords()
    {
        Assert.Equal("The winter was long. Ships …", MarkedText.Snippet(Long, [], length: 30, passages: 2));
        Assert.Equal("Short text.", MarkedText.Snippet("Short text.", [], length: 30, passages: 2));
    }

    [Fact]
    public void TheTextIsEncodedAndOnlyTheMarksAreMarkup()
    {
        const string text = "Say <script>alert(1)</script> & more";

        Assert.Equal(
            "Say &lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; more",
            MarkedText.Snippet(text, Find(text, "alert"), length: 160, passages: 2));
    }
}
