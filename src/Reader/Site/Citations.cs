using System.Globalization;
using System.Text;
using Reader.Essays;

namespace Reader.Site;

/// <summary>One ready-to-copy reference to an essay or a section in a citation style.</summary>
internal sealed record CitationStyle(string Name, string Text);

/// <summary>What the 'cite this' box shows: one reference per style.</summary>
internal sealed record CitationBox(string Heading, IReadOnlyList<CitationStyle> Styles);

/// <summary>
/// Builds references in the common styles from an essay's metadata. Author names are used as written: Reader
/// can't know which part of a name is the family name, so it doesn't invert or abbreviate them.
/// </summary>
internal static class Citations
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] MlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static CitationBox For(Essay essay, Section? section, SiteOptions site, DateOnly accessed)
    {
        var url = section is null ? site.Permalink(essay) : site.Permalink(essay, section);
        var work = new Work(essay.Title, section?.Title, essay.Metadata.Author, essay.Metadata.Date, site.Title, url.AbsoluteUri, accessed,
            section is null ? essay.Slug : $"{essay.Slug}-{section.Slug}");
        return new CitationBox(
            section is null ? "Cite this essay" : "Cite this section",
            [new("APA", Apa(work)), new("MLA", Mla(work)), new("Chicago", Chicago(work)), new("BibTeX", BibTeX(work))]);
    }

    private sealed record Work(string Title, string? Section, string? Author, DateOnly? Date, string Site, string Url, DateOnly Accessed, string Key);

    private static string Apa(Work work)
    {
        var date = work.Date is { } day ? day.ToString("yyyy, MMMM d", English) : "n.d.";
        var title = work.Section is { } section ? $"{Sentence(section)} In {Sentence(work.Title)}" : Sentence(work.Title);
        var opening = work.Author is { } author ? $"{Sentence(author)} ({date}). {title}" : $"{title} ({date}).";
        return $"{opening} {Sentence(work.Site)} Retrieved {LongDate(work.Accessed)}, from {work.Url}";
    }

    private static string Mla(Work work)
    {
        var text = new StringBuilder();
        if (work.Author is { } author)
        {
            text.Append(Sentence(author)).Append(' ');
        }

        if (work.Section is { } section)
        {
            text.Append($"“{Sentence(section)}” {work.Title}, ");
        }
        else
        {
            text.Append($"“{Sentence(work.Title)}” ");
        }

        text.Append(work.Site).Append(", ");
        if (work.Date is { } date)
        {
            text.Append(MlaDate(date)).Append(", ");
        }

        return text.Append($"{work.Url}. Accessed {MlaDate(work.Accessed)}.").ToString();
    }

    private static string Chicago(Work work)
    {
        var text = new StringBuilder();
        if (work.Author is { } author)
        {
            text.Append(Sentence(author)).Append(' ');
        }

        text.Append(work.Section is { } section ? $"“{Sentence(section)}” In “{Sentence(work.Title)}” " : $"“{Sentence(work.Title)}” ");
        text.Append(Sentence(work.Site)).Append(' ');
        if (work.Date is { } date)
        {
            text.Append(Sentence(LongDate(date))).Append(' ');
        }

        return text.Append($"Accessed {LongDate(work.Accessed)}. {work.Url}.").ToString();
    }

    private static string BibTeX(Work work)
    {
        var fields = new List<(string Name, string Value)>();
        if (work.Author is { } author)
        {
            fields.Add(("author", author));
        }

        fields.Add(("title", work.Section is { } section ? $"{work.Title}: {section}" : work.Title));
        if (work.Date is { } date)
        {
            fields.Add(("date", IsoDate(date)));
            fields.Add(("year", date.Year.ToString(CultureInfo.InvariantCulture)));
        }

        fields.Add(("organization", work.Site));
        fields.Add(("url", work.Url));
        fields.Add(("urldate", IsoDate(work.Accessed)));

        var text = new StringBuilder($"@online{{{BibKey(work.Key)},\n");
        foreach (var (name, value) in fields)
        {
            text.Append($"  {name} = {{{(name == "url" ? value : BibEscape(value))}}},\n");
        }

        return text.Append('}').ToString();
    }

    /// <summary>Ends a phrase with a full stop unless it already ends with punctuation of its own.</summary>
    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    private static string MlaDate(DateOnly date) => $"{date.Day} {MlaMonths[date.Month - 1]} {date.Year}";

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string BibKey(string slug) => new([.. slug.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    private static string BibEscape(string value)
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
}
