using Reader.Essays;
using Reader.Site;

namespace Reader.Tests.Site;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("fa-IR", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("az-Arab", "rtl")]
    [InlineData("az-Latn", "ltr")]
    [InlineData("az", "ltr")]
    [InlineData("sd-Deva", "ltr")]
    [InlineData("en-GB", "ltr")]
    [InlineData("ja", "ltr")]
    public void TheDirectionComesFromTheScriptSubtagElseTheLanguage(string tag, string direction) =>
        Assert.Equal(direction, LanguageTag.Direction(tag));

    [Theory]
    [InlineData("fr", "Français")]
    [InlineData("ar", "العربية")]
    [InlineData("ja", "日本語")]
    [InlineData("en", "English")]
    [InlineData("de", "Deutsch")]
    [InlineData("es", "Español")]
    public void ALanguageIsNamedInItselfWithItsFirstLetterCapitalised(string tag, string name) =>
        Assert.Equal(name, LanguageNames.Native(tag));
}
