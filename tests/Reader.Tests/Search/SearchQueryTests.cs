using Reader.Search;

namespace Reader.Tests.Search;

public sealed class SearchQueryTests
{
    public static TheoryData<string, string[]> Splits => new()
    {
        { "russia china", ["russia", "china"] },
        { "  russia   china  ", ["russia", "china"] },
        { "\"multi polar world\" trade", ["\"multi polar world\"", "trade"] },
        { "“multi polar world”", ["\"multi polar world\""] },
        { "trade \"unbalanced quote", ["trade", "\"unbalanced quote\""] },
        { "\"\" trade", ["trade"] },
        { "vis-à-vis", ["vis-à-vis"] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void AQueryIsReadAsWordsAndQuotedPhrases(string typed, string[] pieces)
    {
        var query = SearchQuery.Parse(typed);

        Assert.Equal(pieces, query.Pieces.Select(piece => piece.IsPhrase ? $"\"{piece.Text}\"" : piece.Text));
    }

    [Fact]
    public void AVeryLongQueryIsCutToTheMaximumLengthAndSaysSo()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("sanction ", 100)));

        Assert.True(query.WasShortened);
        // Twenty-two words and their spaces end at 197 characters; the space after them is the last one within the limit.
        Assert.Equal(string.Join(' ', Enumerable.Repeat("sanction", 22)), query.Text);
        Assert.Equal(Enumerable.Repeat("sanction", 22), query.Pieces.Select(piece => piece.Text));
    }

    [Fact]
    public void CuttingALongQueryNeverSplitsACharacterInTwo()
    {
        var query = SearchQuery.Parse(new string('a', SearchQuery.MaximumLength - 1) + "😀😀");

        Assert.False(char.IsHighSurrogate(query.Text[^1]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void NothingTypedIsAnEmptyQuery(string? typed)
    {
        Assert.True(SearchQuery.Parse(typed).IsEmpty);
    }
}
