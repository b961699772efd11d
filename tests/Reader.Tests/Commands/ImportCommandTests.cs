using Reader.Commands;
using Reader.Content;
using Reader.Essays;

namespace Reader.Tests.Commands;

/// <summary>The import verb turns a plain-text essay into a content file that keeps the author's words.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly string SeedText = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", SeedEssay.Slug + ".txt");

    private readonly TempContent output = new();

    public void Dispose() => output.Dispose();

    private (int ExitCode, string[] Lines) Import(params string[] args)
    {
        using var writer = new StringWriter();
        var exitCode = ImportCommand.Run(args, writer);
        return (exitCode, writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The Markdown after any YAML front matter, so the comparison holds with or without it.</summary>
    private static string Body(string markdown)
    {
        var lines = markdown.Split('\n');
        if (lines[0] != "---")
        {
            return markdown;
        }

        var end = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines.Skip(end + 1).SkipWhile(line => line.Length == 0));
    }

    [Fact]
    public void TheSeedTextImportsToTheSeedContentFile()
    {
        var (exitCode, _) = Import(SeedText, "--out", output.FullName);

        Assert.Equal(0, exitCode);
        var imported = File.ReadAllText(Path.Combine(output.FullName, SeedEssay.Slug + ".md"));
        var expected = File.ReadAllText(Path.Combine(SeedEssay.ContentPath, SeedEssay.Slug + ".md"));
        Assert.Equal(Body(expected), Body(imported));
        Assert.StartsWith($"---\ntitle: \"{SeedEssay.Title}\"\n---\n\n# {SeedEssay.Title}\n\n", imported, StringComparison.Ordinal);
    }

    [Fact]
    public void TheImportPrintsTheHeadingsItRecognised()
    {
        var (_, lines) = Import(SeedText, "--out", output.FullName);

        Assert.Equal($"Title: {SeedEssay.Title}", lines[0]);
        Assert.Equal("Headings (9):", lines[1]);
        Assert.Equal(SeedEssay.Sections.Skip(1).Select(section => $"  ## {section.Heading}"), lines[2..11]);
        Assert.Equal($"Wrote {Path.Combine(output.FullName, SeedEssay.Slug + ".md")}", lines[11]);
    }

    [Fact]
    public void AnExistingFileIsNotReplacedWithoutForce()
    {
        var target = Path.Combine(output.FullName, SeedEssay.Slug + ".md");
        File.WriteAllText(target, "# Mine\n\nKeep me.");

        var (exitCode, lines) = Import(SeedText, "--out", output.FullName);

        Assert.Equal(1, exitCode);
        Assert.Equal([$"{target}: error: the file exists; import with --force to replace it"], lines);
        Assert.Equal("# Mine\n\nKeep me.", File.ReadAllText(target));
        Assert.Equal(0, Import(SeedText, "--out", output.FullName, "--force").ExitCode);
    }

    [Theory]
    [InlineData("Title\nShort heading\nA paragraph follows it.", new[] { "Short heading" })]
    [InlineData("Title\n\nShort heading\n\nA paragraph,\nwrapped over lines.\n\nAnother heading\n\nText.", new[] { "Short heading", "Another heading" })]
    [InlineData("Title\nA sentence that ends.\nText.", new string[0])]
    [InlineData("Title\nIs this a heading?\nText.", new string[0])]
    [InlineData("Title\nText.\nA short last line", new string[0])]
    [InlineData("Title\nFirst of two short lines\nSecond of two short lines\nText.", new[] { "Second of two short lines" })]
    [InlineData("Title\nOne two three four five six seven eight nine ten eleven twelve thirteen\nText.", new string[0])]
    public void HeadingsAreShortLinesThatDoNotEndLikeASentenceAndLeadIntoAParagraph(string text, string[] headings) =>
        Assert.Equal(headings, PlainTextImport.Convert(text).Headings);

    [Theory]
    [InlineData("Stars *like these*, _underscores_ and `ticks`.")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a numbered list")]
    [InlineData("> not a quote")]
    [InlineData("<b>not HTML</b> &amp; no entity [not](a link) ~~nor~~ ^this^ | nor a | table")]
    [InlineData("A backslash \\ stays.")]
    public void TextThatLooksLikeMarkdownIsKeptVerbatim(string paragraph)
    {
        var imported = PlainTextImport.Convert($"Title\n{paragraph}");

        var essay = EssayParser.Parse("essay", imported.Markdown, "essay.md", new List<ContentProblem>());

        Assert.Equal(paragraph, SectionText.Of(Assert.IsType<Essay>(essay).Sections[0]).Text);
    }
}
