using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Reader.Essays;

namespace Reader.Site;

/// <summary>
/// An essay's or a section's reference as reference managers import it: RIS, BibTeX and CSL-JSON. The files
/// carry no access date: they are cached like pages, and a reference manager records its own when it imports.
/// </summary>
internal static class ReferenceFiles
{
    public const string RisType = "application/x-research-info-systems";
    public const string BibTeXType = "application/x-bibtex";
    public const string CslJsonType = "application/vnd.citationstyles.csl+json";

    /// <summary>Each format by the extension of its address.</summary>
    public static readonly IReadOnlyList<(string Extension, string Name, string ContentType)> Formats =
    [
        ("ris", "RIS", RisType),
        ("bib", "BibTeX", BibTeXType),
        ("json", "CSL-JSON", CslJsonType),
    ];

    public static IReadOnlyList<ReferenceFile> For(Essay essay, Section? section) =>
        [.. Formats.Select(format => new ReferenceFile(format.Name, Addresses.CiteFile(essay.Slug, section?.Slug, format.Extension), format.ContentType))];

    /// <summary>The file in the format an extension names, or null for an extension that names none.</summary>
    public static (string Body, string ContentType)? Render(string extension, Work work) => extension switch
    {
        "ris" => (Ris(work), RisType),
        "bib" => (BibTeX(work, accessed: null) + "\n", BibTeXType),
        "json" => (new JsonArray(CslJson(work)).ToJsonString(new() { WriteIndented = true }) + "\n", CslJsonType),
        _ => null,
    };

    /// <summary>A biblatex <c>@online</c> entry; authors as "von Last, Jr., First", organisations braced so they are never split.</summary>
    public static string BibTeX(Work work, DateOnly? accessed)
    {
        var fields = new List<(string Name, string Value)>();
        if (work.Authors.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", work.Authors.Select(BibTeXName))));
        }

        fields.Add(("title", Escape(work.Section is { } section ? $"{work.Title}: {section}" : work.Title)));
        if (work.Date is { } date)
        {
            fields.Add(("date", IsoDate(date)));
            fields.Add(("year", date.Year.ToString(CultureInfo.InvariantCulture)));
        }

        fields.Add(("organization", Escape(work.Site)));
        fields.Add(("url", work.Url));
        if (accessed is { } day)
        {
            fields.Add(("urldate", IsoDate(day)));
        }

        var text = new StringBuilder($"@online{{{new string([.. work.Key.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')])},\n");
        foreach (var (name, value) in fields)
        {
            text.Append($"  {name} = {{{value}}},\n");
        }

        return text.Append('}').ToString();
    }

    private static string BibTeXName(Author author)
    {
        if (author.IsOrganization)
        {
            return $"{{{Escape(author.Family)}}}";
        }

        var family = Escape(author.FullFamily);
        return (author.Suffix, author.Given) switch
        {
            ({ } suffix, { } given) => $"{family}, {Escape(suffix)}, {Escape(given)}",
            (null, { } given) => $"{family}, {Escape(given)}",
            _ => family,
        };
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => $"\\{c}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>RIS as Zotero, EndNote and Mendeley read it: <c>TAG  - value</c> lines ending in CR LF.</summary>
    public static string Ris(Work work)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", "ELEC") };
        lines.AddRange(work.Authors.Select(author => ("AU", author.Inverted)));
        lines.Add(("TI", work.Section ?? work.Title));
        lines.Add(("T2", work.Section is null ? work.Site : work.Title));
        lines.Add(("PB", work.Site));
        if (work.Date is { } date)
        {
            lines.Add(("PY", date.Year.ToString(CultureInfo.InvariantCulture)));
            lines.Add(("DA", date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        }

        lines.Add(("UR", work.Url));
        lines.Add(("LA", work.Language));
        lines.Add(("ER", ""));
        return string.Concat(lines.Select(line => $"{line.Tag}  - {line.Value}\r\n"));
    }

    /// <summary>
    /// A CSL-JSON item: an essay is a <c>webpage</c> on the site; a section a <c>document</c> within the essay,
    /// published by the site. Titles are in sentence case, as CSL expects them stored: styles can make title
    /// case from sentence case, never the reverse.
    /// </summary>
    public static JsonObject CslJson(Work work)
    {
        var item = new JsonObject
        {
            ["id"] = work.Key,
            ["type"] = work.Section is null ? "webpage" : "document",
            ["title"] = work.SentenceSection ?? work.SentenceTitle,
        };
        if (work.Section is null)
        {
            item["container-title"] = work.Site;
        }
        else
        {
            item["container-title"] = work.SentenceTitle;
            item["publisher"] = work.Site;
        }

        if (work.Authors.Count > 0)
        {
            item["author"] = new JsonArray([.. work.Authors.Select(CslName)]);
        }

        if (work.Date is { } date)
        {
            item["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)) };
        }

        item["URL"] = work.Url;
        item["language"] = work.Language;
        return item;
    }

    private static JsonNode CslName(Author author)
    {
        if (author.IsOrganization)
        {
            return new JsonObject { ["literal"] = author.Family };
        }

        var name = new JsonObject { ["family"] = author.Family };
        if (author.Given is { } given)
        {
            name["given"] = given;
        }

        if (author.Particle is { } particle)
        {
            // Kept with the family name in every style, as Reader writes it ("van Beethoven, L.").
            name["non-dropping-particle"] = particle;
        }

        if (author.Suffix is { } suffix)
        {
            name["suffix"] = suffix;
        }

        return name;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
