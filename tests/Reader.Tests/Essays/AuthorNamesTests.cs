using Reader.Essays;

namespace Reader.Tests.Essays;

public sealed class AuthorNamesTests
{
    /// <summary>An author's parts, written family|given|particle|suffix, with '-' for a part that is missing.</summary>
    private static string Parts(Author author) =>
        string.Join('|', new[] { author.Family, author.Given, author.Particle, author.Suffix }.Select(part => part ?? "-"));

    [Theory]
    [InlineData("Mara Quill", "Quill|Mara|-|-")]
    [InlineData("Plato", "Plato|-|-|-")]
    [InlineData("Ludwig van Beethoven", "Beethoven|Ludwig|van|-")]
    [InlineData("Charles Louis de la Vallée Poussin", "Vallée Poussin|Charles Louis|de la|-")]
    [InlineData("Martin Luther King Jr.", "King|Martin Luther|-|Jr.")]
    [InlineData("Martin Luther King, Jr.", "King|Martin Luther|-|Jr.")]
    [InlineData("Henry Ford III", "Ford|Henry|-|III")]
    [InlineData("Quill, Mara", "Quill|Mara|-|-")]
    [InlineData("Beethoven, Ludwig van", "Beethoven|Ludwig van|-|-")]
    [InlineData("van der Berg, Anna", "Berg|Anna|van der|-")]
    [InlineData("King, Jr., Martin Luther", "King|Martin Luther|-|Jr.")]
    [InlineData("  Mara   Quill ", "Quill|Mara|-|-")]
    [InlineData("bell hooks", "hooks|-|bell|-")]
    [InlineData("hooks, bell", "hooks|bell|-|-")]
    public void ANameIsReadTheWayBibTeXReadsIt(string name, string parts)
    {
        var (author, problem) = AuthorNames.Parse(name);

        Assert.Null(problem);
        Assert.Equal(parts, Parts(Assert.IsType<Author>(author)));
    }

    [Theory]
    [InlineData("Quill,", "names 'Quill,' with a comma that has nothing on one side of it")]
    [InlineData(", Mara", "names ', Mara' with a comma that has nothing on one side of it")]
    [InlineData("A, B, C, D", "names 'A, B, C, D' with too many commas")]
    public void ANameThatCannotBeReadSaysHowToWriteOne(string name, string problem)
    {
        var (author, said) = AuthorNames.Parse(name);

        Assert.Null(author);
        Assert.StartsWith(problem + "; write 'Given Family' (Mara Quill)", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mara Quill", "Mara Quill")]
    [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("King, Jr., Martin Luther", "Martin Luther King Jr.")]
    [InlineData("Quill, Mara", "Mara Quill")]
    public void ABylineWritesTheNameGivenNameFirst(string name, string display) =>
        Assert.Equal(display, AuthorNames.Parse(name).Author?.DisplayName);

    [Theory]
    [InlineData("Mara Quill", "Quill, Mara")]
    [InlineData("Ludwig van Beethoven", "van Beethoven, Ludwig")]
    [InlineData("Martin Luther King Jr.", "King, Martin Luther, Jr.")]
    [InlineData("Plato", "Plato")]
    public void InvertedTheFamilyNameComesFirstWithItsParticle(string name, string inverted) =>
        Assert.Equal(inverted, AuthorNames.Parse(name).Author?.Inverted);

    [Fact]
    public void AnOrganisationIsNeverInverted() =>
        Assert.Equal("World Health Organization", Author.Organization("World Health Organization").Inverted);

    [Theory]
    [InlineData(new[] { "Mara Quill" }, "Mara Quill")]
    [InlineData(new[] { "Mara Quill", "Ann Other" }, "Mara Quill and Ann Other")]
    [InlineData(new[] { "A B", "C D", "E F" }, "A B, C D and E F")]
    public void TheBylineJoinsNamesWithAndBeforeTheLast(string[] names, string byline) =>
        Assert.Equal(byline, AuthorNames.Byline([.. names.Select(name => AuthorNames.Parse(name).Author!)]));

    [Fact]
    public void AndBetweenNamesSeparatesTwoPeopleAsInBibTeX() =>
        Assert.Equal(["Quill|Mara|-|-", "Other|Ann|-|-"], AuthorNames.ParseList("Mara Quill and Other, Ann").Authors.Select(Parts));
}
