using System.Text;
using Reader.Essays;
using Reader.Content;

namespace Reader.Tests.Content;

/// <summary>
/// Thousands of random and mutated content files, from fixed seeds so every run meets the same ones, go
/// through the loader as the site reads them: nothing throws out of it, and every file is either served or
/// reported with an error in words written for authors.
/// </summary>
public sealed class ContentFuzzTests : IDisposable
{
    private const int Files = 2000;

    private static readonly string[] Fragments =
    [
        "# ", "## ", "### ", "###### ", "#", "\n", "\n\n", "> ", "- ", "* ", "1. ", "   ", "\t", "```", "~~~", "    code",
        "[", "]", "(", ")", "](", "[^", "[^1]", "[^1]: ", "![", "*", "**", "_", "__", "~~", "^", "==", "++", "`", "<", ">",
        "|", "| a | b |\n|---|---|\n", "---", "---\n", "***", "\\", "&amp;", "&#0;", "&#xD800;", "<script>", "<!--", "-->",
        "/essays/", "[x](/essays/nowhere)", "[x](javascript:alert(1))", "<http://example.com>", "\r\n", "\r",
        "\u0000", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u0301", "\u0301\u0301\u0301", "😀", "👩‍👩‍👧", "漢字", "עברית",
        "\uFFFD", "\uFFFF", "\u2028", "\u0085",
    ];

    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static string Seed => File.ReadAllText(Path.Combine(SeedEssay.ContentPath, SeedEssay.Slug + ".md"));

    /// <summary>One file's bytes, of a kind chosen by its number so that every kind is well represented.</summary>
    private static byte[] Generate(int number, Random random) => (number % 10) switch
    {
        0 => RandomBytes(random),
        1 => Utf8(Mutate(Seed, random, random.Next(1, 60))),
        2 => Utf8(RandomFragments(random, random.Next(1, 400))),
        3 => Utf8(DeepNesting(random)),
        4 => Utf8(HugeLine(random)),
        5 => Utf8($"# Fenced\n\nText.\n\n{(random.Next(2) == 0 ? "```" : "~~~")}{RandomFragments(random, random.Next(0, 50))}"),
        6 => Utf8(string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => $"{new string('#', random.Next(1, 8))} {RandomFragments(random, 2)}\n"))),
        7 => Utf8(OddUnicode(random)),
        8 => Utf8(Mutate($"---\ntitle: \"T\"\n---\n{Seed}", random, random.Next(1, 10))),
        _ => Mutate(Encoding.UTF8.GetBytes(Seed), random),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 4000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomFragments(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => random.Next(3) == 0 ? "word " : Fragments[random.Next(Fragments.Length)]));

    private static string Mutate(string text, Random random, int mutations)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < mutations && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                default:
                    builder[at] = (char)random.Next(0, 0x3000);
                    break;
            }
        }

        return builder.ToString();
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        for (var i = 0; i < random.Next(1, 20); i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static string DeepNesting(Random random)
    {
        var depth = random.Next(50, 400);
        return random.Next(6) switch
        {
            0 => $"# Deep\n\n{new string('>', depth)} quoted",
            1 => "# Deep\n\n" + string.Concat(Enumerable.Range(0, Math.Min(depth, 120)).Select(level => new string(' ', level * 2) + "- item\n")),
            2 => $"# Deep\n\n{new string('[', depth)}x{new string(']', depth)}",
            3 => $"# Deep\n\n{new string('*', depth)}x{new string('*', depth)}",
            4 => $"# Deep\n\n{string.Concat(Enumerable.Repeat("[a](", depth))}x{new string(')', depth)}",
            _ => $"# Deep\n\n{string.Concat(Enumerable.Repeat("- > ", depth))}x",
        };
    }

    private static string HugeLine(Random random)
    {
        // Runs of unmatched delimiters cost Markdig more than linear time, so they are kept shorter.
        var (unit, length) = random.Next(3) switch
        {
            0 => ("a", random.Next(10_000, 200_000)),
            1 => ("word ", random.Next(10_000, 100_000)),
            _ => ("*[`<", random.Next(1_000, 4_000)),
        };
        var line = new StringBuilder(length + unit.Length);
        while (line.Length < length)
        {
            line.Append(unit);
        }

        return $"# Huge\n\n{line}";
    }

    private static string OddUnicode(Random random)
    {
        var text = new StringBuilder("# ");
        for (var i = 0; i < random.Next(10, 500); i++)
        {
            text.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0, 0x20),
                2 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                _ => Fragments[random.Next(Fragments.Length)],
            });
        }

        return text.ToString();
    }

    [Fact]
    public void RandomAndMutatedFilesNeverThrowOutOfTheLoaderAndEveryFileIsServedOrReported()
    {
        var random = new Random(20261128);
        for (var number = 0; number < Files; number++)
        {
            File.WriteAllBytes(Path.Combine(content.FullName, $"fuzz-{number:D4}.md"), Generate(number, random));
        }

        var load = LibraryBuilder.Build(content.FullName);

        Assert.Equal(Files, load.FileCount);
        var served = load.Library.Essays.Select(essay => essay.SourcePath).ToHashSet();
        // An image that can't be shown is an error that leaves out only the image, not its essay.
        var reported = load.Problems.Where(problem => problem.LeavesOutEssay).Select(problem => problem.Path).ToHashSet();
        Assert.All(Directory.GetFiles(content.FullName), path => Assert.True(served.Contains(path) ^ reported.Contains(path), $"{path} is neither served nor reported"));
        Assert.All(load.Problems, problem => Assert.True(problem.Line >= 1 && problem.Column >= 1, problem.ToString()));
        Assert.All(load.Problems, problem => Assert.DoesNotContain(AuthorMessageFuzzTests.ExceptionPhrasing, phrase => problem.Message.Contains(phrase, StringComparison.Ordinal)));
        Assert.All(load.Library.Essays, essay => Assert.All(essay.Sections, section => Assert.NotNull(section.Html)));
        Assert.Contains(load.Problems, problem => problem.Message == LibraryBuilder.TooDeep);
        Assert.Contains(load.Problems, problem => problem.Message.StartsWith("the file is not valid UTF-8", StringComparison.Ordinal));
    }
}
