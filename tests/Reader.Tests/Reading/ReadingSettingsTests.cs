using Reader.Reading;

namespace Reader.Tests.Reading;

public sealed class ReadingSettingsTests
{
    [Theory]
    [InlineData(null, "auto", "normal", "normal", "serif")]
    [InlineData("", "auto", "normal", "normal", "serif")]
    [InlineData("dark.large.wide.sans", "dark", "large", "wide", "sans")]
    [InlineData("sepia.small.narrow.serif", "sepia", "small", "narrow", "serif")]
    [InlineData("dark.huge.wide.sans", "dark", "normal", "wide", "sans")]
    [InlineData("<script>.large.wide.sans", "auto", "large", "wide", "sans")]
    [InlineData("dark.large.wide", "auto", "normal", "normal", "serif")]
    [InlineData("dark.large.wide.sans.extra", "auto", "normal", "normal", "serif")]
    [InlineData("DARK.LARGE.WIDE.SANS", "auto", "normal", "normal", "serif")]
    public void TheCookieIsReadPartByPartAndAnythingUnknownFallsBackToTheDefault(
        string? cookie, string theme, string size, string width, string font) =>
        Assert.Equal(new ReadingSettings(theme, size, width, font), ReadingSettings.FromCookie(cookie));

    [Fact]
    public void SettingsSurviveTheRoundTripThroughTheCookie()
    {
        var settings = ReadingSettings.From("sepia", "larger", "narrow", "sans");

        Assert.Equal("sepia.larger.narrow.sans", settings.ToCookie());
        Assert.Equal(settings, ReadingSettings.FromCookie(settings.ToCookie()));
    }

    [Fact]
    public void ThereAreFourTextSizesAndThreeThemesBesidesAutomatic()
    {
        Assert.Equal(["small", "normal", "large", "larger"], ReadingSettings.TextSizes);
        Assert.Equal(["light", "sepia", "dark"], ReadingSettings.Themes.Skip(1));
        Assert.Equal(["narrow", "normal", "wide"], ReadingSettings.LineWidths);
        Assert.Equal(["serif", "sans"], ReadingSettings.Typefaces);
    }
}
