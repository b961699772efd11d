using System.Globalization;
using System.Text;

namespace Reader.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of essays shaped like real ones (front matter, an opening, headed sections of
/// paragraphs of realistic length, footnotes, lists, links between essays), for benchmarks at any scale.
/// The same arguments always give the same bytes.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Vocabulary =
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "as", "with", "by", "was", "it", "from",
        "at", "which", "be", "this", "are", "has", "have", "not", "but", "their", "its", "more", "between", "after",
        "policy", "trade", "security", "economic", "strategic", "partnership", "alliance", "region", "order",
        "sanction", "sanctions", "sanctioned", "sanctioning", "relations", "leaders", "visit", "agreement",
        "agreements", "technology", "investment", "defense", "influence", "expansion", "containment", "rivalry",
        "competition", "diplomatic", "military", "international", "global", "power", "powers", "stability",
        "prosperity", "history", "river", "harvest", "village", "market", "winter", "memory", "language", "city",
        "library", "letters", "journey", "garden", "island", "bridge", "mountain", "railway", "archive", "harbour",
        "reform", "election", "parliament", "treaty", "border", "migration", "energy", "pipeline", "currency",
        "inflation", "debt", "growth", "industry", "labour", "education", "science", "medicine", "climate",
        "drought", "flood", "coast", "forest", "ocean", "culture", "music", "novel", "poetry", "painting",
        "argued", "suggested", "revealed", "expressed", "remained", "became", "reflected", "approached",
        "considered", "described", "pursued", "resisted", "welcomed", "dismissed", "promised", "delayed",
        "quickly", "slowly", "openly", "quietly", "largely", "rarely", "often", "deeply", "broadly", "firmly",
        "café", "naïve", "résumé", "façade", "über", "Zürich", "São", "Paulo", "Kraków", "Reykjavík",
    ];

    private static readonly string[] Tags = ["history", "politics", "economy", "culture", "science", "travel", "climate", "letters"];

    public sealed record EssayFile(string FileName, string Markdown);

    /// <summary>
    /// Essays of <paramref name="sections"/> sections of two to four paragraphs (about 20 KB an essay), or, with
    /// <paramref name="maxParagraphs"/>, of one to that many (2 gives about 10 KB).
    /// </summary>
    public static IEnumerable<EssayFile> Generate(int essays, int sections, int seed = 2026, int? maxParagraphs = null)
    {
        for (var index = 0; index < essays; index++)
        {
            yield return Essay(index, essays, sections, maxParagraphs, new Random(HashCode.Combine(seed, index)));
        }
    }

    /// <summary>Writes the corpus as one Markdown file per essay and returns its size on disk in bytes.</summary>
    public static long WriteTo(string folder, int essays, int sections, int seed = 2026, int? maxParagraphs = null)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        foreach (var essay in Generate(essays, sections, seed, maxParagraphs))
        {
            var path = Path.Combine(folder, essay.FileName);
            File.WriteAllText(path, essay.Markdown);
            bytes += new FileInfo(path).Length;
        }

        return bytes;
    }

    private static EssayFile Essay(int index, int essayCount, int sectionCount, int? maxParagraphs, Random random)
    {
        var slug = $"essay-{index:D5}";
        var title = Capitalise(Phrase(random, 4, 7));
        var date = new DateOnly(2020, 1, 1).AddDays(index % 2000);
        var text = new StringBuilder();
        text.Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n")
            .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n")
            .Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", new[] { Tags[index % Tags.Length], Tags[index / 3 % Tags.Length] }.Distinct())}]\n")
            .Append("---\n\n")
            .Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        Paragraph(text, random, footnote: null);

        var footnotes = new List<string>();
        for (var section = 1; section <= sectionCount; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {Capitalise(Phrase(random, 3, 6))} {section}\n\n");
            var paragraphs = maxParagraphs is { } most ? random.Next(1, most + 1) : random.Next(2, 5);
            for (var p = 0; p < paragraphs; p++)
            {
                string? footnote = null;
                if (random.Next(6) == 0)
                {
                    footnote = $"n{footnotes.Count + 1}";
                    footnotes.Add($"[^{footnote}]: {Capitalise(Phrase(random, 8, 20))}.");
                }

                Paragraph(text, random, footnote);
            }

            if (random.Next(4) == 0)
            {
                for (var item = 0; item < random.Next(2, 5); item++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {Capitalise(Phrase(random, 4, 10))}\n");
                }

                text.Append('\n');
            }

            if (random.Next(5) == 0 && essayCount > 1)
            {
                var other = random.Next(essayCount);
                text.Append(CultureInfo.InvariantCulture, $"See also [another essay](/essays/essay-{other:D5}).\n\n");
            }
        }

        foreach (var footnote in footnotes)
        {
            text.Append(footnote).Append("\n\n");
        }

        return new EssayFile(slug + ".md", text.ToString());
    }

    /// <summary>A paragraph of 40 to 140 words in sentences of 8 to 24 words: the length of essay prose.</summary>
    private static void Paragraph(StringBuilder text, Random random, string? footnote)
    {
        var words = random.Next(40, 140);
        while (words > 0)
        {
            var length = Math.Min(words, random.Next(8, 25));
            text.Append(Capitalise(Phrase(random, length, length)));
            text.Append(random.Next(10) == 0 ? "; " : ". ");
            words -= length;
        }

        if (footnote is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"[^{footnote}]");
        }

        text.Append("\n\n");
    }

    private static string Phrase(Random random, int minimum, int maximum)
    {
        var count = random.Next(minimum, maximum + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
