using Reader.Reading;

namespace Reader.Tests.Reading;

public sealed class ReadingSettingsTests
{
    [Theory]
    [InlineData(null, "auto", "normal", "normal", "serif", "ragged")]
    [InlineData("", "auto", "normal", "normal", "serif", "ragged")]
    [InlineData("dark.large.wide.sans.justify", "dark", "large", "wide", "sans", "justify")]
    [InlineData("sepia.small.narrow.serif.ragged", "sepia", "small", "narrow", "serif", "ragged")]
    [InlineData("dark.huge.wide.sans.justify", "dark", "normal", "wide", "sans", "justify")]
    [InlineData("<script>.large.wide.sans.justify", "auto", "large", "wide", "sans", "justify")]
    [InlineData("dark.large.wide.sans.centre", "dark", "large", "wide", "sans", "ragged")]
    [InlineData("dark.large.wide", "auto", "normal", "normal", "serif", "ragged")]
    [InlineData("dark.large.wide.sans.justify.extra", "auto", "normal", "normal", "serif", "ragged")]
    [InlineData("DARK.LARGE.WIDE.SANS.JUSTIFY", "auto", "normal", "normal", "serif", "ragged")]
    public void TheCookieIsReadPartByPartAndAnythingUnknownFallsBackToTheDefault(
        string? cookie, string theme, string size, string width, string font, string alignment) =>
        Assert.Equal(new ReadingSettings(theme, size, width, font, alignment), ReadingSettings.FromCookie(cookie));

    [Theory]
    [InlineData("dark.large.wide.sans", "dark", "large", "wide", "sans")]
    [InlineData("sepia.small.narrow.serif", "sepia", "small", "narrow", "serif")]
    public void ACookieFromBeforeTheAlignmentSettingKeepsItsChoicesAndReadsAsRagged(
        string cookie, string theme, string size, string width, string font) =>
        Assert.Equal(new ReadingSettings(theme, size, width, font, "ragged"), ReadingSettings.FromCookie(cookie));

    [Theory]
    [InlineData("sepia", "larger", "narrow", "sans", "justify", "sepia.larger.narrow.sans.justify")]
    [InlineData("auto", "normal", "normal", "serif", "ragged", "auto.normal.normal.serif.ragged")]
    public void SettingsSurviveTheRoundTripThroughTheCookie(string theme, string size, string width, string font, string alignment, string cookie)
    {
        var settings = ReadingSettings.From(theme, size, width, font, alignment);

        Assert.Equal(cookie, settings.ToCookie());
        Assert.Equal(settings, ReadingSettings.FromCookie(settings.ToCookie()));
    }

    [Fact]
    public void ThereAreFourTextSizesThreeThemesBesidesAutomaticAndRaggedTextUnlessJustified()
    {
        Assert.Equal(["small", "normal", "large", "larger"], ReadingSettings.TextSizes);
        Assert.Equal(["light", "sepia", "dark"], ReadingSettings.Themes.Skip(1));
        Assert.Equal(["narrow", "normal", "wide"], ReadingSettings.LineWidths);
        Assert.Equal(["serif", "sans"], ReadingSettings.Typefaces);
        Assert.Equal(["ragged", "justify"], ReadingSettings.Alignments);
    }
}
