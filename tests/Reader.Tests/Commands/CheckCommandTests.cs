using System.Text;
using Reader.Commands;

namespace Reader.Tests.Commands;

/// <summary>The check verb run in-process on content folders written for each test: its exact output and exit code.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempContent content = new();
    private readonly TempContent outside = new();

    public void Dispose()
    {
        content.Dispose();
        outside.Dispose();
    }

    private string PathOf(string name) => content.PathOf(name);

    private void Write(string name, string text) => content.Write(name, text);

    private (int ExitCode, string[] Lines) Check(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = CheckCommand.Run(args.Length == 0 ? [content.FullName] : args, output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AFolderOfGoodEssaysPassesWithASummary()
    {
        Write("one.md", "# One\n\nText with a [link](/essays/two/second) to the other.");
        Write("two.md", "# Two\n\n## Second\n\nText.");

        var (exitCode, lines) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal(["0 errors, 0 warnings in 2 files"], lines);
    }

    [Fact]
    public void BrokenFrontMatterAndOverDeepMarkdownArePrintedInWordsForTheAuthorAndALongOpeningLoads()
    {
        Write("list.md", "---\ntitle: Tides\ntags: [history, travel\ndate: 2024-05-01\n---\n# Tides\n\nText.\n");
        Write("deep.md", "# Deep\n\n" + new string('>', 200) + " quoted\n");
        Write("long.md", "# Long\n\nhttps://example.com/" + new string('a', 400) + "\n");

        var (exitCode, lines) = Check();

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{PathOf("deep.md")}:1:1: error: the Markdown is nested too deeply to read (quotes within quotes, lists within lists or brackets within brackets, past the Markdown reader's limit); the essay is left out: reduce the deepest nesting",
                $"{PathOf("list.md")}:4:1: error: the front matter is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'; close the list that opens on line 3, column 7 with ']' and separate its items with ','",
                "2 errors, 0 warnings in 3 files",
            ],
            lines);
    }

    [Fact]
    public void EveryProblemIsPrintedWithItsFileLineAndColumnAndErrorsFailTheCheck()
    {
        Write("a.md", "# A\n\nSee [b](/essays/b), [gone](/essays/gone) and [nope](/essays/b/nope).\n");
        Write("b.md", "No title, but text.\n");
        Write("b.MD", "# Same slug\n\nText.\n");
        Write("empty.md", "");
        File.WriteAllBytes(PathOf("latin1.md"), [.. "# Café\n\nCaf"u8, 0xE9, .. "\n"u8]);
        Write("big.md", "# Big\n\n" + new string('x', 2 * 1024 * 1024));

        var (exitCode, lines) = Check();

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                $"{PathOf("a.md")}:3:21: warning: the link to /essays/gone leads nowhere: there is no essay 'gone'",
                $"{PathOf("a.md")}:3:46: warning: the link to /essays/b/nope leads nowhere: the essay 'b' has no section 'nope'",
                $"{PathOf("b.md")}:1:1: warning: the essay has no title (a '# ' heading before the first section); the file name is used instead",
                $"{PathOf("b.md")}:1:1: error: the slug 'b' is already used by {PathOf("b.MD")}; this essay is left out",
                $"{PathOf("big.md")}:1:1: error: the file is 2097159 bytes, over the limit of 2097152 (Reader:Content:MaxFileBytes)",
                $"{PathOf("empty.md")}:1:1: error: the essay has no text",
                $"{PathOf("latin1.md")}:3:4: error: the file is not valid UTF-8 (byte 0xE9)",
                "4 errors, 3 warnings in 6 files",
            ],
            lines);
    }

    [Fact]
    public void WarningsAloneDoNotFailTheCheck()
    {
        Write("notes.md", "# Notes\n\n## Same\n\nOne.\n\n## Same\n\nTwo.");

        var (exitCode, lines) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal("0 errors, 1 warning in 1 file", lines[^1]);
    }

    [Fact]
    public void HiddenFilesOtherFilesAndLinksLeadingOutsideAreNotRead()
    {
        Write("good.md", "# Good\n\nText.");
        Write(".draft.md", "");
        Write("notes.txt", "");
        Directory.CreateDirectory(PathOf(".git"));
        File.WriteAllText(Path.Combine(outside.FullName, "secret.md"), "");
        File.CreateSymbolicLink(PathOf("secret.md"), Path.Combine(outside.FullName, "secret.md"));
        Directory.CreateSymbolicLink(PathOf("elsewhere"), outside.FullName);
        File.CreateSymbolicLink(PathOf("alias.md"), PathOf("good.md"));

        var (exitCode, lines) = Check();

        Assert.Equal(0, exitCode);
        Assert.Equal(["0 errors, 0 warnings in 2 files"], lines);
    }

    [Fact]
    public void AMissingFolderIsAnError()
    {
        var missing = PathOf("missing");

        var (exitCode, lines) = Check(missing);

        Assert.Equal(1, exitCode);
        Assert.Equal([$"{missing}:1:1: error: the content folder does not exist", "1 error, 0 warnings in 0 files"], lines);
    }

    [Fact]
    public void UnknownOptionsPrintTheUsage()
    {
        var (exitCode, lines) = Check("--fix", content.FullName);

        Assert.Equal(2, exitCode);
        Assert.Equal([CheckCommand.Usage], lines);
    }

    [Fact]
    public void TheSeedContentPasses()
    {
        var (exitCode, lines) = Check(SeedEssay.ContentPath);

        Assert.Equal(0, exitCode);
        Assert.Equal(["0 errors, 0 warnings in 1 file"], lines);
    }
}
