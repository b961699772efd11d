using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Reader.Essays;

namespace Reader.Site;

/// <summary>A stretch of a formatted reference: roman, or italic where the style sets a title in italics.</summary>
internal sealed record Run(string Text, bool Italic = false);

/// <summary>One reference in a citation style, formatted (runs) and as plain text that pastes cleanly.</summary>
internal sealed record Reference(string Style, IReadOnlyList<Run> Runs)
{
    public string Text { get; } = string.Concat(Runs.Select(run => run.Text));

    /// <summary>The runs as HTML, every text encoded, italic ones in <c>&lt;i&gt;</c>, with no whitespace between them.</summary>
    public string Html { get; } = string.Concat(Runs.Select(run =>
        run.Italic ? $"<i>{Encoder.Encode(run.Text)}</i>" : Encoder.Encode(run.Text)));

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
}

/// <summary>A file a reference manager imports, at its address.</summary>
internal sealed record ReferenceFile(string Name, string Path, string ContentType);

/// <summary>What the 'cite this' box shows: a reference per style, the BibTeX entry and the files to import.</summary>
internal sealed record CitationBox(string Heading, IReadOnlyList<Reference> References, string BibTeX, IReadOnlyList<ReferenceFile> Files);

/// <summary>
/// What a reference is made of: the essay or one of its sections, as the styles need it. <see cref="Date"/> is
/// the publication date, else the revision date (<see cref="Revised"/> then says so).
/// </summary>
internal sealed record Work(
    string Title,
    string? Section,
    IReadOnlyList<Author> Authors,
    DateOnly? Date,
    bool Revised,
    string Site,
    string Url,
    string Key,
    string Language,
    IReadOnlySet<string> ProperWords)
{
    public static Work Of(Essay essay, Section? section, SiteOptions site)
    {
        var url = section is null ? site.Permalink(essay) : site.Permalink(essay, section);
        var metadata = essay.Metadata;
        return new Work(
            essay.Title,
            section?.Title,
            metadata.Authors,
            metadata.Date ?? metadata.Updated,
            Revised: metadata.Date is null && metadata.Updated is not null,
            site.Title,
            url.AbsoluteUri,
            section is null ? essay.Slug : $"{essay.Slug}-{section.Slug}",
            metadata.Language,
            SentenceCase.ProperWords(essay.Sections.Select(part => SectionText.Of(part).Text)));
    }

    /// <summary>The title as APA and CSL-JSON want it: in sentence case.</summary>
    public string SentenceTitle => SentenceCase.Of(Title, ProperWords);

    public string? SentenceSection => Section is null ? null : SentenceCase.Of(Section, ProperWords);
}

/// <summary>
/// References in APA 7, MLA 9 and Chicago 17 (notes and bibliography: the bibliography entry), plus BibTeX.
/// An essay is cited as a work on the site; a section as a part of the essay. MLA and Chicago use titles as
/// the essay writes them; APA puts them in sentence case (<see cref="SentenceCase"/>).
/// </summary>
internal static class Citations
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] MlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <param name="accessed">Today, for the styles that give an access date when the essay has no date.</param>
    public static CitationBox For(Essay essay, Section? section, SiteOptions site, DateOnly accessed) =>
        For(Work.Of(essay, section, site), essay, section, accessed);

    /// <param name="work">The essay or section as cited, when the page has it already (reading every section's text for it).</param>
    public static CitationBox For(Work work, Essay essay, Section? section, DateOnly accessed)
    {
        return new CitationBox(
            section is null ? "Cite this essay" : "Cite this section",
            [Apa(work), Mla(work, accessed), Chicago(work, accessed)],
            ReferenceFiles.BibTeX(work, work.Date is null ? accessed : null),
            ReferenceFiles.For(essay, section));
    }

    public static Reference Apa(Work work)
    {
        var text = new ReferenceText();
        var date = work.Date is { } day ? $"({day.ToString("yyyy, MMMM d", English)})." : "(n.d.).";
        if (work.Authors.Count > 0)
        {
            text.Sentence(ApaAuthors(work.Authors)).Add(" ").Add(date).Add(" ");
            ApaTitle(text, work);
        }
        else if (work.SentenceSection is { } section)
        {
            // Without an author the title moves to the author's place (APA 7, 9.12).
            text.Sentence(section).Add(" ").Add(date).Add(" In ").ItalicSentence(work.SentenceTitle);
        }
        else
        {
            text.ItalicSentence(work.SentenceTitle).Add(" ").Add(date);
        }

        return new Reference("APA", text.Add(" ").Sentence(work.Site).Add(" ").Add(work.Url).Runs);
    }

    private static void ApaTitle(ReferenceText text, Work work)
    {
        if (work.SentenceSection is { } section)
        {
            text.Sentence(section).Add(" In ");
        }

        text.ItalicSentence(work.SentenceTitle);
    }

    /// <summary>APA 7, 9.8: every author up to 20, "&amp;" before the last; from 21, the first 19, an ellipsis and the last.</summary>
    internal static string ApaAuthors(IReadOnlyList<Author> authors)
    {
        var names = authors.Select(ApaName).ToArray();
        return names.Length switch
        {
            1 => names[0],
            <= 20 => $"{string.Join(", ", names[..^1])}, & {names[^1]}",
            _ => $"{string.Join(", ", names[..19])}, … {names[^1]}",
        };
    }

    private static string ApaName(Author author)
    {
        if (author.IsOrganization)
        {
            return author.Family;
        }

        var name = author.Given is { } given ? $"{author.FullFamily}, {Initials(given)}" : author.FullFamily;
        return author.Suffix is { } suffix ? $"{name}, {suffix}" : name;
    }

    /// <summary>"Martin Luther" → "M. L.", "Jean-Paul" → "J.-P.".</summary>
    private static string Initials(string given) =>
        string.Join(' ', given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
            string.Join('-', word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part =>
                part.FirstOrDefault(char.IsLetter) is var letter and not '\0' ? $"{char.ToUpperInvariant(letter)}." : part))));

    public static Reference Mla(Work work, DateOnly accessed)
    {
        var text = new ReferenceText();
        if (work.Authors.Count > 0)
        {
            text.Sentence(MlaAuthors(work.Authors)).Add(" ");
        }

        if (work.Section is { } section)
        {
            // The section is the source and the essay its container, published by the site (MLA 9, 2.6).
            text.Quoted(section).Add(" ").Italic(work.Title).Add(", ").Add(work.Site);
        }
        else
        {
            text.Quoted(work.Title).Add(" ").Italic(work.Site);
        }

        if (work.Date is { } date)
        {
            text.Add(", ").Add(MlaDate(date));
        }

        text.Add(", ").Add(work.Url).Add(".");
        // MLA 9, 2.7.1: the access date is optional; it is given only when the work has no date of its own.
        if (work.Date is null)
        {
            text.Add($" Accessed {MlaDate(accessed)}.");
        }

        return new Reference("MLA", text.Runs);
    }

    /// <summary>MLA 9, 2.1.1–2.1.2: one author inverted; two joined by "and"; three or more, the first and "et al."</summary>
    internal static string MlaAuthors(IReadOnlyList<Author> authors) => authors.Count switch
    {
        1 => authors[0].Inverted,
        2 => $"{authors[0].Inverted}, and {authors[1].DisplayName}",
        _ => $"{authors[0].Inverted}, et al",
    };

    public static Reference Chicago(Work work, DateOnly accessed)
    {
        var text = new ReferenceText();
        if (work.Authors.Count > 0)
        {
            text.Sentence(ChicagoAuthors(work.Authors)).Add(" ");
        }

        if (work.Section is { } section)
        {
            text.Quoted(section).Add(" In ").ItalicSentence(work.Title);
        }
        else
        {
            text.Quoted(work.Title);
        }

        text.Add(" ").Sentence(work.Site).Add(" ");
        // CMOS 17, 14.207: an access date only for a page with no publication or revision date.
        text.Add(work.Date switch
        {
            { } date when work.Revised => $"Last modified {LongDate(date)}. ",
            { } date => $"{LongDate(date)}. ",
            null => $"Accessed {LongDate(accessed)}. ",
        });

        return new Reference("Chicago", text.Add(work.Url).Add(".").Runs);
    }

    /// <summary>
    /// CMOS 17, 14.76: the first author inverted, the others not, "and" before the last; more than ten
    /// authors, the first seven and "et al."
    /// </summary>
    internal static string ChicagoAuthors(IReadOnlyList<Author> authors)
    {
        if (authors.Count == 1)
        {
            return authors[0].Inverted;
        }

        if (authors.Count > 10)
        {
            return $"{string.Join(", ", [authors[0].Inverted, .. authors.Skip(1).Take(6).Select(author => author.DisplayName)])}, et al";
        }

        return $"{string.Join(", ", [authors[0].Inverted, .. authors.Skip(1).SkipLast(1).Select(author => author.DisplayName)])}, and {authors[^1].DisplayName}";
    }

    /// <summary>The <c>citation_*</c> meta tags (Highwire Press) that Zotero and Google Scholar read.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> MetaTags(Work work)
    {
        var tags = new List<KeyValuePair<string, string>> { new("citation_title", work.Section ?? work.Title) };
        if (work.Section is not null)
        {
            tags.Add(new("citation_inbook_title", work.Title));
        }

        tags.AddRange(work.Authors.Select(author => new KeyValuePair<string, string>("citation_author", author.Inverted)));
        // Only a date of publication: a revision date alone is not one.
        if (!work.Revised && work.Date is { } date)
        {
            tags.Add(new("citation_publication_date", date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        }

        tags.Add(new("citation_publisher", work.Site));
        tags.Add(new("citation_fulltext_html_url", work.Url));
        tags.Add(new("citation_language", work.Language));
        return tags;
    }

    private static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    private static string MlaDate(DateOnly date) => $"{date.Day} {MlaMonths[date.Month - 1]} {date.Year}";

    /// <summary>Builds a reference's runs, keeping the punctuation rules in one place.</summary>
    private sealed class ReferenceText
    {
        private readonly List<Run> runs = [];
        private readonly StringBuilder roman = new();

        public IReadOnlyList<Run> Runs
        {
            get
            {
                Flush();
                return runs;
            }
        }

        public ReferenceText Add(string text)
        {
            roman.Append(text);
            return this;
        }

        public ReferenceText Italic(string text)
        {
            Flush();
            runs.Add(new Run(text, Italic: true));
            return this;
        }

        /// <summary>A phrase ended by a full stop, unless it already ends with punctuation of its own.</summary>
        public ReferenceText Sentence(string text) => Add(text).Add(EndsClosed(text) ? "" : ".");

        public ReferenceText ItalicSentence(string text) => Italic(text).Add(EndsClosed(text) ? "" : ".");

        /// <summary>A title in quotation marks with its full stop inside them, as MLA and Chicago set it.</summary>
        public ReferenceText Quoted(string text) => Add($"“{text}{(EndsClosed(text) ? "" : ".")}”");

        private static bool EndsClosed(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!');

        private void Flush()
        {
            if (roman.Length > 0)
            {
                runs.Add(new Run(roman.ToString()));
                roman.Clear();
            }
        }
    }
}
