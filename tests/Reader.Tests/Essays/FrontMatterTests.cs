using Reader.Essays;

namespace Reader.Tests.Essays;

public sealed class FrontMatterTests
{
    private const string Body = "# Heading Title\n\nThe opening sentence. A second one.\n\n## Part\n\nMore.";

    private static (Essay? Essay, List<ContentProblem> Problems) Parse(string yaml, string body = Body, string slug = "file-name")
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse(slug, $"---\n{yaml}\n---\n{body}", "content/essay.md", problems);
        return (essay, problems);
    }

    private static EssayMetadata Metadata(string yaml, string body = Body)
    {
        var (essay, problems) = Parse(yaml, body);
        // A file without a title heading is warned about; that is the content checks' business, not this table's.
        Assert.DoesNotContain(problems, problem => problem.IsError || problem.Message.Contains("front matter", StringComparison.Ordinal));
        return Assert.IsType<Essay>(essay).Metadata;
    }

    [Theory]
    [InlineData("title: From Front Matter", Body, "From Front Matter")]
    [InlineData("author: Someone", Body, "Heading Title")]
    [InlineData("author: Someone", "No heading here.", "File name")]
    [InlineData("title: \"Quoted: with colon\"", Body, "Quoted: with colon")]
    [InlineData("title: ''", Body, "Heading Title")]
    public void TheTitleComesFromFrontMatterThenTheHeadingThenTheFileName(string yaml, string body, string title) =>
        Assert.Equal(title, Metadata(yaml, body).Title);

    [Fact]
    public void EveryKeyIsRead()
    {
        var metadata = Metadata("""
            title: T
            subtitle: S
            author: Ada Writer
            date: 2024-05-01
            updated: 2024-06-02T10:30:00+02:00
            summary: A short summary.
            tags: [History, Foreign Policy, Café]
            slug: chosen-slug
            lang: pt-BR
            draft: true
            """);

        Assert.Equal(
            new EssayMetadata("T", "S", [], new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 2), "A short summary.", [], "pt-BR", Draft: true,
                new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero)),
            metadata with { Tags = [], Authors = [] });
        Assert.Equal([new Author("Writer", "Ada")], metadata.Authors);
        Assert.Equal([new Tag("History", "history"), new Tag("Foreign Policy", "foreign-policy"), new Tag("Café", "cafe")], metadata.Tags);
    }

    [Fact]
    public void TheSlugInFrontMatterReplacesTheFileName()
    {
        var (essay, _) = Parse("slug: chosen-slug");
        Assert.Equal("chosen-slug", essay?.Slug);
    }

    [Fact]
    public void WithoutFrontMatterTheSiteDefaultsApplyAndTheSummaryIsTheOpening()
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse("e", Body, "content/e.md", problems, new EssayDefaults("fr", [new Author("Author", "Site")]));

        Assert.Empty(problems);
        var metadata = Assert.IsType<Essay>(essay).Metadata;
        Assert.Equal(
            new EssayMetadata("Heading Title", null, [], null, null, "The opening sentence. A second one.", [], "fr", Draft: false, DateTimeOffset.UnixEpoch),
            metadata with { Tags = [], Authors = [] });
        Assert.Equal([new Author("Author", "Site")], metadata.Authors);
        Assert.Empty(metadata.Tags);
    }

    [Theory]
    [InlineData("tags: solo", new[] { "solo" })]
    [InlineData("tags:\n  - one\n  - two", new[] { "one", "two" })]
    [InlineData("tags: [A, a, '']", new[] { "A" })]
    [InlineData("tags: []", new string[0])]
    public void TagsAreAListOrOneWordWithoutRepeats(string yaml, string[] names) =>
        Assert.Equal(names, Metadata(yaml).Tags.Select(tag => tag.Name));

    [Theory]
    [InlineData("title: [unclosed", "content/essay.md:3:1: error: the front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'; close the list that opens on line 2, column 8 with ']' and separate its items with ','")]
    [InlineData("title: T\ntags: [unclosed, list\ndate: 2024-01-01", "content/essay.md:4:1: error: the front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'; close the list that opens on line 3, column 7 with ']' and separate its items with ','")]
    [InlineData("extra: {a: b\ntitle: T", "content/essay.md:3:1: error: the front matter is not valid YAML: while parsing a flow mapping, did not find expected ',' or '}'; close the mapping that opens on line 2, column 8 with '}' and separate its entries with ','")]
    [InlineData("title: \"unclosed\ndate: 2024-01-01", "content/essay.md:2:8: error: the front matter is not valid YAML: while scanning a multi-line double-quoted scalar, found wrong indentation; end the quoted value with the quote mark it starts with, on the same line")]
    [InlineData("title: T\n\tdate: 2024-01-01", "content/essay.md:2:8: error: the front matter is not valid YAML: while scanning a plain scalar, found a tab character that violate indentation; indent with spaces: YAML does not allow tabs there")]
    [InlineData("title: Part one: the start", "content/essay.md:2:16: error: the front matter is not valid YAML: while scanning a plain scalar value, found invalid mapping; start each key at the beginning of its own line, and put a value that holds ': ' in quotes, such as title: \"Part one: the start\"")]
    [InlineData("title: a\ntitle: b", "content/essay.md:3:1: error: the front matter is not valid YAML: duplicate key title; give each key only once")]
    [InlineData("just words", "content/essay.md:2:1: error: the front matter must be 'key: value' lines, such as 'title: My essay'")]
    [InlineData("date: next week", "content/essay.md:2:7: error: the front matter value of 'date' must be a date such as 2024-05-01, not 'next week'")]
    [InlineData("title: T\nupdated: 2024-13-01", "content/essay.md:3:10: error: the front matter value of 'updated' must be a date such as 2024-05-01, not '2024-13-01'")]
    [InlineData("draft: maybe", "content/essay.md:2:8: error: the front matter value of 'draft' must be true or false")]
    [InlineData("title: [a, b]", "content/essay.md:2:8: error: the front matter value of 'title' must be text")]
    [InlineData("tags: {a: b}", "content/essay.md:2:7: error: the front matter value of 'tags' must be a list of tags, such as [history, travel]")]
    [InlineData("slug: Not A Slug", "content/essay.md:2:7: error: the front matter value of 'slug' must be lowercase letters, digits and hyphens, such as 'my-essay', not 'Not A Slug'")]
    [InlineData("lang: english!", "content/essay.md:2:7: error: the front matter value of 'lang' must be a language tag such as 'en' or 'pt-BR', not 'english!'")]
    public void BadFrontMatterIsAnErrorAtItsLineAndTheEssayIsLeftOut(string yaml, string problem)
    {
        var (essay, problems) = Parse(yaml);

        Assert.Null(essay);
        Assert.Equal(problem, Assert.Single(problems).ToString());
    }

    [Fact]
    public void FrontMatterNestedThousandsDeepIsAnErrorAtTheLevelPastTheLimitInsteadOfOverflowingTheStack()
    {
        var (essay, problems) = Parse("extra: " + new string('[', 20_000));

        // The mapping of keys is the first level, so the bracket past the limit is one before MaxDepth brackets in.
        Assert.Null(essay);
        Assert.Equal(
            $"content/essay.md:2:{"extra: ".Length + FrontMatterYaml.MaxDepth}: error: the front matter nests lists or mappings more than {FrontMatterYaml.MaxDepth} levels deep; its keys need at most two (a list of tags), so remove the nesting that starts here",
            Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("(Line: 3, Col: 1, Idx: 40) - (Line: 3, Col: 1, Idx: 40): While parsing a flow sequence, did not find expected ',' or ']'.", "while parsing a flow sequence, did not find expected ',' or ']'")]
    [InlineData("Duplicate key title", "duplicate key title")]
    [InlineData("", "YAML gave no reason")]
    public void YamlsDescriptionIsKeptWithoutThePositionsItStartsWith(string message, string description) =>
        Assert.Equal(description, FrontMatterYaml.Sentence(message));

    [Fact]
    public void AnUnknownKeyIsOnlyAWarning()
    {
        var (essay, problems) = Parse("title: T\nTitle: typo");

        Assert.Equal("T", essay?.Title);
        Assert.Equal(
            "content/essay.md:3:1: warning: unknown front matter key 'Title' is ignored (known keys: title, subtitle, author, authors, date, updated, summary, tags, slug, lang, draft, image, image_alt, series, part, translationKey)",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void TheFrontMatterIsNotPartOfTheTextAndItsTitleNamesTheOpening()
    {
        var essay = Parse("title: T\nsummary: S").Essay;
        Assert.Equal("The opening sentence. A second one.", SectionText.Of(Assert.IsType<Essay>(essay).Sections[0]).Text);
        Assert.Equal(["T", "Part"], essay?.Sections.Select(section => section.Title));
    }

    [Fact]
    public void AnUnclosedFrontMatterIsAWarningAndReadAsText()
    {
        var problems = new List<ContentProblem>();

        var essay = EssayParser.Parse("e", "---\n\ntitle: Never closed\n\nText.", "content/e.md", problems);

        Assert.Equal("E", essay?.Title);
        Assert.Contains(
            "content/e.md:1:1: warning: the file starts with '---' but no '---' line closes the front matter; it is read as text",
            problems.Select(problem => problem.ToString()));
        Assert.DoesNotContain(problems, problem => problem.IsError);
    }
}
