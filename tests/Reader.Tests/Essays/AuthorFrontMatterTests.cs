using Reader.Essays;

namespace Reader.Tests.Essays;

/// <summary>How front matter names authors: one name, a list, organisations and names in parts.</summary>
public sealed class AuthorFrontMatterTests
{
    private static (Essay? Essay, List<ContentProblem> Problems) Parse(string yaml, EssayDefaults? defaults = null)
    {
        var problems = new List<ContentProblem>();
        var essay = EssayParser.Parse("e", $"---\n{yaml}\n---\n# Title\n\nText.", "content/e.md", problems, defaults);
        return (essay, problems);
    }

    private static string Authors(string yaml)
    {
        var (essay, problems) = Parse(yaml);
        Assert.Empty(problems);
        return string.Join("; ", Assert.IsType<Essay>(essay).Metadata.Authors.Select(author =>
            author.IsOrganization ? $"org:{author.Family}" : $"{author.Family}|{author.Given}|{author.Particle}|{author.Suffix}"));
    }

    [Theory]
    [InlineData("author: Mara Quill", "Quill|Mara||")]
    [InlineData("author: \"Quill, Mara\"", "Quill|Mara||")]
    [InlineData("author: \"King, Jr., Martin Luther\"", "King|Martin Luther||Jr.")]
    [InlineData("author: [Mara Quill, \"Other, Ann\"]", "Quill|Mara||; Other|Ann||")]
    [InlineData("authors: [Mara Quill, Ann Other]", "Quill|Mara||; Other|Ann||")]
    [InlineData("author:\n  - Mara Quill\n  - Ludwig van Beethoven", "Quill|Mara||; Beethoven|Ludwig|van|")]
    [InlineData("author:\n  - organization: World Health Organization", "org:World Health Organization")]
    [InlineData("author: {organization: World Health Organization}", "org:World Health Organization")]
    [InlineData("author:\n  - family: Quill\n    given: Mara\n  - {family: Gogh, given: Vincent, particle: van}", "Quill|Mara||; Gogh|Vincent|van|")]
    [InlineData("author: Mara Quill and Ann Other", "Quill|Mara||; Other|Ann||")]
    public void AuthorsAreReadFromEveryForm(string yaml, string authors) =>
        Assert.Equal(authors, Authors(yaml));

    [Theory]
    [InlineData("author: \"Quill,\"", "content/e.md:2:9: error: the front matter value of 'author' names 'Quill,' with a comma that has nothing on one side of it")]
    [InlineData("author:\n  - Mara Quill\n  - [nested]", "content/e.md:4:5: error: the front matter value of 'author' must be a name, such as")]
    [InlineData("author:\n  - company: Acme", "content/e.md:3:5: error: the front matter value of 'author' names an author with unknown key 'company'")]
    [InlineData("author:\n  - given: Mara", "content/e.md:3:5: error: the front matter value of 'author' names a person without a 'family' name")]
    [InlineData("author:\n  - {organization: Acme, family: Quill}", "content/e.md:3:5: error: the front matter value of 'author' names an organisation with 'organization' alone")]
    [InlineData("author: Mara Quill\nauthors: [Ann Other]", "content/e.md:3:10: error: the front matter value of 'authors' repeats the authors already given")]
    public void ABadAuthorIsAnErrorAtItsLineAndColumn(string yaml, string problem)
    {
        var (essay, problems) = Parse(yaml);

        Assert.Null(essay);
        Assert.StartsWith(problem, Assert.Single(problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEssayWithoutAuthorsTakesTheSiteDefaults()
    {
        var (essay, _) = Parse("title: T", new EssayDefaults("en", AuthorNames.ParseList("Quill, Mara and Ann Other").Authors));

        Assert.Equal(["Quill, Mara", "Other, Ann"], essay!.Metadata.Authors.Select(author => author.Inverted));
    }

    [Fact]
    public void AnEssaysOwnAuthorsReplaceTheSiteDefaults()
    {
        var (essay, _) = Parse("author: Ann Other", new EssayDefaults("en", [new Author("Quill", "Mara")]));

        Assert.Equal(["Other, Ann"], essay!.Metadata.Authors.Select(author => author.Inverted));
    }
}
