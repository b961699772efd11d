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
    [InlineData("title: [unclosed", "content/essay.md:3:1: error: the front matter is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("title: a\ntitle: b", "content/essay.md:3:1: error: the front matter is not valid YAML: Duplicate key title")]
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
    public void AnUnknownKeyIsOnlyAWarning()
    {
        var (essay, problems) = Parse("title: T\nTitle: typo");

        Assert.Equal("T", essay?.Title);
        Assert.Equal(
            "content/essay.md:3:1: warning: unknown front matter key 'Title' is ignored (known keys: title, subtitle, author, authors, date, updated, summary, tags, slug, lang, draft)",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void TheFrontMatterIsNotPartOfTheTextAndItsTitleNamesTheOpening()
    {
        var essay = Parse("title: T\nsummary: S").Essay;
        Assert.Equal("The opening sentence. A second one.", essay?.Sections[0].PlainText);
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
