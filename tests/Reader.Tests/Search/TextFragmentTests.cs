using Reader.Essays;
using Reader.Search;

namespace Reader.Tests.Search;

public sealed class TextFragmentTests
{
    private const string Text = "Salt came first.\n\nGrain and salt came later, by ship.";
    private static readonly ParagraphSpan[] Paragraphs = [new("p1", 0, 16), new("p2", 18, Text.Length)];
    private static readonly SectionText Section = new(Text, Paragraphs, []);

    private static TextMatch Match(string words, int pattern, int from = 0) =>
        new(Text.IndexOf(words, from, StringComparison.Ordinal), Text.IndexOf(words, from, StringComparison.Ordinal) + words.Length, pattern);

    /// <summary>
    /// The syntax of https://wicg.github.io/scroll-to-text-fragment/#syntax (<c>text=[prefix-,]start[,end][,-suffix]</c>):
    /// a term is percent-encoded, and <c>-</c>, <c>,</c> and <c>&amp;</c> must be, as the directive itself uses them.
    /// </summary>
    [Theory]
    [InlineData("an example text fragment", "an%20example%20text%20fragment")]
    [InlineData("first-person", "first%2Dperson")]
    [InlineData("Moscow, Beijing", "Moscow%2C%20Beijing")]
    [InlineData("trade & energy", "trade%20%26%20energy")]
    [InlineData("a “No Limits", "a%20%E2%80%9CNo%20Limits")]
    [InlineData("المنارة", "%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B1%D8%A9")]
    [InlineData("100% #1 ?=/", "100%25%20%231%20%3F%3D%2F")]
    [InlineData("two\nlines  apart", "two%20lines%20apart")]
    public void ATermIsPercentEncodedWithTheDirectivesOwnSeparatorsEscaped(string text, string encoded)
    {
        Assert.Equal(encoded, TextFragment.Encode(text));
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Uri.UnescapeDataString(encoded));
    }

    [Fact]
    public void TheLinkLeadsToTheFirstMatchInTheParagraphHoldingMostOfTheQuerysWords()
    {
        TextMatch[] matches = [Match("Salt", 1), Match("Grain", 0), Match("salt", 1)];

        Assert.Equal("p2:~:text=Grain", TextFragment.ToBestMatch(Section, matches, above: ""));
    }

    [Fact]
    public void WordsThatComeEarlierInTheSectionGetTheWordsBeforeThemAsAPrefix()
    {
        Assert.Equal("p2:~:text=Grain%20and-,salt", TextFragment.ToBestMatch(Section, [Match("salt", 0)], above: ""));
    }

    [Fact]
    public void WordsThatComeEarlierAtTheStartOfTheirParagraphGetTheWordsAfterThemAsASuffix()
    {
        Assert.Equal("p2:~:text=Grain,-and%20salt%20came", TextFragment.ToBestMatch(Section, [Match("Grain", 0)], above: "A Grain Trade"));
    }

    [Fact]
    public void AMatchOutsideEveryNumberedParagraphHasNoFragment()
    {
        Assert.Null(TextFragment.ToBestMatch(Section, [], above: ""));
        Assert.Null(TextFragment.ToBestMatch(Section with { Paragraphs = [Paragraphs[0]] }, [Match("Grain", 0)], above: ""));
    }

    /// <summary>The page shows a note's number where the text has none, so the context stops at the reference.</summary>
    [Theory]
    [InlineData("Grain came by ship<a href=\"#fn1\" class=\"footnote-ref\"><sup>1</sup></a> and salt later.", "salt", "p2:~:text=and-,salt")]
    [InlineData("Salt came<a href=\"#fn1\" class=\"footnote-ref\"><sup>1</sup></a> later by ship.", "Salt", "p2:~:text=Salt,-came")]
    public void ContextWordsStopAtANoteReference(string paragraph, string words, string fragment)
    {
        var section = SectionText.Of($"<p id=\"p1\">Salt came first.</p>\n<p id=\"p2\">{paragraph}</p>");
        var start = section.Text.LastIndexOf(words, StringComparison.Ordinal);

        Assert.Equal(fragment, TextFragment.ToBestMatch(section, [new TextMatch(start, start + words.Length, 0)], above: ""));
    }
}
