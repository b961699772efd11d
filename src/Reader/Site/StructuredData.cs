using System.Globalization;
using System.Text.Json.Nodes;
using Reader.Essays;

namespace Reader.Site;

/// <summary>schema.org descriptions (JSON-LD) of essays and sections, for search engines and citation managers.</summary>
internal static class StructuredData
{
    /// <param name="series">Where the essay stands in its series, if it is a part of one.</param>
    public static JsonObject Article(Essay essay, SeriesPosition? series, SiteOptions site)
    {
        var article = Describe(essay, essay.Title, essay.Summary, site.Permalink(essay), site);
        AddSeries(article, series, site);
        article["hasPart"] = new JsonArray([.. essay.Sections.Select(section => (JsonNode)new JsonObject
        {
            ["@type"] = "WebPageElement",
            ["name"] = section.Title,
            ["position"] = section.Number,
            ["url"] = site.Permalink(essay, section).AbsoluteUri,
        })]);
        return article;
    }

    /// <param name="series">Where the section's essay stands in its series: the essay the section is part of is in turn part of the series.</param>
    public static JsonObject Section(Essay essay, Section section, string description, SeriesPosition? series, SiteOptions site)
    {
        var article = Describe(essay, section.Title, description, site.Permalink(essay, section), site);
        var whole = new JsonObject
        {
            ["@type"] = "Article",
            ["headline"] = essay.Title,
            ["url"] = site.Permalink(essay).AbsoluteUri,
        };
        AddSeries(whole, series, site);
        article["isPartOf"] = whole;
        article["position"] = section.Number;
        return article;
    }

    /// <summary>A series' page: the <c>CreativeWorkSeries</c> with its parts in order, each at its position.</summary>
    public static JsonObject Series(Series series, SiteOptions site) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "CreativeWorkSeries",
        ["name"] = series.Name,
        ["url"] = site.Link(Addresses.Series(series.Slug)).AbsoluteUri,
        ["inLanguage"] = series.Parts[0].Language,
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Title, ["url"] = site.Link("/").AbsoluteUri },
        ["hasPart"] = new JsonArray([.. series.Parts.Select((part, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "Article",
            ["headline"] = part.Title,
            ["url"] = site.Permalink(part).AbsoluteUri,
            ["position"] = i + 1,
        })]),
    };

    /// <summary>schema.org's <c>position</c> on the part says where it stands in the <c>CreativeWorkSeries</c> it is part of.</summary>
    private static void AddSeries(JsonObject article, SeriesPosition? position, SiteOptions site)
    {
        if (position is null)
        {
            return;
        }

        article["isPartOf"] = new JsonObject
        {
            ["@type"] = "CreativeWorkSeries",
            ["name"] = position.Series.Name,
            ["url"] = site.Link(Addresses.Series(position.Series.Slug)).AbsoluteUri,
        };
        article["position"] = position.Number;
    }

    private static JsonObject Describe(Essay essay, string headline, string description, Uri url, SiteOptions site)
    {
        var metadata = essay.Metadata;
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = headline,
            ["description"] = description,
            ["url"] = url.AbsoluteUri,
            ["mainEntityOfPage"] = url.AbsoluteUri,
            ["inLanguage"] = metadata.Language,
            ["wordCount"] = essay.WordCount,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Title, ["url"] = site.Link("/").AbsoluteUri },
        };
        if (metadata.Authors.Count > 0)
        {
            article["author"] = new JsonArray([.. metadata.Authors.Select(Agent)]);
        }

        if (metadata.Date is { } date)
        {
            article["datePublished"] = IsoDate(date);
        }

        if ((metadata.Updated ?? metadata.Date) is { } modified)
        {
            article["dateModified"] = IsoDate(modified);
        }

        if (metadata.Tags.Count > 0)
        {
            article["keywords"] = new JsonArray([.. metadata.Tags.Select(tag => (JsonNode)tag.Name)]);
        }

        if (PageImage.Of(essay, site) is { } image)
        {
            article["image"] = Image(image);
        }

        return article;
    }

    /// <summary>schema.org sizes are a QuantitativeValue; E37 is UN/CEFACT's code for the pixel.</summary>
    private static JsonObject Image(PageImage image)
    {
        static JsonObject Pixels(int count) => new() { ["@type"] = "QuantitativeValue", ["value"] = count, ["unitCode"] = "E37" };
        var node = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = image.Url.AbsoluteUri,
            ["contentUrl"] = image.Url.AbsoluteUri,
            ["encodingFormat"] = image.MediaType,
            ["width"] = Pixels(image.Width),
            ["height"] = Pixels(image.Height),
        };
        if (image.Alt.Length > 0)
        {
            node["description"] = image.Alt;
        }

        return node;
    }

    private static JsonNode Agent(Author author)
    {
        if (author.IsOrganization)
        {
            return new JsonObject { ["@type"] = "Organization", ["name"] = author.Family };
        }

        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.DisplayName, ["familyName"] = author.FullFamily };
        if (author.Given is { } given)
        {
            person["givenName"] = given;
        }

        if (author.Suffix is { } suffix)
        {
            person["honorificSuffix"] = suffix;
        }

        return person;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
