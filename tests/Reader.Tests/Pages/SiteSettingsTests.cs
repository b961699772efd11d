namespace Reader.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SiteSettingsTests
{
    [Fact]
    public async Task TheDefaultAuthorAndLanguageApplyToEssaysThatGiveNone()
    {
        using var app = LibrarySite.Create("Production");
        app.Settings["Reader:Site:DefaultAuthor"] = "The Editors";
        app.Settings["Reader:Site:Language"] = "fr";

        var musings = await app.GetPageAsync("/essays/musings");
        var river = await app.GetPageAsync("/essays/river-notes");

        Assert.Equal("The Editors", musings.Text("article header .byline .author"));
        Assert.Equal("fr", musings.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ben Walker", river.Text("article header .byline .author"));
        Assert.Equal("en-GB", river.Document.DocumentElement.GetAttribute("lang"));
    }
}
