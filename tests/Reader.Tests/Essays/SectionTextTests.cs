using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>A section's text is derived from its HTML: what the page shows, without its notes.</summary>
public sealed class SectionTextTests
{
    private const string Rich = """
        # T

        Intro with a note.[^1] And *emph* & `<b>` H~2~O, a "quote" -- and 3 < 5.

        ## A

        One.

        ### Detail

        Two,  
        broken.

        - item one
        - item two

        > quoted para

        ```
        code  block
          indented
        ```

        | Month | Boats |
        |---|---|
        | March | 12 |

        See [link](https://example.com) and <https://auto.example>.

        [^1]: The note text, *short*.
        """;

    private static Section[] Sections(string markdown)
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse("essay", markdown, "essay.md", problems);
        return [.. Assert.IsType<Essay>(essay).Sections];
    }

    public static TheoryData<string> ContentFiles() =>
    [
        .. Directory.EnumerateFiles(SeedEssay.ContentPath, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>
    /// The scan reads the characters an HTML parser finds in the section (AngleSharp, as browsers parse), less the
    /// notes and paragraph links, with images read as their alternative text: compared without white space, which
    /// the scan lays out as lines and a parser keeps as the markup has it.
    /// </summary>
    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void TheTextIsTheCharactersAnHtmlParserFindsLessTheNotes(string path)
    {
        var essay = EssayParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path, problems: []);
        Assert.All(essay?.Sections ?? [], section => Assert.Equal(WithoutSpace(ParserText(section.Html)), WithoutSpace(SectionText.Of(section).Text)));
    }

    /// <summary>
    /// Each break is where the parser finds a note, its reference or a paragraph link: the same text with a mark in
    /// place of each, and marks side by side taken as one.
    /// </summary>
    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void TheBreaksAreWhereTheNotesWere(string path)
    {
        var essay = EssayParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path, problems: []);
        Assert.All(essay?.Sections ?? [], section => Assert.Equal(Marked(ParserText(section.Html, Mark)), Marked(WithBreaks(SectionText.Of(section)))));
    }

    [Fact]
    public void ABreakSitsWhereTheNoteNumberWas()
    {
        var text = SectionText.Of("""<p id="p1">One<a href="#fn1" class="footnote-ref"><sup>1</sup></a> two<span class="sidenote">note</span>.</p>""");

        Assert.Equal("One two.", text.Text);
        Assert.Equal([3, 7], text.Breaks);
    }

    [Fact]
    public void TheRichSampleReadsAsAnHtmlParserReadsIt() =>
        Assert.All(Sections(Rich), section => Assert.Equal(WithoutSpace(ParserText(section.Html)), WithoutSpace(SectionText.Of(section).Text)));

    [Fact]
    public void BlocksAreLinesAndNotesAreLeftOut()
    {
        var sections = Sections(Rich);

        Assert.Equal("Intro with a note. And emph & <b> H2O, a “quote” – and 3 < 5.", SectionText.Of(sections[0]).Text);
        Assert.Equal(
            "One.\nDetail\nTwo,\nbroken.\nitem one\nitem two\nquoted para\ncode  block\n  indented\nMonth Boats\nMarch 12\nSee link and https://auto.example.",
            SectionText.Of(sections[1]).Text);
    }

    [Fact]
    public void EachNumberedParagraphsSpanIsItsText()
    {
        var section = Sections(Rich)[1];
        var (text, paragraphs, _) = SectionText.Of(section);
        var page = new HtmlParser().ParseDocument($"<body>{section.Html}</body>").QuerySelectorAll("body > p[id]")
            .ToDictionary(element => element.Id!, element => element.TextContent.Trim());

        Assert.Equal(page.Keys, paragraphs.Select(paragraph => paragraph.Id));
        Assert.All(paragraphs, paragraph => Assert.Equal(WithoutSpace(page[paragraph.Id]), WithoutSpace(text[paragraph.Start..paragraph.End])));
    }

    [Fact]
    public void AFigureReadsAsItsAlternativeTextAndCaption()
    {
        var text = SectionText.Of("""<figure id="p1"><img src="/f/cat.png" alt="A cat &amp; a mat"><figcaption>The cat, 2024</figcaption></figure>""");

        Assert.Equal("A cat & a mat\nThe cat, 2024", text.Text);
        Assert.Equal([new ParagraphSpan("p1", 0, text.Text.Length)], text.Paragraphs);
    }

    [Theory]
    [InlineData("<p>a <!-- <p>hidden</p> --> b</p>", "a  b")]
    [InlineData("<p>1 < 2 and 3 &gt; 2</p>", "1 < 2 and 3 > 2")]
    [InlineData("<p>x<span class=\"note sidenote\"><span>nested</span> note</span>y</p>", "xy")]
    [InlineData("<p title='a > b'>quoted &#x27;&#39;</p>", "quoted ''")]
    [InlineData("<p>unclosed <em>em", "unclosed em")]
    [InlineData("<p>cut <a href=\"#", "cut")]
    public void OddMarkupStillGivesItsText(string html, string text) => Assert.Equal(text, SectionText.Of(html).Text);

    private const char Mark = '\uE000';

    /// <param name="mark">What stands where a note was; by default nothing.</param>
    private static string ParserText(string html, char? mark = null)
    {
        var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        const string Notes = ".sidenote, .footnotes, .footnote-ref, .permalink";
        foreach (var note in fragment.QuerySelectorAll(Notes).Where(note => note.ParentElement?.Closest(Notes) is null).ToList())
        {
            if (mark is { } stand)
            {
                note.Replace(fragment.Owner!.CreateTextNode(stand.ToString()));
            }
            else
            {
                note.Remove();
            }
        }

        foreach (var image in fragment.QuerySelectorAll("img").ToList())
        {
            image.Replace(fragment.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""));
        }

        return fragment.TextContent;
    }

    private static string WithBreaks(SectionText text) =>
        text.Breaks.OrderDescending().Aggregate(text.Text, (marked, at) => marked.Insert(at, Mark.ToString()));

    /// <summary>Without white space, and each run of marks one mark.</summary>
    private static string Marked(string text) =>
        Regex.Replace(WithoutSpace(text), $"{Mark}+", Mark.ToString());

    private static string WithoutSpace(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
